import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { suggestBaselines } from '../../../src/compare/baselines/suggest.js';
import { compileChart } from '../../../src/report/compile.js';
import { rangeTestSpec, SUGGESTION_STYLES } from '../../../src/compare/rangetest/chart.js';
import type { RangeTestResult } from '../../../src/compare/rangetest/types.js';
import { syntheticAnalysis, syntheticTrials, trueLoss } from '../../report/synthetic.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false }).compile(schema);

/** 100 steps from 1e-7 to 10 on the synthetic curve, with a wobble, smoothed as fastai does (beta 0.98, bias-corrected). */
function rangeTest(): RangeTestResult {
  const beta = 0.98;
  let average = 0;
  const steps = Array.from({ length: 100 }, (_, i) => {
    const lr = 1e-7 * 10 ** ((8 * i) / 99);
    const loss = trueLoss(Math.log10(lr)) + 0.05 * Math.sin(i * 7.3);
    average = beta * average + (1 - beta) * loss;
    return { lr, loss, smoothed: average / (1 - beta ** (i + 1)) };
  });
  const trials = syntheticTrials();
  const search = { maxLr: syntheticAnalysis(trials).maxLr, samples: trials };
  return {
    settings: { startLr: 1e-7, endLr: 10, numIt: 100, beta, stopFactor: 4, seed: 0 },
    steps,
    stopReason: 'completed',
    suggestions: suggestBaselines(steps, { numIt: 100, search }),
    elapsedMs: 1,
  };
}

/** Every layer of the smoothed panel named `name`. */
function layer(spec: object, name: string): { data: { values: Record<string, unknown>[] }; encoding: Record<string, { scale: { range: unknown[] } }> } | undefined {
  const panels = (spec as { hconcat: { layer?: { name?: string }[] }[] }).hconcat;
  return panels.flatMap((p) => p.layer ?? []).find((l) => l.name === name) as never;
}

describe('rangeTestSpec', () => {
  const result = rangeTest();
  const spec = rangeTestSpec(result, { model: 'model.mjs' });

  it('rangeTestSpec(result) is valid against the Vega-Lite schema and compiles without warnings', () => {
    const ok = validate(spec);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(compileChart(spec).warnings).toEqual([]);
  });

  it('rangeTestSpec(result) tells the six suggestions apart by colour, dash and shape, and names each beside its rule', () => {
    const found = result.suggestions.filter((s) => s.lr !== null);
    expect(found).toHaveLength(6);
    const rules = layer(spec, 'suggestions')!;
    const points = layer(spec, 'suggestionPoints')!;
    expect(rules.data.values).toHaveLength(6);
    for (const range of [rules.encoding.color!.scale.range, rules.encoding.strokeDash!.scale.range, points.encoding.shape!.scale.range]) {
      expect(new Set(range.map((v) => JSON.stringify(v))).size).toBe(6);
    }
    const labels = [...(layer(spec, 'ruleLabels')?.data.values ?? []), ...(layer(spec, 'ruleLabelsFlipped')?.data.values ?? [])].map((r) => r.label);
    expect(labels.sort()).toEqual(Object.values(SUGGESTION_STYLES).map((s) => s.short).sort());
  });
});
