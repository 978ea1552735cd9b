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
    ['seed', { seed: 0.5 }, '0.5', 'an integer >= 0'],
    ['seed', { seed: -1 }, '-1', 'an integer >= 0'],
    ['parallel', { parallel: 0 }, '0', 'an integer from 1 to 64'],
    ['parallel', { parallel: 100 }, '100', 'an integer from 1 to 64'],
    ['method', { method: 'fastest' }, '"fastest"', 'one of midpoint, halfLoss, steepest'],
    ['strict-range', { strictRange: 'yes' }, '"yes"', 'true or false'],
  ];
  for (const [name, input, shown, allowed] of bad) {
    it(`resolveSettings(${JSON.stringify(input)}) throws a UsageError naming ${name}`, () => {
      const call = (): unknown => resolveSettings(input as never);
      expect(call).toThrow(UsageError);
      expect(call).toThrow(invalidSetting(name, input[Object.keys(input)[0]!], allowed));
      expect(invalidSetting(name, input[Object.keys(input)[0]!], allowed)).toContain(shown);
    });
  }

  const GRID = { startLr: 'start-lr', endLr: 'end-lr', coarseStep: 'coarse-step' };

  it('resolveSettings({ maxTrials }) rejects a cap smaller than the coarse grid plus lr = 0, or not an integer', () => {
    expect(() => resolveSettings({ maxTrials: 17 })).toThrow(maxTrialsTooSmall('max-trials', 17, 18, GRID));
    expect(() => resolveSettings({ maxTrials: 30.5 })).toThrow(maxTrialsTooSmall('max-trials', 30.5, 18, GRID));
    expect(resolveSettings({ maxTrials: 18 }).maxTrials).toBe(18);
    // A coarser grid needs fewer: 1e-7 .. 10 at 1 decade is 9 lrs + lr = 0.
    expect(resolveSettings({ coarseStep: 1, maxTrials: 10 }).maxTrials).toBe(10);
  });

  it('resolveSettings(input, { nameOf }) names settings as the edge spells them, in one shape', () => {
    const cli = { nameOf: (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` };
    // The CLI's own flag errors read `--start-lr "abc" is invalid: expected ...`; settings errors match.
    expect(() => resolveSettings({ startLr: 1, endLr: 0.1 }, cli)).toThrow(new UsageError('--end-lr "0.1" is invalid: expected a number > --start-lr (1)'));
    expect(() => resolveSettings({ maxTrials: 3 }, cli)).toThrow(
      maxTrialsTooSmall('--max-trials', 3, 18, { startLr: '--start-lr', endLr: '--end-lr', coarseStep: '--coarse-step' }),
    );
    expect(maxTrialsTooSmall('--max-trials', 3, 18, { startLr: '--start-lr', endLr: '--end-lr', coarseStep: '--coarse-step' })).toBe(
      '--max-trials "3" is invalid: expected an integer >= 18, the coarse grid from --start-lr to --end-lr at --coarse-step plus the lr = 0 trial',
    );
    expect(() => resolveSettings({ seed: -1 })).toThrow(invalidSetting('seed', -1, 'an integer >= 0'));
  });
});
