import { type Curve } from './curve.js';
import type { Suggestion } from './types.js';
/** Options for {@link fastaiSlide}; defaults are fastai's. */
export interface SlideOptions {
    /** Window width, points. Default 15. */
    readonly lrDiff?: number;
    /** Largest difference of the loss gradients (per point) at the window's ends that counts as agreement. Default 0.005. */
    readonly thresh?: number;
    /** Factor applied to the found lr. Default 1. */
    readonly adjustValue?: number;
}
/**
 * fastai `slide` (the interval slide rule): gradients of the smoothed loss against the point index
 * (`np.gradient(losses)`); a window of `lrDiff` points starts at the right end and slides left while
 * its end gradients differ by more than `thresh`. The pick is the lr at the window's left end one step
 * before it stopped (fastai records it before moving), times `adjustValue`; if the window runs off the
 * left end, the first lr. Null with fewer than lrDiff + 1 points (fastai raises an IndexError there).
 */
export declare function fastaiSlide(curve: Curve, options?: SlideOptions): Suggestion | null;
