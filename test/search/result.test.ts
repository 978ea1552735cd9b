import { describe, expect, it } from 'vitest';
import { resultFromSamples } from '../../src/search/result.js';
import { resolveSettings, SETTING_NAMES } from '../../src/search/settings.js';
import type { TrialRecord } from '../../src/search/types.js';
import { UsageError } from '../../src/errors.js';
import { analyze } from '../../src/analysis/analyze.js';

const records: TrialRecord[] = [{ lr: 0, loss: 2, diverged: false, round: 0 }];
for (let x = -7; x <= 0.001; x += 0.25) {
  const lr = 10 ** x;
  // A logistic descent at -3.5 and a rise past -1.5; NaN from -0.5 up (diverged, loss null).
  const loss = 2 - 1.2 / (1 + Math.exp(-(x + 3.5) / 0.4)) + 0.3 * Math.exp((x + 1.5) / 0.3);
  records.push(x > -0.6 ? { lr, loss: null, diverged: true, round: 0 } : { lr, loss, diverged: false, round: 0 });
}

describe('resultFromSamples', () => {
  it('resultFromSamples(records, settings) fills window, picks and the selected method', () => {
    const settings = resolveSettings({ method: 'halfLoss' });
    const result = resultFromSamples(records, settings);
    const analysis = analyze(records.map((r) => ({ lr: r.lr, loss: r.loss ?? Number.NaN })));
    expect(result.minLr).toBe(analysis.minLr);
    expect(result.maxLr).toBe(analysis.maxLr);
    const { midpoint, halfLoss, steepest, basin } = analysis.picks!;
    // results.json keeps the paper's three until the method table wires the opt-in basin pick.
    expect(result.picks).toEqual({ midpoint, halfLoss, steepest, basin });
    expect(result.selectedLr).toBe(analysis.picks!.halfLoss);
    expect(result.method).toBe('halfLoss');
    expect(result.trials).toBe(records.length);
    expect(result.lossAtZero).toBe(2);
    expect(result.reason).toBeNull();
    expect(result.samples).toEqual(records);
    expect(result.settings).toEqual(settings);
  });

  it('resultFromSamples(records) gives null picks and a one-sentence reason without a window', () => {
    const result = resultFromSamples(records.slice(0, 3), resolveSettings());
    expect(result.picks).toBeNull();
    expect(result.selectedLr).toBeNull();
    expect(result.reason).toMatch(/4 are needed/);
  });

  it('resultFromSamples(records, settings, nameOf) words the reason with the edge\'s setting names', () => {
    // Three finite trials, nothing diverged: the remedy names start-lr, end-lr and coarse-step.
    expect(resultFromSamples(records.slice(0, 3), resolveSettings()).reason).toContain('widen the range (start-lr, end-lr) or lower coarse-step');
    expect(resultFromSamples(records.slice(0, 3), resolveSettings(), (key) => `--${SETTING_NAMES[key]}`).reason).toContain('widen the range (--start-lr, --end-lr) or lower --coarse-step');
  });

  it('resultFromSamples(records) throws a UsageError for a negative lr', () => {
    expect(() => resultFromSamples([...records, { lr: -1, loss: 1, diverged: false, round: 0 }], resolveSettings())).toThrow(UsageError);
  });
});
