import type { BaselineResult, RangeStep } from '../baselines/types.js';
/** Everything that shapes a range test. Written to range-test.json as `settings`. */
export interface RangeTestSettings {
    /** Learning rate of the first step. Default 1e-7 (fastai `start_lr`). */
    readonly startLr: number;
    /** The rate the schedule grows toward; step i uses startLr·(endLr/startLr)^(i/numIt). Default 10 (fastai `end_lr`). */
    readonly endLr: number;
    /** Training steps, one batch each. Default 100 (fastai `num_it`). */
    readonly numIt: number;
    /** Smoothing weight of the moving average. Default 0.98. */
    readonly beta: number;
    /** Stop once the smoothed loss exceeds this multiple of its best. Default 4. */
    readonly stopFactor: number;
    /** Seed for the initial weights and the batch order. Default 0. */
    readonly seed: number;
}
/** Trains one continuous run, one batch per call, never resetting in between. Tests pass fakes. */
export interface StepTrainer {
    /** Sets the optimizer's learning rate to `lr`, trains on the next batch and returns its training loss. */
    step(lr: number): Promise<number>;
    /** Release resources. Optional. */
    close?(): Promise<void>;
}
/** The range-test.json document. */
export interface RangeTestResult {
    readonly settings: RangeTestSettings;
    /** One entry per step run, in order. */
    readonly steps: readonly RangeStep[];
    /** Why the run ended: all `numIt` steps, the smoothed loss passed stopFactor × best, or a non-finite loss. */
    readonly stopReason: 'completed' | 'diverged' | 'non-finite';
    /** The baseline suggestions, in BASELINE_METHODS order. */
    readonly suggestions: readonly BaselineResult[];
    /** Wall time of the run, milliseconds. */
    readonly elapsedMs: number;
}
