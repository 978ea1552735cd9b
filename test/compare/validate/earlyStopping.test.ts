import { describe, expect, it } from 'vitest';
import { trainToConvergence, type EpochRun } from '../../../src/compare/validate/earlyStopping.js';

/**
 * A scripted run: epoch k (from 1) ends with validation loss `losses[k-1]` and accuracy 1 - loss;
 * NaN as a loss means the training loss of that epoch blew up. Counts the epochs trained.
 */
function scripted(losses: readonly number[]): EpochRun & { trained: number } {
  const run = {
    trained: 0,
    trainEpoch: async () => {
      run.trained += 1;
      return { diverged: Number.isNaN(losses[run.trained - 1]) };
    },
    evaluate: async () => {
      const loss = losses[run.trained - 1] as number;
      return { loss, accuracy: 1 - loss };
    },
  };
  return run;
}

const ACC_TOL = 1e-12;

describe('trainToConvergence', () => {
  it('trainToConvergence(run) stops after `patience` epochs without a lower loss and reports the best epoch', async () => {
    // Best loss 0.3 at epoch 3; epochs 4, 5 are not lower: patience 2 runs out after epoch 5.
    const run = scripted([0.8, 0.5, 0.3, 0.35, 0.31, 0.1, 0.05]);
    const outcome = await trainToConvergence(run, { maxEpochs: 10, patience: 2 });
    expect(run.trained).toBe(5);
    expect(outcome).toMatchObject({ epochs: 5, bestEpoch: 3, stoppedEarly: true, diverged: false, loss: 0.3 });
    // accuracy of epoch 3 = 1 - 0.3
    expect(Math.abs((outcome.accuracy as number) - 0.7)).toBeLessThan(ACC_TOL);
    expect(outcome.history.map((h) => h.epoch)).toEqual([1, 2, 3, 4, 5]);
  });

  it('trainToConvergence(run) trains to maxEpochs while the loss keeps falling, without calling it early', async () => {
    const run = scripted([0.9, 0.8, 0.7, 0.6]);
    const outcome = await trainToConvergence(run, { maxEpochs: 4, patience: 1 });
    expect(outcome).toMatchObject({ epochs: 4, bestEpoch: 4, stoppedEarly: false, loss: 0.6 });
  });

  it('trainToConvergence(run) with patience 0 trains every epoch and reports the last, even when worse', async () => {
    const run = scripted([0.5, 0.4, 0.6]);
    const outcome = await trainToConvergence(run, { maxEpochs: 3, patience: 0 });
    expect(outcome).toMatchObject({ epochs: 3, bestEpoch: 3, stoppedEarly: false, loss: 0.6 });
  });

  it('trainToConvergence(run) keeps the best epoch when a later epoch diverges', async () => {
    const run = scripted([0.6, 0.4, Number.NaN, 0.1]);
    const outcome = await trainToConvergence(run, { maxEpochs: 10, patience: 3 });
    expect(run.trained).toBe(3);
    expect(outcome).toMatchObject({ epochs: 3, bestEpoch: 2, diverged: true, loss: 0.4 });
  });

  it('trainToConvergence(run) reports no accuracy when the first epoch diverges or the validation loss is not finite', async () => {
    expect(await trainToConvergence(scripted([Number.NaN]), { maxEpochs: 5, patience: 3 })).toMatchObject({
      epochs: 1,
      bestEpoch: null,
      accuracy: null,
      loss: null,
      diverged: true,
    });
    expect(await trainToConvergence(scripted([Number.POSITIVE_INFINITY]), { maxEpochs: 5, patience: 3 })).toMatchObject({
      bestEpoch: null,
      diverged: true,
    });
  });

  it('trainToConvergence(run) counts only decreases larger than minDelta as improvements', async () => {
    // 0.495 is 0.005 below 0.5: no improvement at minDelta 0.01, so patience 2 ends after epoch 3.
    const outcome = await trainToConvergence(scripted([0.5, 0.495, 0.49, 0.1]), { maxEpochs: 10, patience: 2, minDelta: 0.01 });
    expect(outcome).toMatchObject({ epochs: 3, bestEpoch: 1, stoppedEarly: true });
  });
});
