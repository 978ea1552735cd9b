import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { invalidSetting, maxTrialsTooSmall } from '../../src/search/messages.js';
import { coarseTrialCount, DEFAULT_SETTINGS, resolveSettings } from '../../src/search/settings.js';

describe('resolveSettings', () => {
  it('resolveSettings() returns the defaults', () => {
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
    // 1e-7 .. 10 at 0.5 decades: 8 / 0.5 + 1 = 17 grid lrs, plus lr = 0.
    expect(coarseTrialCount(DEFAULT_SETTINGS)).toBe(18);
  });

  it('resolveSettings(partial) fills defaults, keeps given values and drops unknown keys', () => {
    const s = resolveSettings({ endLr: 1, parallel: 3, method: 'steepest', ...({ out: 'x' } as object) });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, endLr: 1, parallel: 3, method: 'steepest' });
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  const bad: Array<[string, Record<string, unknown>, string, string]> = [
    ['start-lr', { startLr: 0 }, '0', 'a number > 0'],
    ['start-lr', { startLr: Number.NaN }, 'NaN', 'a number > 0'],
    ['end-lr', { endLr: 1e-8 }, '1e-8', 'a number > start-lr (1e-7)'],
    ['coarse-step', { coarseStep: 0 }, '0', 'decades, > 0 and <= 2'],
    ['coarse-step', { coarseStep: 2.5 }, '2.5', 'decades, > 0 and <= 2'],
    ['threshold', { threshold: -0.1 }, '-0.1', 'decades, > 0'],
    ['steps', { steps: 0 }, '0', 'an integer >= 1'],
    ['steps', { steps: 2.5 }, '2.5', 'an integer >= 1'],
    ['seed', { seed: 0.5 }, '0.5', 'an integer'],
    ['parallel', { parallel: 0 }, '0', 'an integer >= 1'],
    ['method', { method: 'fastest' }, '"fastest"', 'midpoint, halfLoss, steepest'],
    ['max-trials', { maxTrials: 30.5 }, '30.5', 'an integer >= 18'],
  ];
  for (const [name, input, shown, allowed] of bad) {
    it(`resolveSettings(${JSON.stringify(input)}) throws a UsageError naming ${name}`, () => {
      const call = (): unknown => resolveSettings(input as never);
      expect(call).toThrow(UsageError);
      expect(call).toThrow(invalidSetting(name, input[Object.keys(input)[0]!], allowed));
      expect(invalidSetting(name, input[Object.keys(input)[0]!], allowed)).toContain(shown);
    });
  }

  it('resolveSettings({ maxTrials }) rejects a cap smaller than the coarse grid plus lr = 0', () => {
    expect(() => resolveSettings({ maxTrials: 17 })).toThrow(maxTrialsTooSmall(17, 18));
    expect(resolveSettings({ maxTrials: 18 }).maxTrials).toBe(18);
    // A coarser grid needs fewer: 1e-7 .. 10 at 1 decade is 9 lrs + lr = 0.
    expect(resolveSettings({ coarseStep: 1, maxTrials: 10 }).maxTrials).toBe(10);
  });
});
