import { type CubicSpline } from './spline.js';
import type { FittedCurve } from './types.js';
/**
 * How much worse than the loss fit the shape model may fit and still be read: the F statistic of the
 * comparison, ((RSS_shape − RSS_spline) / (edf − 6)) / (RSS_spline / (n − edf)), at most this; about
 * its 90 % point for the usual degrees of freedom (5 and 25).
 */
export declare const SHAPE_F_LIMIT = 2;
/** Fewest fitted points the shape model is tried on: it has 7 parameters. */
export declare const SHAPE_MIN_POINTS = 10;
/**
 * θ of the shape model L(x) = l0 − drop · (1 + ν·e^(−(x − c)/w))^(−1/ν) + e^(a + (x − c)/b), x = log10 lr:
 * [l0, drop, c, ln w, ln ν, a, ln b]. A plateau at l0, a Richards (generalised logistic) descent of
 * depth drop centred near c with width w and asymmetry ν, and an exponential blow-up of width b.
 */
export type ShapeParameters = readonly number[];
/** The shape model's loss at x = log10(lr). */
export declare function shapeLoss(theta: ShapeParameters, x: number): number;
/**
 * The loss at x and its gradient in θ (same order). With z = (x − c)/w, u = ν·e^(−z) and the descent
 * s = (1 + u)^(−1/ν): ∂s/∂z = s·u / (ν(1 + u)), ∂s/∂ln ν = s·(ln(1 + u) − u/(1 + u)) / ν, ∂z/∂c = −1/w,
 * ∂z/∂ln w = −z; the blow-up B = e^(a + (x − c)/b) has ∂B/∂a = B, ∂B/∂c = −B/b, ∂B/∂ln b = −B(x − c)/b.
 */
export declare function shapeLossAndGradient(theta: ShapeParameters, x: number): {
    loss: number;
    gradient: number[];
};
/** What the shape model is fitted to: the loss fit's points, weights and smoothing, and where its window lies. */
export interface ShapeInput {
    readonly x: readonly number[];
    readonly y: readonly number[];
    /** The loss fit's weights (countᵢ / σ̂²(xᵢ), largest 1). */
    readonly weights: readonly number[];
    /** The loss fit's values at x. */
    readonly fitted: readonly number[];
    /** The loss fit's effective degrees of freedom. */
    readonly edf: number;
    readonly lossAtZero: number;
    /** The loss fit's window (starting values): knee, half-loss point, minimum, and the fitted minimum loss. */
    readonly minX: number;
    readonly halfX: number;
    readonly maxX: number;
    readonly lowest: number;
}
/** An accepted shape fit: its parameters and the interpolating spline of its curve over the fitted points. */
export interface ShapeFit {
    readonly theta: ShapeParameters;
    readonly spline: CubicSpline;
    readonly curve: FittedCurve;
}
/**
 * Fits the shape model by weighted least squares (Levenberg-Marquardt from 9 starts, the best 3 of them
 * to convergence) and returns it
 * when it fits the points about as well as the loss fit (see {@link SHAPE_F_LIMIT}) and has a
 * descent (drop > 0); otherwise null, and the loss fit stands.
 *
 * Why: a smoothing spline assumes nothing about the curve's shape, and pays for it under noise. With
 * 1-3 % noise its knee and minimum read 0.2-0.3 decades off at p90, and a dense grid does no better
 * (the estimator, not the sampling, is the limit). A curve with a plateau, one descent and a blow-up
 * has 7 numbers; fitted to all the points at once, each point of interest is pinned by the whole
 * curve rather than by a few neighbours. Where the curve has another shape (two descents, a blow-up
 * that is not exponential, a bump) the model fits worse than the spline beyond the noise and is not
 * read. L(0) enters as one more point of the plateau.
 */
export declare function fitShape(input: ShapeInput): ShapeFit | null;
