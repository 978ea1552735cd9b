import { type CubicSpline } from './spline.js';
import type { FittedCurve, NoWindow } from './types.js';
/** A loss drop is meaningful when it exceeds both this fraction of |L(0)| and NOISE_MULTIPLE · σ̂. */
export declare const MIN_DROP_FRACTION = 0.01;
/** See {@link MIN_DROP_FRACTION}. */
export declare const NOISE_MULTIPLE = 3;
/** Points of interest in x = log10(lr). */
export interface WindowPoints {
    readonly minX: number;
    readonly maxX: number;
    readonly halfX: number;
    readonly steepestX: number;
    /** Lower edge of the loss basin left of maxX (see `basinEdgeX`, default fraction). */
    readonly basinX: number;
    /** The dense curve minX and steepestX were read from: the `derivativeFit`'s. */
    readonly derivatives: FittedCurve;
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
    /** The fit the knee and the steepest slope are read from, given halfLoss's x (`spline` and `curve` themselves when they will do). */
    readonly derivativeFit: (upToX: number) => {
        spline: CubicSpline;
        curve: FittedCurve;
    };
}
/** Grid index of the fitted minimum, and that minimum refined on the spline. */
export declare function locateMinimum(spline: CubicSpline, curve: FittedCurve): {
    index: number;
    x: number;
};
/**
 * Finds maxLr (fitted minimum), halfLoss (crossing of (L(0) + L(maxLr))/2 nearest the minimum, on
 * its left), minLr (curvature minimum left of halfLoss, per the paper's footnote), the basin's lower
 * edge (see `basinEdgeX`) and the steepest descent between minLr and that edge (not on the basin
 * floor, whose scatter can ripple the fit), all in x; or the reason there is no window. minLr and
 * steepest are read off the `derivativeFit`.
 */
export declare function findWindow(input: WindowInput): WindowPoints | NoWindow;
