import { type CubicSpline } from './spline.js';
import type { FittedCurve } from './types.js';
/** Curvature of the spline at x. */
export declare function curvatureAt(spline: CubicSpline, x: number): number;
/**
 * Evaluates the spline on a uniform grid spanning its knots, at most {@link GRID_STEP} decades apart
 * (and at least 201 points), with value, slope, second derivative and curvature at each point.
 */
export declare function denseCurve(spline: CubicSpline): FittedCurve;
