import { describe, expect, it } from 'vitest';
import { runRangeTest } from '../../../src/compare/rangetest/run.js';
import { rangeTestLr } from '../../../src/compare/rangetest/schedule.js';
import { DEFAULT_RANGE_TEST, resolveRangeTestSettings } from '../../../src/compare/rangetest/settings.js';
import type { StepTrainer } from '../../../src/compare/rangetest/types.js';
import * as messages from '../../../src/compare/rangetest/messages.js';
import { UsageError } from '../../../src/errors.js';

/** A trainer whose loss depends only on the lr asked for; records the lrs. */
function fakeTrainer(lossOf: (lr: number) => number): StepTrainer & { lrs: number[] } {
  const lrs: number[] = [];
  return {
    lrs,
    step: async (lr) => {
      lrs.push(lr);
      return lossOf(lr);
    },
  };
}

const REL_TOL = 1e-12;

describe('rangeTestLr', () => {
  it('rangeTestLr(i) grows exponentially from startLr and stops one step short of endLr, as fastai', () => {
    // 1e-7 * (1e8)^(i/100): i = 0 -> 1e-7, i = 50 -> 1e-3, i = 99 -> 10^(0.92 - 0) ... = 10^0.92.
    expect(rangeTestLr(0, 1e-7, 10, 100)).toBe(1e-7);
    expect(Math.abs(rangeTestLr(50, 1e-7, 10, 100) / 1e-3 - 1)).toBeLessThan(REL_TOL);
    expect(Math.abs(Math.log10(rangeTestLr(99, 1e-7, 10, 100)) - 0.92)).toBeLessThan(1e-12);
  });
});

describe('runRangeTest', () => {
  it('runRangeTest(trainer) asks for the scheduled lr at every step and runs all steps on a calm curve', async () => {
    const trainer = fakeTrainer(() => 1);
    const settings = resolveRangeTestSettings({ numIt: 20, startLr: 1e-4, endLr: 1 });
    const result = await runRangeTest(trainer, settings, { clock: () => 0 });
    expect(result.stopReason).toBe('completed');
    expect(trainer.lrs).toEqual(Array.from({ length: 20 }, (_, i) => rangeTestLr(i, 1e-4, 1, 20)));
    expect(result.steps.map((s) => s.lr)).toEqual(trainer.lrs);
  });

  it('runRangeTest(trainer) stops at the step whose smoothed loss passes 4x its best, and records that step', async () => {
    // No smoothing (beta 0): best 1 at lr < 1e-2, then 10 at lr >= 1e-2 passes 4 at once.
    const trainer = fakeTrainer((lr) => (lr < 1e-2 ? 1 : 10));
    const settings = resolveRangeTestSettings({ numIt: 40, startLr: 1e-4, endLr: 1, beta: 0 });
    const result = await runRangeTest(trainer, settings);
    // lr_i = 1e-4 * 1e4^(i/40) >= 1e-2 first at i = 20.
    expect(result.steps.length).toBe(21);
    expect(result.stopReason).toBe('diverged');
  });

  it('runRangeTest(trainer) stops at a NaN loss and reports it', async () => {
    const trainer = fakeTrainer((lr) => (lr < 1e-2 ? 1 : Number.NaN));
    const result = await runRangeTest(trainer, resolveRangeTestSettings({ numIt: 40, startLr: 1e-4, endLr: 1 }));
    expect(result.stopReason).toBe('non-finite');
    expect(result.steps.length).toBe(21);
  });

  it('runRangeTest(trainer) returns every baseline suggestion', async () => {
    const result = await runRangeTest(fakeTrainer((lr) => 2 - Math.tanh(Math.log10(lr) + 3)), DEFAULT_RANGE_TEST);
    expect(result.suggestions.length).toBe(6);
  });
});

describe('resolveRangeTestSettings', () => {
  it('resolveRangeTestSettings(input) rejects an end lr below the start lr', () => {
    expect(() => resolveRangeTestSettings({ startLr: 1, endLr: 0.1 })).toThrow(new UsageError(messages.endNotAboveStart(1, 0.1)));
  });

  it('resolveRangeTestSettings(input) rejects fewer than 6 steps, as fastai does', () => {
    expect(() => resolveRangeTestSettings({ numIt: 5 })).toThrow(new UsageError(messages.badNumIt(5, 6)));
  });
});
