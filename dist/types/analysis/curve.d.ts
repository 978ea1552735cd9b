import { type CubicSpline } from './spline.js';
import type { FittedCurve } from './types.js';
/** Largest spacing of the dense evaluation grid, decades. */
export declare const GRID_STEP = 0.005;
/** Curvature of a graph y(x): k = y'' / (1 + y'²)^(3/2) (the paper's equation 1). */
export declare function curvature(dy: number, d2y: number): number;
/** Curvature of the spline at x. */
export declare function curvatureAt(spline: CubicSpline, x: number): number;
/**
 * Evaluates the spline on a uniform grid spanning its knots, at most {@link GRID_STEP} decades apart
 * (and at least 201 points), with value, slope, second derivative and curvature at each point.
 */
export declare function denseCurve(spline: CubicSpline): FittedCurve;
