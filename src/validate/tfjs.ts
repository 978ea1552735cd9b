import { ConfigError } from '../errors.js';
import type { OpenedSession } from '../rangetest/tfjsSession.js';
import * as messages from './messages.js';
import type { ConvergenceOutcome, ConvergenceRequest, ConvergenceTrainer } from './types.js';

/** Options for {@link createTfjsConvergenceTrainer}. */
export interface TfjsConvergenceOptions {
  /** Training steps per epoch. Default ⌊training examples / batchSize⌋ (the session drops the remainder). */
  readonly stepsPerEpoch?: number;
  /** Milliseconds clock. Default `performance.now`. */
  readonly clock?: () => number;
}

/**
 * Trains a session's model to convergence at one lr after another, each from the same initial weights
 * (restored in place) with a fresh optimizer and the same batch sequence, then reads validation accuracy
 * and loss. The session must be opened with `withAccuracy: true`.
 */
export function createTfjsConvergenceTrainer(opened: OpenedSession, options: TfjsConvergenceOptions = {}): ConvergenceTrainer {
  const { session, definition } = opened;
  const clock = options.clock ?? (() => performance.now());
  const perEpoch = (): number => {
    if (options.stepsPerEpoch !== undefined) return options.stepsPerEpoch;
    const n = opened.trainExamples();
    if (n === null) throw new ConfigError(messages.needsStepsPerEpoch(definition.file));
    return Math.max(1, Math.floor(n / Math.min(definition.config.batchSize, n)));
  };
  return {
    async train(lr: number, request: ConvergenceRequest): Promise<ConvergenceOutcome> {
      const started = clock();
      const steps = request.epochs * perEpoch();
      session.restore();
      const optimizer = session.createOptimizer(lr);
      let diverged = false;
      let stepsRun = steps;
      try {
        const trained = await session.train(optimizer, steps, (loss) => !Number.isFinite(loss));
        diverged = trained.stopped;
        stepsRun = trained.stepsRun;
      } finally {
        session.disposeOptimizer(optimizer);
      }
      const evaluation = await session.evaluate();
      session.restore();
      const key = Object.keys(evaluation.metrics).find((k) => /^acc/.test(k) || /accuracy$/i.test(k));
      if (key === undefined) throw new ConfigError(messages.noAccuracyMetric(definition.file, Object.keys(evaluation.metrics)));
      const accuracy = evaluation.metrics[key] as number;
      const epochsRun = Math.ceil(stepsRun / perEpoch());
      return {
        accuracy: Number.isFinite(accuracy) ? accuracy : null,
        loss: Number.isFinite(evaluation.loss) ? evaluation.loss : null,
        epochs: epochsRun,
        diverged: diverged || !Number.isFinite(evaluation.loss),
        ms: clock() - started,
      };
    },
  };
}
