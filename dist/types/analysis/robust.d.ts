import type { Point } from './prepare.js';
/** The points the spline is fitted to, and where the blow-up begins. */
export interface RobustPoints {
    /** Points up to (not including) the blow-up, losses clipped at the ceiling. */
    readonly points: readonly Point[];
    /** x of the first point past the lowest loss whose loss exceeds L(0) (+1 %), or null: it bounds the window like a divergence. */
    readonly blownUpFrom: number | null;
}
/**
 * Makes the fit robust to the blow-up region and to outliers.
 *
 * Past the minimum, training blows up and finite losses can be 10–1000× L(0). A spline (a
 * least-squares fit) bends its whole right half to follow them, and even clipped values make a jump
 * that GCV reads as noise, smoothing away the minimum. So every point from the first one past the
 * lowest loss whose loss exceeds L(0) by 1 % of |L(0)| is left out of the fit and treated like a diverged trial:
 * "the loss is back above where it started" is all the window needs from that region, and the rise
 * from the minimum up to L(0) stays in the fit. Any remaining loss above L(0) + 0.5 · drop (an
 * outlier, e.g. on the plateau) is clipped there. Without L(0) the loss at the smallest lr stands in.
 */
export declare function robustPoints(points: readonly Point[], lossAtZero: number | null): RobustPoints;
