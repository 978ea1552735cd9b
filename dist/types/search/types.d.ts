import type { Method, PaperMethod } from '../analysis/types.js';
/**
 * The picks results.json carries: one learning rate per method. The paper's three are always there; a method
 * added since (`basin`) is written by every search but may be absent from a file written before it existed.
 */
export type MethodPicks = Readonly<Record<PaperMethod, number>> & Readonly<Partial<Record<Exclude<Method, PaperMethod>, number>>>;
/** What one trial reports back. */
export interface TrialOutcome {
    /** Validation loss after the trial; NaN or ±Infinity when it diverged. */
    readonly loss: number;
    /** True when training blew up (non-finite or far above L(0)); `loss` is then not used in the fit. */
    readonly diverged: boolean;
    /** Optional time split, milliseconds, for benchmarks. */
    readonly timing?: TrialTiming;
    /** True when the outcome was answered from the trial cache (no trial ran), false when a trial ran; absent without a cache. */
    readonly cached?: boolean;
}
/** Where a trial's time went, milliseconds. */
export interface TrialTiming {
    readonly trainMs: number;
    readonly evalMs: number;
    readonly resetMs: number;
}
/** How one trial is asked for. */
export interface TrialRequest {
    /** Number of training steps (batches). The search passes 0 for the lr = 0 trial; runners just obey it. */
    readonly steps: number;
    /** Seed for weights and data order: the same seed gives the same start and the same batches. */
    readonly seed: number;
    /** Aborts the trial: the runner ends it at once and rejects with `signal.reason` (an `InterruptedError`). Default: never aborted. */
    readonly signal?: AbortSignal;
}
/**
 * A way to run one trial: train `steps` steps at `lr` from the same initial weights and data order,
 * then evaluate on the validation set. Implementations: a shell command, TensorFlow.js in-process.
 */
export interface TrialRunner {
    run(lr: number, request: TrialRequest): Promise<TrialOutcome>;
    /** Release resources (tensors, processes): end everything gracefully and wait. Optional. */
    close?(): Promise<void>;
    /** SIGKILL every process group the runner owns now (a second Ctrl-C). Optional. */
    kill?(): void;
}
/** One recorded trial, as written to results.json. */
export interface TrialRecord {
    readonly lr: number;
    /** Validation loss; null when the trial diverged. */
    readonly loss: number | null;
    readonly diverged: boolean;
    /** 0 for the coarse grid (and lr = 0), 1.. for refinement rounds. */
    readonly round: number;
    /** True when the trial cache answered it (no trial ran), false when it ran; absent without a cache (written as false). */
    readonly cached?: boolean;
}
/** Everything that shapes a search. Written to results.json as `settings`. */
export interface SearchSettings {
    /** Smallest lr of the coarse grid. Default 1e-7. */
    readonly startLr: number;
    /** Largest lr of the coarse grid. Default 10. */
    readonly endLr: number;
    /** Coarse grid spacing, decades. Default 0.5. */
    readonly coarseStep: number;
    /** Stop refining a point of interest once samples bracket it closer than this, decades. Default 0.05. */
    readonly threshold: number;
    /** Hard cap on trials, including lr = 0. Default 60. */
    readonly maxTrials: number;
    /** Training steps per trial. Default 20. */
    readonly steps: number;
    /** Seed for weights and data order. Default 0. */
    readonly seed: number;
    /** Trials run at once. Default 1. */
    readonly parallel: number;
    /** Method whose pick becomes `selectedLr`. Default 'midpoint'. */
    readonly method: Method;
    /** Never search past startLr..endLr, even when the window lies beyond an edge. Default false. */
    readonly strictRange: boolean;
}
/** Where a setting's value came from: an explicit CLI flag, an explicit action input, the model definition, or the built-in default. */
export type SettingOrigin = 'flag' | 'input' | 'model-definition' | 'default';
/** Each setting's origin, written to results.json as `settingsSource`. */
export type SettingsSource = Readonly<Record<keyof SearchSettings, SettingOrigin>>;
/** One progress event per finished trial. */
export interface TrialProgress {
    /** 1-based index of this trial. */
    readonly index: number;
    /** Trials planned so far (grows as refinement rounds are planned; never above maxTrials). */
    readonly planned: number;
    readonly maxTrials: number;
    readonly lr: number;
    readonly loss: number;
    readonly diverged: boolean;
    readonly round: number;
    /** Milliseconds since the search started, from the injected clock. */
    readonly elapsedMs: number;
    /** Milliseconds the runner took for this trial, from the injected clock (a fresh worker's start-up included). */
    readonly trialMs: number;
}
/** Receives progress; the CLI draws a bar or prints lines, tests collect events. */
export type ProgressSink = (event: TrialProgress) => void;
/** Milliseconds from an arbitrary origin; `performance.now` in production, a fake in tests. */
export type Clock = () => number;
/**
 * The results.json document: exactly these top-level keys, which later tools and users rely on.
 * Picks and window are null (with `reason` set) when there is no viable window.
 */
export interface SweepResult {
    readonly minLr: number | null;
    readonly maxLr: number | null;
    readonly picks: MethodPicks | null;
    readonly method: Method;
    /** The pick of `method`, or null with no window. */
    readonly selectedLr: number | null;
    readonly lossAtZero: number | null;
    /** Trials run, including lr = 0. */
    readonly trials: number;
    /** Null, or why there is no window (one sentence with what to change). */
    readonly reason: string | null;
    readonly samples: readonly TrialRecord[];
    readonly settings: SearchSettings;
    /** Null, or the range actually searched when the search went past startLr..endLr (see `extendedRange`). */
    readonly extended?: ExtendedRange | null;
    /** Why some answers are less precise than asked (see `precisionWarnings`); absent or empty when none. */
    readonly warnings?: readonly SearchWarning[];
}
/** The range a search actually covered, when range extension went past the one asked for. */
export interface ExtendedRange {
    readonly startLr: number;
    readonly endLr: number;
}
/** A neutral warning: a stable code for tools, a sentence (which names settings by key) for people. */
export interface SearchWarning {
    readonly code: 'max-trials-imprecise';
    readonly message: string;
}
