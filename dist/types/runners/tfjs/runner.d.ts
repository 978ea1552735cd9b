import type { Clock, TrialOutcome, TrialRequest, TrialRunner, TrialTiming } from '../../search/types.js';
import type { TrainingSession } from './session.js';
/** Default multiple of L(0) above which a trial's training loss counts as diverged. */
export declare const DEFAULT_DIVERGE_FACTOR = 4;
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
export declare function probeSession(session: TrainingSession, file: string): Promise<number>;
/**
 * The TrialRunner over a {@link TrainingSession}: every trial restores the initial weights in place, trains on
 * the same batches with a fresh optimizer (disposed after), stops early when the loss blows up, and evaluates.
 * Trials run one at a time even when the search asks for several at once (they share one model).
 */
export declare class TfjsTrialRunner implements TrialRunner {
    private readonly options;
    private session;
    /** The untrained model's evaluation for the current seed: L(0), reused by the lr = 0 trial. */
    private untrained;
    private queue;
    private closed;
    private readonly divergeFactor;
    private readonly clock;
    constructor(options: TfjsTrialRunnerOptions);
    /** Runs one trial at `lr` (lr = 0: evaluates the untrained model, giving L(0)). */
    run(lr: number, request: TrialRequest): Promise<TfjsTrialOutcome>;
    /** Disposes the session (model, optimizer-free snapshot, data). The runner cannot be used afterwards. */
    close(): Promise<void>;
    private sessionFor;
    private runNow;
}
