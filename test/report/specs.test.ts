import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis } from '../../src/analysis/types.js';
import { displayLr } from '../../src/numbers.js';
import { samplesFromRecords } from '../../src/search/result.js';
import type { TrialRecord } from '../../src/search/types.js';
import { compileChart } from '../../src/report/compile.js';
import { curvatureSpec } from '../../src/report/curvatureSpec.js';
import { curveSpec } from '../../src/report/curveSpec.js';
import { messages } from '../../src/report/messages.js';
import { PICK_COLORS, STROKES } from '../../src/report/theme.js';
import type { ChartInput } from '../../src/report/types.js';
import { spreadBands } from '../../src/repeats/summary.js';
import { deepFreeze, sweepResult, syntheticAnalysis, syntheticRepeats, syntheticTrials, withoutWindow } from './synthetic.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false }).compile(schema);

const clean = syntheticTrials({ noise: 0.02 });
const noisy = syntheticTrials({ noise: 0.15, seed: 3 });
const allDiverged: TrialRecord[] = [
  { lr: 0, loss: 2.3, diverged: false, round: 0 },
  { lr: 1e-3, loss: null, diverged: true, round: 0 },
  { lr: 1e-2, loss: null, diverged: true, round: 0 },
];
const noFit: Analysis = {
  minLr: null,
  maxLr: null,
  picks: null,
  lossAtZero: 2.3,
  reason: { code: 'all-diverged', facts: { kind: 'all-diverged', smallestLr: 1e-7 }, message: 'every trial diverged: lower --start-lr' },
  fit: null,
  curveModel: null,
  divergedFrom: null,
};

const cleanResult = sweepResult(clean, syntheticAnalysis(clean));
// Extra seeds shift midpoint by +0.1, -0.12, +0.05 decades and find no window once: midpoint spread 0.22 decades over 4 of 5 seeds.
const cleanRepeats = syntheticRepeats(cleanResult, [0.1, -0.12, 0.05, null]);
const SPREAD_DECADES = 0.22;
const LOG_TOL = 1e-9;

const cases: [string, () => ChartInput][] = [
  ['a clean curve', () => ({ samples: clean, analysis: syntheticAnalysis(clean), method: 'midpoint', steps: 20 })],
  ['a noisy curve selecting steepest', () => ({ samples: noisy, analysis: syntheticAnalysis(noisy), method: 'steepest' })],
  ['no window', () => ({ samples: clean, analysis: withoutWindow(syntheticAnalysis(clean)), method: 'midpoint' })],
  ['every trial diverged, no fit', () => ({ samples: allDiverged, analysis: noFit, method: 'halfLoss' })],
  ['analyze() of a noisy curve', () => ({ samples: noisy, analysis: analyze(samplesFromRecords(noisy)), method: 'midpoint', steps: 20 })],
  ['no trials at all', () => ({ samples: [], analysis: { ...noFit, lossAtZero: null }, method: 'midpoint' })],
  ['spread bands over 5 seeds, median selected', () => ({ samples: clean, analysis: syntheticAnalysis(clean), method: 'midpoint', steps: 20, spread: spreadBands(cleanRepeats), selection: 'median' })],
  ['a clean curve selecting the opt-in basin', () => ({ samples: clean, analysis: syntheticAnalysis(clean), method: 'basin', steps: 20 })],
  ['spread bands with no window in the first seed', () => ({ samples: clean, analysis: withoutWindow(syntheticAnalysis(clean)), method: 'halfLoss', spread: spreadBands(cleanRepeats) })],
];
const builders: [string, (input: ChartInput) => TopLevelSpec][] = [
  ['curveSpec', (i) => curveSpec(i)],
  ['curvatureSpec', (i) => curvatureSpec(i)],
];

/** Every data row of every layer whose name is `name`. */
function layerRows(spec: TopLevelSpec, name: string): Record<string, unknown>[] {
  const layers = (spec as { layer: { name?: string; data?: { values?: Record<string, unknown>[] } }[] }).layer;
  return layers.filter((l) => l.name === name).flatMap((l) => l.data?.values ?? []);
}

function layer(spec: TopLevelSpec, name: string): Record<string, unknown> | undefined {
  return (spec as unknown as { layer: Record<string, unknown>[] }).layer.find((l) => l.name === name);
}

it('the Vega-Lite schema check rejects a malformed spec (so passing it means something)', () => {
  expect(validate({ mark: 'no-such-mark', encoding: { x: { field: 'lr', type: 'quantitative' } } })).toBe(false);
});

describe.each(builders)('%s', (builderName, build) => {
  it.each(cases)(`${builderName}(input) leaves the input untouched for %s`, (_, make) => {
    const input = make();
    const before = structuredClone(input);
    build(deepFreeze(input));
    expect(input).toEqual(before);
  });

  it.each(cases)(`${builderName}(input) compiles without Vega-Lite warnings for %s`, (_, make) => {
    expect(compileChart(build(make())).warnings).toEqual([]);
  });

  it.each(cases)(`${builderName}(input) is valid against the Vega-Lite schema for %s`, (_, make) => {
    const ok = validate(build(make()));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it(`${builderName}(input) is deterministic`, () => {
    const [, make] = cases[1] as [string, () => ChartInput];
    expect(JSON.stringify(build(make()))).toBe(JSON.stringify(build(make())));
  });
});

describe('curveSpec', () => {
  const input = cases[0]![1]();
  const spec = curveSpec(input);
  const picks = input.analysis.picks!;

  it('curveSpec(input) draws one rule for minLr, maxLr and each pick, the selected one thicker', () => {
    const rules = layerRows(spec, 'picks');
    expect(rules.map((r) => r.lr)).toEqual([input.analysis.minLr, input.analysis.maxLr, picks.midpoint, picks.halfLoss, picks.steepest]);
    expect(rules.filter((r) => r.selected).map((r) => r.lr)).toEqual([picks.midpoint]);
    const width = (layer(spec, 'picks') as { encoding: { strokeWidth: { condition: { value: number }; value: number } } }).encoding.strokeWidth;
    expect(width.condition.value).toBeGreaterThan(width.value);
    expect(width.condition.value).toBe(STROKES.selected);
  });

  it("curveSpec(input) names the fitted curve 'fitted curve (shape model)' in the legend and the fit's rows when the window was read off the shape model", () => {
    const domain = (s: TopLevelSpec) => (layer(s, 'picks') as { encoding: { color: { scale: { domain: string[] } } } }).encoding.color.scale.domain;
    expect(input.analysis.curveModel).toBe('spline');
    expect(domain(spec)).toContain('fitted curve');
    const shaped = curveSpec({ ...input, analysis: { ...input.analysis, curveModel: 'shape' } });
    expect(domain(shaped)).toContain('fitted curve (shape model)');
    expect(domain(shaped)).not.toContain('fitted curve');
    expect(new Set(layerRows(shaped, 'fit').map((r) => r.series))).toEqual(new Set(['fitted curve (shape model)']));
  });

  it("curveSpec(input) colours the picks as the paper does and names their values in the legend", () => {
    const color = (layer(spec, 'picks') as { encoding: { color: { scale: { domain: string[]; range: string[] } } } }).encoding.color.scale;
    const entry = (label: string): string | undefined => color.range[color.domain.findIndex((d) => d.startsWith(label))];
    expect(entry(`midpoint = ${displayLr(picks.midpoint)}`)).toBe(PICK_COLORS.midpoint);
    expect(color.domain.find((d) => d.startsWith('midpoint'))).toContain('selected');
    expect(entry('halfLoss =')).toBe(PICK_COLORS.halfLoss);
    expect(entry('steepest =')).toBe(PICK_COLORS.steepest);
    expect(PICK_COLORS).toEqual({ midpoint: '#ff7f0e', halfLoss: '#1f77b4', steepest: '#2ca02c', basin: '#e377c2' });
  });

  it('curveSpec(input) gives every rule its own dash pattern and a label on the plot, so it reads without colour', () => {
    const dash = (layer(spec, 'picks') as { encoding: { strokeDash: { scale: { domain: string[]; range: number[][] } } } }).encoding.strokeDash.scale;
    const rules = layerRows(spec, 'picks');
    const patterns = rules.map((r) => JSON.stringify(dash.range[dash.domain.indexOf(String(r.series))]));
    expect(new Set(patterns).size).toBe(rules.length);
    expect([...layerRows(spec, 'ruleLabels'), ...layerRows(spec, 'ruleLabelsFlipped')].map((r) => r.label).sort()).toEqual(['halfLoss', 'maxLr', 'midpoint ★', 'minLr', 'steepest']);
  });

  it('curveSpec(input) draws the opt-in basin only when it is selected: a fourth rule, thick, in its own colour and dash', () => {
    expect(layerRows(spec, 'picks').map((r) => String(r.series)).filter((s) => s.startsWith('basin'))).toEqual([]);
    const basin = curveSpec({ ...input, method: 'basin' });
    const rules = layerRows(basin, 'picks');
    expect(rules.map((r) => r.lr)).toEqual([input.analysis.minLr, input.analysis.maxLr, picks.midpoint, picks.halfLoss, picks.steepest, picks.basin]);
    expect(rules.filter((r) => r.selected).map((r) => r.lr)).toEqual([picks.basin]);
    const encoding = (layer(basin, 'picks') as { encoding: { color: { scale: { domain: string[]; range: string[] } }; strokeDash: { scale: { domain: string[]; range: number[][] } } } }).encoding;
    const series = `basin = ${displayLr(picks.basin)}  ★ selected`;
    expect(encoding.color.scale.range[encoding.color.scale.domain.indexOf(series)]).toBe(PICK_COLORS.basin);
    const patterns = rules.map((r) => JSON.stringify(encoding.strokeDash.scale.range[encoding.strokeDash.scale.domain.indexOf(String(r.series))]));
    expect(new Set(patterns).size).toBe(rules.length);
    expect([...layerRows(basin, 'ruleLabels'), ...layerRows(basin, 'ruleLabelsFlipped')].map((r) => r.label).sort()).toEqual(['basin ★', 'halfLoss', 'maxLr', 'midpoint', 'minLr', 'steepest']);
  });

  it('curveSpec(input) with two picks at one lr draws both rules apart and both labels in different lanes', () => {
    const a = input.analysis;
    const same = curveSpec({ ...input, analysis: { ...a, picks: { ...picks, steepest: picks.midpoint } } });
    const rules = layerRows(same, 'picks').filter((r) => r.lr === picks.midpoint);
    expect(rules).toHaveLength(2);
    expect(rules[0]!.drawLr).not.toBe(rules[1]!.drawLr);
    const labels = [...layerRows(same, 'ruleLabels'), ...layerRows(same, 'ruleLabelsFlipped')].filter((r) => r.label === 'midpoint ★' || r.label === 'steepest');
    expect(labels).toHaveLength(2);
    expect(labels[0]!.labelY).not.toBe(labels[1]!.labelY);
  });

  it('curveSpec(input) plots every trial with lr > 0 once, lr = 0 only as the L(0) line', () => {
    const points = layerRows(spec, 'trials');
    expect(points).toHaveLength(input.samples.filter((s) => s.lr > 0).length);
    expect(layerRows(spec, 'lossAtZero').map((r) => r.loss)).toEqual([input.analysis.lossAtZero]);
  });

  it('curveSpec(input) puts diverged trials on the top edge of the loss axis and says so', () => {
    const top = ((layer(spec, 'trials') as { encoding: { y: { scale: { domain: number[] } } } }).encoding.y.scale.domain)[1];
    const diverged = layerRows(spec, 'trials').filter((p) => String(p.kind).startsWith('diverged'));
    expect(diverged.length).toBe(input.samples.filter((s) => s.diverged).length);
    expect(diverged.length).toBeGreaterThan(0);
    for (const p of diverged) expect(p.loss).toBe(top);
    expect((spec.title as { subtitle: string[] }).subtitle).toContain(messages.divergedNote(diverged.length));
  });

  it('curveSpec(input) cuts the loss axis below the blow-up and keeps the plateau inside it', () => {
    const domain = (layer(spec, 'trials') as { encoding: { y: { scale: { domain: number[] } } } }).encoding.y.scale.domain;
    const finite = input.samples.filter((s) => s.loss !== null).map((s) => s.loss as number);
    // The synthetic blow-up reaches ~10 at lr = 1 while the plateau is ~2.3: the top must sit between.
    expect(domain[1]).toBeLessThan(Math.max(...finite));
    expect(domain[1]).toBeGreaterThan(input.analysis.lossAtZero!);
    expect((spec.title as { subtitle: string[] }).subtitle.some((s) => s.startsWith('Loss axis cut at'))).toBe(true);
  });

  it('curveSpec(input) labels the lr axis at powers of ten', () => {
    const x = (layer(spec, 'trials') as { encoding: { x: { axis: { values: number[]; format: string } } } }).encoding.x.axis;
    expect(x.values).toEqual([1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10]);
    expect(x.format).toBe('.0e');
  });

  it('curveSpec(input) without a window shows the samples and the reason as the subtitle, and no rules', () => {
    const none = cases[2]![1]();
    const s = curveSpec(none);
    expect((s.title as { subtitle: string[] }).subtitle[0]).toBe(messages.noWindowSubtitle(none.analysis.reason!.message));
    expect(layerRows(s, 'picks')).toEqual([]);
    expect(layerRows(s, 'window')).toEqual([]);
    expect(layerRows(s, 'trials')).toHaveLength(none.samples.filter((r) => r.lr > 0).length);
  });
});

describe('curveSpec with repeats', () => {
  const input = cases.find(([name]) => name.startsWith('spread bands over'))![1]();
  const spec = curveSpec(input);
  // The input's method is midpoint, so the opt-in basin's band (the repeats summary has one) is not drawn.
  const bands = input.spread!.filter((b) => b.method !== 'basin');
  const layerNames = (spec as unknown as { layer: { name?: string }[] }).layer.map((l) => l.name);

  it('curveSpec(input) draws each pick spread as a translucent band in the pick colour, behind the rules and the curve', () => {
    const rows = layerRows(spec, 'spread');
    expect(rows.map((r) => [r.lo, r.hi])).toEqual(bands.map((b) => [b.lo, b.hi]));
    // midpoint: first seed at p, others at p·10^0.1, p·10^-0.12, p·10^0.05: range 10^-0.12 .. 10^0.1 = 0.22 decades.
    expect(Math.abs(Math.log10((rows[0]!.hi as number) / (rows[0]!.lo as number)) - SPREAD_DECADES)).toBeLessThan(LOG_TOL);
    const band = layer(spec, 'spread') as { mark: { opacity: number }; encoding: { fill: { scale: { range: string[] }; title: string } } };
    expect(band.encoding.fill.scale.range).toEqual([PICK_COLORS.midpoint, PICK_COLORS.halfLoss, PICK_COLORS.steepest]);
    expect(band.mark.opacity).toBeLessThan(0.5);
    expect(layerNames.indexOf('spread')).toBeLessThan(layerNames.indexOf('picks'));
    expect(layerNames.indexOf('spread')).toBeLessThan(layerNames.indexOf('fit'));
  });

  it('curveSpec(input) says in the legend what the band is: the pick, its range and median over K seeds', () => {
    const band = layer(spec, 'spread') as { encoding: { fill: { scale: { domain: string[] }; title: string } } };
    expect(band.encoding.fill.title).toBe(messages.spreadLegendTitle(5));
    const mid = bands[0]!;
    expect(band.encoding.fill.scale.domain[0]).toBe(messages.spreadLegendLabel('midpoint', mid.lo, mid.hi, mid.median, 4, 5));
    expect(band.encoding.fill.scale.domain[0]).toContain('4 of 5 seeds');
    expect((spec.title as { subtitle: string[] }).subtitle).toContain(messages.spreadSubtitle(5));
    expect(layerRows(spec, 'spreadMedian').map((r) => r.median)).toEqual(bands.map((b) => b.median));
  });

  it('curveSpec(input) with the median selected draws the median as the thick starred line and the first seed picks thin', () => {
    const rules = layerRows(spec, 'picks');
    expect(rules.filter((r) => r.selected).map((r) => r.lr)).toEqual([bands[0]!.median]);
    expect(rules.filter((r) => r.selected).map((r) => r.series)).toEqual([messages.selectedMedianLabel('midpoint', bands[0]!.median)]);
    expect(rules.filter((r) => String(r.series).includes('(first seed)'))).toHaveLength(3);
    const a = input.analysis;
    expect((spec.title as { subtitle: string[] }).subtitle[0]).toBe(messages.windowSubtitleMedian(a.minLr!, a.maxLr!, 'midpoint', bands[0]!.median, 5));
  });

  it('curveSpec(input) with the first run selected keeps the star on the first seed pick', () => {
    const s = curveSpec({ ...input, selection: 'first-run' });
    expect(layerRows(s, 'picks').filter((r) => r.selected).map((r) => r.lr)).toEqual([input.analysis.picks!.midpoint]);
    expect(layerRows(s, 'spread')).toHaveLength(3);
  });

  it('curveSpec(input) without repeats draws no band and no median marker', () => {
    const s = curveSpec(cases[0]![1]());
    expect(layerRows(s, 'spread')).toEqual([]);
    expect(layerRows(s, 'spreadMedian')).toEqual([]);
  });
});

describe('curvatureSpec', () => {
  it('curvatureSpec(input) marks minLr on the curve and shades the knee search region up to halfLoss', () => {
    const input = cases[0]![1]();
    const spec = curvatureSpec(input);
    const region = layerRows(spec, 'searchRegion');
    expect(region).toEqual([{ from: 10 ** input.analysis.fit!.x[0]!, to: input.analysis.picks!.halfLoss }]);
    expect(layerRows(spec, 'knee').map((r) => r.lr)).toEqual([input.analysis.minLr]);
    expect(layerRows(spec, 'bounds').map((r) => r.lr)).toEqual([input.analysis.picks!.halfLoss, input.analysis.minLr, input.analysis.maxLr]);
    expect(layerRows(spec, 'curvature')).toHaveLength(input.analysis.fit!.x.length);
  });

  it('curvatureSpec(input) with no fitted curve says why in the subtitle', () => {
    const spec = curvatureSpec(cases[3]![1]());
    expect((spec.title as { subtitle: string[] }).subtitle).toEqual([messages.noFitSubtitle(noFit.reason!.message)]);
    expect(layerRows(spec, 'curvature')).toEqual([]);
  });
});
