import type { Suggestion } from './types.js';
/** The parts of a step-sampling result that {@link lowestLossAfterReset} reads (a `SweepResult` fits). */
export interface SearchCurve {
    /** The fitted curve's minimum, or null with no window. */
    readonly maxLr: number | null;
    readonly samples: readonly {
        readonly lr: number;
        readonly loss: number | null;
        readonly diverged: boolean;
    }[];
}
/**
 * "Reset between trials, take the lowest" (Wittmann): the lr where the step-sampling curve is lowest.
 * That is `maxLr`, the fitted curve's minimum, which is less noisy than the single lowest trial; with no
 * `maxLr` it falls back to the lowest finite trial at lr > 0. Null when there is none.
 */
export declare function lowestLossAfterReset(result: SearchCurve): Suggestion | null;
