import { ConfigError, TrialError, UsageError } from '../../errors.js';
import type { Clock, TrialOutcome, TrialRequest, TrialRunner, TrialTiming } from '../../search/types.js';
import { missingKernels } from './backend.js';
import { reasonOf } from './definition.js';
import { messages } from './messages.js';
import type { TrainingSession } from './session.js';

/** Default multiple of L(0) above which a trial's training loss counts as diverged. */
export const DEFAULT_DIVERGE_FACTOR = 4;

/** A TensorFlow.js trial's outcome: the search's fields plus what benchmarks and tests look at. */
export interface TfjsTrialOutcome extends TrialOutcome {
  /** Always present for this runner. */
  readonly timing: TrialTiming;
  /** Training steps actually run: `steps`, fewer when the trial diverged early, 0 for lr = 0. */
  readonly stepsRun: number;
  /** Training loss of the last step run (before its update), or null when none ran. */
  readonly trainLoss: number | null;
  /** Validation metrics by tfjs name (e.g. `acc`); empty when none are configured or the trial diverged. */
  readonly metrics: Readonly<Record<string, number>>;
}

/** Options for {@link TfjsTrialRunner}. */
export interface TfjsTrialRunnerOptions {
  /** Opens a session for a seed (build model, load data); used when a request's seed differs from the current one. */
  readonly openSession: (seed: number) => Promise<TrainingSession>;
  /** An already opened and probed session to start with. Default: opened on the first run. */
  readonly session?: TrainingSession;
  /** A trial diverges once its training loss exceeds this multiple of L(0) (when L(0) > 0). Default 4. */
  readonly divergeFactor?: number;
  /** Milliseconds clock for the timing split. Default `performance.now`. */
  readonly clock?: Clock;
}

/**
 * Checks a session end to end before the search: evaluates the untrained model (giving L(0)) and runs one
 * training step with a throwaway optimizer, then restores the weights. Errors from the user's loss or data
 * become ConfigError; missing backend kernels are rethrown as they are, for the backend fallback to read.
 */
export async function probeSession(session: TrainingSession, file: string): Promise<number> {
  try {
    session.restore();
    const { loss } = await session.evaluate();
    if (!Number.isFinite(loss)) throw new ConfigError(messages.lossAtZeroNotFinite(file, loss));
    const optimizer = session.createOptimizer(1e-3);
    try {
      await session.train(optimizer, 1, () => false);
    } finally {
      session.disposeOptimizer(optimizer);
      session.restore();
    }
    return loss;
  } catch (error) {
    if (error instanceof ConfigError || missingKernels(error).length > 0) throw error;
    throw new ConfigError(messages.trainingStepFailed(file, reasonOf(error)));
  }
}

/**
 * The TrialRunner over a {@link TrainingSession}: every trial restores the initial weights in place, trains on
 * the same batches with a fresh optimizer (disposed after), stops early when the loss blows up, and evaluates.
 * Trials run one at a time even when the search asks for several at once (they share one model).
 */
export class TfjsTrialRunner implements TrialRunner {
  private session: TrainingSession | null;
  /** The untrained model's evaluation for the current seed: L(0), reused by the lr = 0 trial. */
  private untrained: { readonly loss: number; readonly metrics: TfjsTrialOutcome['metrics'] } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly divergeFactor: number;
  private readonly clock: Clock;

  constructor(private readonly options: TfjsTrialRunnerOptions) {
    this.session = options.session ?? null;
    this.divergeFactor = options.divergeFactor ?? DEFAULT_DIVERGE_FACTOR;
    this.clock = options.clock ?? (() => performance.now());
  }

  /** Runs one trial at `lr` (lr = 0: evaluates the untrained model, giving L(0)). */
  run(lr: number, request: TrialRequest): Promise<TfjsTrialOutcome> {
    // close() may come from an interrupt while the search still asks for trials: they must not reopen the model.
    if (this.closed) return Promise.reject(new TrialError(messages.runnerClosed(lr), lr));
    const result = this.queue.then(() => this.runNow(lr, request));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Disposes the session (model, optimizer-free snapshot, data). The runner cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    this.session?.dispose();
    this.session = null;
  }

  private async sessionFor(seed: number): Promise<TrainingSession> {
    if (this.session?.seed === seed) return this.session;
    this.session?.dispose();
    this.session = null;
    this.session = await this.options.openSession(seed);
    this.untrained = null;
    return this.session;
  }

  private async runNow(lr: number, { steps, seed }: TrialRequest): Promise<TfjsTrialOutcome> {
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) throw new UsageError(messages.lrInvalid(lr));
    if (!Number.isInteger(steps) || steps < 0) throw new UsageError(messages.stepsInvalid(steps));
    const session = await this.sessionFor(seed);
    const { clock } = this;
    let evalMs = 0;
    let resetMs = 0;
    if (this.untrained === null) {
      const start = clock();
      session.restore();
      this.untrained = await session.evaluate();
      evalMs += clock() - start;
    }
    const untrained = this.untrained;
    const lossAtZero = untrained.loss;
    try {
      if (steps === 0) {
        // Nothing to train: the untrained model's evaluation is the answer, already computed for this seed.
        const timing = { trainMs: 0, evalMs, resetMs };
        const diverged = !Number.isFinite(lossAtZero);
        return { loss: lossAtZero, diverged, stepsRun: 0, trainLoss: null, metrics: untrained.metrics, timing };
      }
      let mark = clock();
      session.restore();
      resetMs += clock() - mark;
      mark = clock();
      const optimizer = session.createOptimizer(lr);
      resetMs += clock() - mark;
      const trainStart = clock();
      let trainEnd = trainStart;
      let trained;
      try {
        const limit = lossAtZero > 0 ? this.divergeFactor * lossAtZero : Number.POSITIVE_INFINITY;
        trained = await session.train(optimizer, steps, (loss) => !Number.isFinite(loss) || loss > limit);
      } finally {
        trainEnd = clock();
        session.disposeOptimizer(optimizer);
        resetMs += clock() - trainEnd;
      }
      const trainMs = trainEnd - trainStart;
      if (trained.stopped) {
        const loss = Number.isNaN(trained.lastLoss) ? Number.NaN : Number.POSITIVE_INFINITY;
        const timing = { trainMs, evalMs, resetMs };
        return { loss, diverged: true, stepsRun: trained.stepsRun, trainLoss: trained.lastLoss, metrics: {}, timing };
      }
      mark = clock();
      const evaluation = await session.evaluate();
      evalMs += clock() - mark;
      return {
        loss: evaluation.loss,
        diverged: !Number.isFinite(evaluation.loss),
        stepsRun: trained.stepsRun,
        trainLoss: trained.lastLoss,
        metrics: evaluation.metrics,
        timing: { trainMs, evalMs, resetMs },
      };
    } catch (error) {
      if (error instanceof ConfigError || error instanceof UsageError || error instanceof TrialError) throw error;
      throw new TrialError(messages.trialFailed(lr, reasonOf(error)), lr);
    }
  }
}
