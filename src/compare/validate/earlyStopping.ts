import type { ConvergenceOutcome, EpochEvaluation } from './types.js';

/** Default epochs without a lower validation loss before training stops. */
export const DEFAULT_PATIENCE = 3;

/** One training run at one learning rate, advanced an epoch at a time. The tfjs trainer implements it; tests pass fakes. */
export interface EpochRun {
  /** Trains one more epoch; `diverged` when a training loss became NaN/Infinity (the epoch stopped there). */
  trainEpoch(): Promise<{ readonly diverged: boolean }>;
  /** Validation loss and accuracy of the weights as they are now. */
  evaluate(): Promise<{ readonly loss: number; readonly accuracy: number | null }>;
}

/** Options for {@link trainToConvergence}. */
export interface EarlyStoppingOptions {
  /** Most epochs to train, at least 1. */
  readonly maxEpochs: number;
  /**
   * Epochs in a row without a validation loss below the best so far (by more than `minDelta`) after which
   * training stops, and the best epoch's evaluation is reported. 0 = no early stopping: train `maxEpochs`
   * and report the last epoch. Default {@link DEFAULT_PATIENCE}.
   */
  readonly patience?: number;
  /** Smallest decrease of the validation loss that counts as an improvement, loss units. Default 0 (as Keras). */
  readonly minDelta?: number;
}

/**
 * Trains epoch by epoch, evaluating after each, until the validation loss has not improved for `patience`
 * epochs, a loss turns non-finite (diverged), or `maxEpochs` is reached. With early stopping the outcome is
 * the evaluation at the lowest validation loss (the checkpoint early stopping keeps, as Keras'
 * `restoreBestWeights`), also when a later epoch diverged; without it, the last epoch's (none when it
 * diverged). `ms` is left to the caller.
 */
export async function trainToConvergence(run: EpochRun, options: EarlyStoppingOptions): Promise<Omit<ConvergenceOutcome, 'ms'>> {
  const patience = options.patience ?? DEFAULT_PATIENCE;
  const minDelta = options.minDelta ?? 0;
  const history: EpochEvaluation[] = [];
  let best: EpochEvaluation | null = null;
  let diverged = false;
  let stoppedEarly = false;
  let epochs = 0;
  while (epochs < options.maxEpochs) {
    epochs += 1;
    if ((await run.trainEpoch()).diverged) {
      diverged = true;
      break;
    }
    const { loss, accuracy } = await run.evaluate();
    if (!Number.isFinite(loss)) {
      diverged = true;
      break;
    }
    const evaluation: EpochEvaluation = { epoch: epochs, loss, accuracy: accuracy !== null && Number.isFinite(accuracy) ? accuracy : null };
    history.push(evaluation);
    if (best === null || loss < best.loss - minDelta) best = evaluation;
    else if (patience > 0 && epochs - best.epoch >= patience && epochs < options.maxEpochs) {
      stoppedEarly = true;
      break;
    }
  }
  const kept = patience > 0 ? best : diverged ? null : (history.at(-1) ?? null);
  return {
    accuracy: kept?.accuracy ?? null,
    loss: kept?.loss ?? null,
    epochs,
    bestEpoch: kept?.epoch ?? null,
    stoppedEarly,
    diverged,
    history,
  };
}
