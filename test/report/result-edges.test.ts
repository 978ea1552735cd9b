import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseResult } from '../../src/report/result.js';
import { resultsJson } from '../../src/search/output.js';
import { DEFAULT_SETTINGS } from '../../src/search/settings.js';
import type { SettingsSource, SweepResult } from '../../src/search/types.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from './synthetic.js';

const SOURCE = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, 'default'])) as unknown as SettingsSource;
const samples = syntheticTrials();
const base: SweepResult = {
  ...sweepResult(samples, syntheticAnalysis(samples)),
  extended: { startLr: 1e-9, endLr: 10 },
  warnings: [{ code: 'max-trials-imprecise', message: 'maxTrials (30) ran out' }],
};

describe('parseResult edges keys', () => {
  it('parseResult keeps extended and warnings, so results.json round-trips byte for byte', () => {
    const text = resultsJson(base, SOURCE);
    const back = parseResult(text, 'r.json');
    expect(back.extended).toEqual(base.extended);
    expect(back.warnings).toEqual(base.warnings);
    expect(resultsJson(back, SOURCE)).toBe(text);
  });
  it.each([
    ['extended', { startLr: 10, endLr: 1 }, /^r.json: "extended" is /],
    ['warnings', 'none', /^r.json: "warnings" is "none"; expected an array$/],
    ['warnings', [{ code: 'other', message: 'x' }], /^r.json: warnings\[0\] is /],
  ])('parseResult rejects a bad %s with one line', (key, value, message) => {
    const doc = { ...(JSON.parse(resultsJson(base, SOURCE)) as Record<string, unknown>), [key]: value };
    expect(() => parseResult(JSON.stringify(doc), 'r.json')).toThrow(UsageError);
    expect(() => parseResult(JSON.stringify(doc), 'r.json')).toThrow(message);
  });
});
