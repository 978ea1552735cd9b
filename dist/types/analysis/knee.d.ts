import { type CubicSpline } from './spline.js';
import type { FittedCurve } from './types.js';
/** The knee must be deeper than this many standard errors of the fitted curvature anywhere left of halfLoss. */
export declare const KNEE_SIGNIFICANCE = 3;
/** What the knee's fit needs from the loss fit (see `smoothFit`) besides its spline: its points' losses, weights and smoothing, and the pilot's residuals. */
export interface KneeData {
    /** The losses the loss fit was fitted to, one per knot (duplicates averaged). */
    readonly y: readonly number[];
    /** Trials averaged into each point. */
    readonly counts: readonly number[];
    /** Weights and alpha of the loss fit. */
    readonly weights: readonly number[];
    readonly alpha: number;
    /** Residuals of the unweighted plain-GCV pilot fit, and their Var(rᵢ)/σ² (see `residualVariance`). */
    readonly pilotResiduals: readonly number[];
    readonly pilotSpread: readonly number[];
}
/** The fit the knee is read from, and how much more it is smoothed than the loss fit (1: not at all). */
export interface KneeFit {
    readonly spline: CubicSpline;
    readonly curve: FittedCurve;
    readonly factor: number;
}
/**
 * The fit the knee (minLr, the curvature minimum left of halfLoss) and the steepest slope are read
 * from: the loss fit itself (`fit`) unless the noise left of halfLoss makes its curvature unreadable;
 * then the least smoothed fit of the ladder alpha × 2, × 4, … × 2^13 whose curvature minimum there is
 * deeper than {@link KNEE_SIGNIFICANCE} standard errors of its curvature at every knot of that region.
 *
 * Why: GCV chooses the smoothing for the loss, and the curvature is a second derivative, whose noise
 * that smoothing leaves large. On a dense noisy grid (161 trials 0.05 decade apart, 1-3 % noise) the
 * loss fit's curvature is mostly wiggles and its minimum lands on one, minLr up to 4 decades early;
 * its slope wiggles less, but enough to move steepest (p90 0.24-0.32 decades there, 0.11-0.13 on
 * this fit).
 *
 * The standard errors: the knot second derivatives are linear in y (see `secondDerivativeVariances`),
 * with Var(yⱼ) = σ² / countⱼ and σ² the noise of the region itself, Σ rᵢ² / Σ Var(rᵢ)/σ² over the
 * pilot residuals of the points left of `upToX` (the ratio estimator of `localNoise`); the slope is
 * taken as exact, so SE(k) = SE(y'') / (1 + y'²)^(3/2). Exact trials, and trials that scatter only near
 * instability, measure σ ≈ 0 there: the loss fit stands and noise-free picks do not change. Without a
 * negative curvature left of `upToX`, or when no step of the ladder qualifies, the loss fit stands too.
 */
export declare function kneeFit(data: KneeData, fit: {
    readonly spline: CubicSpline;
    readonly curve: FittedCurve;
}, upToX: number): KneeFit;
