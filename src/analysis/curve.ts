import { evaluateSpline, type CubicSpline } from './spline.js';
import type { FittedCurve } from './types.js';

/** Largest spacing of the dense evaluation grid, decades. */
const GRID_STEP = 0.005;

/** Curvature of a graph y(x): k = y'' / (1 + y'²)^(3/2) (the paper's equation 1). */
function curvature(dy: number, d2y: number): number {
  return d2y / (1 + dy * dy) ** 1.5;
}

/** Curvature of the spline at x. */
export function curvatureAt(spline: CubicSpline, x: number): number {
  const p = evaluateSpline(spline, x);
  return curvature(p.dy, p.d2y);
}

/**
 * Evaluates the spline on a uniform grid spanning its knots, at most {@link GRID_STEP} decades apart
 * (and at least 201 points), with value, slope, second derivative and curvature at each point.
 */
export function denseCurve(spline: CubicSpline): FittedCurve {
  const first = spline.x[0]!;
  const last = spline.x[spline.x.length - 1]!;
  const count = Math.max(201, Math.ceil((last - first) / GRID_STEP) + 1);
  const x: number[] = [];
  const y: number[] = [];
  const dy: number[] = [];
  const d2y: number[] = [];
  const k: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const xi = i === count - 1 ? last : first + ((last - first) * i) / (count - 1);
    const p = evaluateSpline(spline, xi);
    x.push(xi);
    y.push(p.y);
    dy.push(p.dy);
    d2y.push(p.d2y);
    k.push(curvature(p.dy, p.d2y));
  }
  return { x, y, dy, d2y, curvature: k };
}
