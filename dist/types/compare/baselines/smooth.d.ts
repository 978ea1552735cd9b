/** Options for {@link createLossSmoother} and {@link smoothLosses}. */
export interface SmootherOptions {
    /** Weight of the past in the moving average, 0 ≤ beta < 1. Default 0.98 (fastai and Lightning). */
    readonly beta?: number;
    /** Stop once the smoothed loss exceeds this multiple of its best so far. Default 4 (fastai `stop_div`). */
    readonly stopFactor?: number;
}
/** What {@link LossSmoother.add} returns for one step. */
export interface SmoothedStep {
    /** Bias-corrected moving average including this step's loss. */
    readonly smoothed: number;
    /** True when the run should stop after this step: smoothed > stopFactor × best, or not finite. */
    readonly stop: boolean;
}
/** Incremental smoother and divergence check for a range test, fed one raw loss per step. */
export interface LossSmoother {
    add(loss: number): SmoothedStep;
}
/**
 * Creates the fastai-style smoother: avg = beta·avg + (1-beta)·loss, smoothed = avg / (1 - beta^count).
 * Pure state machine, no I/O. A NaN or infinite loss also stops the run: fastai keeps going after a NaN
 * but then truncates the curve at it, so stopping early saves the steps without changing any suggestion.
 */
export declare function createLossSmoother(options?: SmootherOptions): LossSmoother;
/** Smooths a whole series of raw losses (no stopping); NaN in gives NaN from there on, as in fastai. */
export declare function smoothLosses(losses: readonly number[], options?: SmootherOptions): number[];
