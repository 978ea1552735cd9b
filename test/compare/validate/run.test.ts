import { describe, expect, it } from 'vitest';
import { runValidation } from '../../../src/compare/validate/run.js';
import type { ConvergenceRequest, ConvergenceTrainer } from '../../../src/compare/validate/types.js';
import { parseLrList } from '../../../src/cli/commands/validate.js';
import * as messages from '../../../src/compare/validate/messages.js';
import { UsageError } from '../../../src/errors.js';

/** Accuracy peaks at lr 1e-2: 0.95 - 0.05·(log10 lr + 2)². Records each call's lr and request. */
function fakeTrainer(): ConvergenceTrainer & { calls: number[]; requests: ConvergenceRequest[] } {
  const calls: number[] = [];
  const requests: ConvergenceRequest[] = [];
  return {
    calls,
    requests,
    train: async (lr, request) => {
      calls.push(lr);
      requests.push(request);
      const accuracy = 0.95 - 0.05 * (Math.log10(lr) + 2) ** 2;
      return { accuracy, loss: 0.1, epochs: 1, bestEpoch: 1, stoppedEarly: false, diverged: false, history: [{ epoch: 1, loss: 0.1, accuracy }], ms: 5 };
    },
  };
}

const cost = { kind: 'search' as const, trials: 10, steps: 100, seconds: 1 };
const settings = { epochs: 1, patience: 2, seed: 0, gridStep: 1, startLr: 1e-4, endLr: 1, lrs: null };

describe('runValidation', () => {
  it('runValidation(trainer) trains each distinct lr once, a pick on a grid point included', async () => {
    const trainer = fakeTrainer();
    const grid = [1e-4, 1e-3, 1e-2, 1e-1, 1];
    await runValidation(trainer, { settings, grid, model: 'm', picks: [{ method: 'midpoint', lr: 1e-2, reason: null, cost }, { method: 'steepest', lr: 3e-3, reason: null, cost }] });
    // 5 grid points + 1 new pick lr; ascending.
    expect(trainer.calls).toEqual([1e-4, 1e-3, 3e-3, 1e-2, 1e-1, 1]);
  });

  it('runValidation(trainer) asks every lr for the same epoch limit, patience and seed', async () => {
    const trainer = fakeTrainer();
    await runValidation(trainer, { settings, grid: [1e-3, 1e-2], model: 'm', picks: [] });
    expect(trainer.requests).toEqual([{ epochs: 1, patience: 2, seed: 0 }, { epochs: 1, patience: 2, seed: 0 }]);
  });

  it('runValidation(trainer) reports each pick against the band around the best grid point', async () => {
    const report = await runValidation(fakeTrainer(), {
      settings,
      grid: [1e-4, 1e-3, 1e-2, 1e-1, 1],
      model: 'm',
      picks: [{ method: 'midpoint', lr: 1e-2, reason: null, cost }, { method: 'fastaiValley', lr: 0.5, reason: null, cost }],
    });
    // Best 0.95 at 1e-2; neighbours at 1e-3 and 1e-1 have 0.90, more than a point below: the band is 1e-2 alone.
    expect(report.band?.loLr).toBe(1e-2);
    expect(report.band?.hiLr).toBe(1e-2);
    expect(report.picks.map((p) => p.insideBand)).toEqual([true, false]);
  });
});

describe('parseLrList', () => {
  it('parseLrList(text) sorts and dedupes the rates', () => {
    expect(parseLrList('1e-2, 1e-4,1e-2')).toEqual([1e-4, 1e-2]);
  });

  it('parseLrList(text) rejects non-positive or malformed rates', () => {
    expect(() => parseLrList('1e-3,abc')).toThrow(new UsageError(messages.badLrList('1e-3,abc')));
    // Number('0x10') is 16 and Number('') is 0: the one decimal parser refuses both.
    for (const text of ['1e-3,0x10', '1e-3,', '1e-3,Infinity']) expect(() => parseLrList(text)).toThrow(new UsageError(messages.badLrList(text)));
  });
});
