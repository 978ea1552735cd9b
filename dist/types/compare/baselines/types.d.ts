/** One recorded step of a learning-rate range test (one continuous run, no resets). */
export interface RangeStep {
    /** Learning rate used for this step's update. */
    readonly lr: number;
    /** Raw training loss of this step's batch; NaN or ±Infinity once training blew up. */
    readonly loss: number;
    /** Bias-corrected exponential moving average of `loss` up to this step (what fastai and Lightning plot). */
    readonly smoothed: number;
}
/** The suggestion rules users know from fastai and Lightning, plus the "reset, take the lowest" rule. */
export type BaselineMethod = 'fastaiMinimum' | 'fastaiSteep' | 'fastaiValley' | 'fastaiSlide' | 'lightningSteepest' | 'lowestLoss';
/** Every baseline, in the order reports list them. */
export declare const BASELINE_METHODS: readonly BaselineMethod[];
/** A rule's pick: the suggested lr and the curve point to mark for it. */
export interface Suggestion {
    /** The suggested learning rate. */
    readonly lr: number;
    /** Smoothed loss at the suggested lr (interpolated in log lr), for the marker on the plot. */
    readonly loss: number;
}
/** One baseline's outcome: a suggestion, or the reason it has none (never a made-up number). */
export interface BaselineResult {
    readonly method: BaselineMethod;
    /** The suggested learning rate, or null when the rule has no answer on this curve. */
    readonly lr: number | null;
    /** Marker loss at `lr`, or null. */
    readonly loss: number | null;
    /** Null with a suggestion; otherwise one sentence saying why not and what to change. */
    readonly reason: string | null;
}
