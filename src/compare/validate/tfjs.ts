import { ConfigError } from '../../errors.js';
import type { OpenedSession } from '../rangetest/tfjsSession.js';
import type { Evaluation } from '../../runners/tfjs/session.js';
import { heapGrowthCollector } from './collect.js';
import { DEFAULT_PATIENCE, trainToConvergence } from './earlyStopping.js';
import * as messages from './messages.js';
import type { ConvergenceOutcome, ConvergenceRequest, ConvergenceTrainer } from './types.js';

/** Options for {@link createTfjsConvergenceTrainer}. */
export interface TfjsConvergenceOptions {
  /** Training steps per epoch. Default ⌊training examples / batchSize⌋ (the session drops the remainder). */
  readonly stepsPerEpoch?: number;
  /** Milliseconds clock. Default `performance.now`. */
  readonly clock?: () => number;
  /**
   * Called after each epoch's evaluation, to free the garbage of the epochs so far when it has grown, so memory
   * stays flat whatever the number of epochs. Default {@link heapGrowthCollector}'s check, one per trainer.
   */
  readonly collectGarbage?: () => unknown;
}

/**
 * Trains a session's model to convergence at one lr after another, each from the same initial weights
 * (restored in place) with a fresh optimizer and the same batch sequence: epoch by epoch, evaluating the
 * validation split after each and stopping early on validation loss ({@link trainToConvergence}), then
 * collecting garbage when the heap has grown. The session must be opened with `withAccuracy: true`.
 */
export function createTfjsConvergenceTrainer(opened: OpenedSession, options: TfjsConvergenceOptions = {}): ConvergenceTrainer {
  const { session, definition } = opened;
  const clock = options.clock ?? (() => performance.now());
  const collectGarbage = options.collectGarbage ?? heapGrowthCollector();
  const perEpoch = (): number => {
    if (options.stepsPerEpoch !== undefined) return options.stepsPerEpoch;
    const n = opened.trainExamples();
    if (n === null) throw new ConfigError(messages.needsStepsPerEpoch(definition.file));
    return Math.max(1, Math.floor(n / Math.min(definition.config.batchSize, n)));
  };
  const accuracyOf = (evaluation: Evaluation): number => {
    const key = Object.keys(evaluation.metrics).find((k) => /^acc/.test(k) || /accuracy$/i.test(k));
    if (key === undefined) throw new ConfigError(messages.noAccuracyMetric(definition.file, Object.keys(evaluation.metrics)));
    return evaluation.metrics[key] as number;
  };
  return {
    async train(lr: number, request: ConvergenceRequest): Promise<ConvergenceOutcome> {
      const started = clock();
      const steps = perEpoch();
      session.restore();
      const optimizer = session.createOptimizer(lr);
      const run = session.startRun(optimizer);
      try {
        const outcome = await trainToConvergence(
          {
            trainEpoch: async () => ({ diverged: (await run.train(steps, (loss) => !Number.isFinite(loss))).stopped }),
            evaluate: async () => {
              const evaluation = await session.evaluate();
              collectGarbage();
              return { loss: evaluation.loss, accuracy: accuracyOf(evaluation) };
            },
          },
          { maxEpochs: request.epochs, patience: request.patience ?? DEFAULT_PATIENCE },
        );
        return { ...outcome, ms: clock() - started };
      } finally {
        session.disposeOptimizer(optimizer);
        session.restore();
      }
    },
  };
}
