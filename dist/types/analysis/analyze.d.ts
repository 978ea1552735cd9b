import { type KneeData } from './knee.js';
import { type CubicSpline } from './spline.js';
import type { Analysis, FittedCurve, Sample } from './types.js';
/** Options for {@link analyze}. */
export interface AnalyzeOptions {
    /** L(0), the untrained model's validation loss. Defaults to the mean loss of the lr = 0 samples. */
    readonly lossAtZero?: number;
    /** Read the window off the shape model when it fits (see `fitShape`); false reads it off the spline fits only (for comparisons). Defaults to true. */
    readonly shapeModel?: boolean;
}
/** Fewest distinct lrs with a finite loss that the fit needs. */
export declare const MIN_FINITE_SAMPLES = 4;
/** The fitted spline, its dense evaluation and the fit's residual noise, or null without enough points. */
export interface SmoothFit {
    readonly spline: CubicSpline;
    readonly curve: FittedCurve;
    /** Residual noise σ̂ of the plain-GCV pilot fit (one global level), loss units. */
    readonly sigma: number;
    /** Local noise σ̂(x) of one trial at each fitted point (the spline's knots), loss units. */
    readonly noise: readonly number[];
    /** Effective degrees of freedom of the fit. */
    readonly edf: number;
    /** Smallest lr past the lowest loss whose finite loss is back above L(0) (left out of the fit), or null. */
    readonly blownUpFrom: number | null;
    /** What the knee's own fit needs (see `kneeFit`). */
    readonly kneeData: KneeData;
}
/**
 * Reads the viable window and the three picks off (lr, loss) samples. Pure; never throws for odd
 * curves (it returns `reason` instead), only for invalid input.
 *
 * Works in x = log10(lr). lr = 0 samples give L(0) (their mean). Non-finite losses are diverged
 * trials: left out of the fit, reported as `divergedFrom`. Duplicate lrs are averaged and weighted
 * by their count. Losses far above L(0) are clipped (see `lossCeiling`). The curve is a cubic
 * smoothing spline weighted by the local noise (see `chooseWeightedSmoothing`: trials scatter more
 * near instability) with smoothing chosen by modified GCV; extrema and crossings are located on a
 * dense grid and refined on the spline. The knee and the steepest slope are read from the same fit
 * unless noise makes its curvature unreadable, then from a smoother one (see `kneeFit`). With that
 * window found, the shape model (plateau, descent, blow-up; see `fitShape`) is fitted to the same
 * points, and when it fits about as well as the spline every point is read off its curve instead.
 *
 * @throws UsageError when an lr is negative or not finite, or `lossAtZero` is not finite.
 * @example
 * const { picks, reason } = analyze([{ lr: 0, loss: 2.3 }, { lr: 1e-4, loss: 2.29 }, ...]);
 */
export declare function analyze(samples: readonly Sample[], options?: AnalyzeOptions): Analysis;
/** {@link analyze}, and its smoothing-spline fit (null when it fitted none; the window may be the shape model's), for the planner. */
export declare function analyzeWithFit(samples: readonly Sample[], options?: AnalyzeOptions): {
    analysis: Analysis;
    smooth: SmoothFit | null;
};
/**
 * The smoothing-spline fit analyze uses (clipped, duplicates averaged, modified GCV), exposed for
 * the planner and benchmarks. Requires at least {@link MIN_FINITE_SAMPLES} distinct finite lrs > 0.
 */
export declare function smoothFit(samples: readonly Sample[], options?: AnalyzeOptions): SmoothFit;
