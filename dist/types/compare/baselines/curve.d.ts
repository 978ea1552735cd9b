import type { RangeStep } from './types.js';
/** A range-test curve as the suggestion rules read it: parallel arrays, lr ascending. */
export interface Curve {
    readonly lrs: readonly number[];
    /** Smoothed losses. */
    readonly losses: readonly number[];
}
/** Options for {@link fastaiCurve}. */
export interface FastaiCurveOptions {
    /** Steps requested for the range test (fastai `num_it`); the first ⌊numIt/10⌋ points are skipped. */
    readonly numIt: number;
    /** Points dropped from the end (fastai's `[:-5]`). Default 5. */
    readonly skipEnd?: number;
}
/**
 * The curve fastai's suggestion functions see: `recorder.lrs[num_it//10:-5]` of the smoothed losses,
 * cut before the first non-finite loss. fastai cuts at the first NaN only; an infinite smoothed loss
 * is cut as well, since no rule can use it.
 */
export declare function fastaiCurve(steps: readonly RangeStep[], options: FastaiCurveOptions): Curve;
/** Index of the smallest value (the first one on ties, like `argmin`); -1 for an empty array. */
export declare function argmin(values: readonly number[]): number;
/**
 * Loss of `curve` at `lr`, linearly interpolated in log10 lr (numpy `interp` semantics: clamped at
 * the ends). NaN for an empty curve.
 */
export declare function lossAt(curve: Curve, lr: number): number;
