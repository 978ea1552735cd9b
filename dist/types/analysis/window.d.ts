import { type CubicSpline } from './spline.js';
import type { FittedCurve, NoWindow } from './types.js';
/** A loss drop is meaningful when it exceeds both this fraction of |L(0)| and NOISE_MULTIPLE · σ̂. */
export declare const MIN_DROP_FRACTION = 0.01;
/** See {@link MIN_DROP_FRACTION}. */
export declare const NOISE_MULTIPLE = 3;
/** The fit at the smallest lr may sit at most this fraction of the drop below L(0) (still on the plateau). */
export declare const PLATEAU_FRACTION = 0.25;
/** Points of interest in x = log10(lr). */
export interface WindowPoints {
    readonly minX: number;
    readonly maxX: number;
    readonly halfX: number;
    readonly steepestX: number;
    /** Lower edge of the loss basin left of maxX (see `basinEdgeX`, default fraction). */
    readonly basinX: number;
}
/** What the window search needs. */
export interface WindowInput {
    readonly spline: CubicSpline;
    readonly curve: FittedCurve;
    readonly lossAtZero: number;
    /** Residual noise of the fit, loss units. */
    readonly sigma: number;
    /** True when some trial diverged at an lr above the largest finite one. */
    readonly divergedAbove: boolean;
}
/** Grid index of the fitted minimum, and that minimum refined on the spline. */
export declare function locateMinimum(spline: CubicSpline, curve: FittedCurve): {
    index: number;
    x: number;
};
/**
 * Finds maxLr (fitted minimum), halfLoss (crossing of (L(0) + L(maxLr))/2 nearest the minimum, on
 * its left), minLr (curvature minimum left of halfLoss, per the paper's footnote), the steepest
 * descent in [minLr, maxLr] and the basin's lower edge, all in x; or the reason there is no window.
 */
export declare function findWindow(input: WindowInput): WindowPoints | NoWindow;
/**
 * A cubic spline's y'' is piecewise linear, so its curvature minimum always falls on a knot. The
 * vertex of the parabola through the curvature at the nearest knot and its two neighbours is a
 * second-order estimate of where the underlying smooth curve bends most; null when the knot has no
 * two neighbours or the parabola is not convex (then the knot itself stands).
 */
export declare function knotVertex(spline: CubicSpline, near: number): number | null;
