import { basinEdgeX } from './basin.js';
import { curvatureAt } from './curve.js';
import { argMin, bisectRoot, goldenMinimum, nearestIndex } from './extrema.js';
import * as messages from './messages.js';
import { evaluateSpline, type CubicSpline } from './spline.js';
import type { FittedCurve, NoWindow } from './types.js';

/** A loss drop is meaningful when it exceeds both this fraction of |L(0)| and NOISE_MULTIPLE · σ̂. */
export const MIN_DROP_FRACTION = 0.01;
/** See {@link MIN_DROP_FRACTION}. */
export const NOISE_MULTIPLE = 3;
/** The fit at the smallest lr may sit at most this fraction of the drop below L(0) (still on the plateau). */
const PLATEAU_FRACTION = 0.25;

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
  readonly derivativeFit: (upToX: number) => { spline: CubicSpline; curve: FittedCurve };
}

/** Grid index of the fitted minimum, and that minimum refined on the spline. */
export function locateMinimum(spline: CubicSpline, curve: FittedCurve): { index: number; x: number } {
  const index = argMin(curve.y);
  const last = curve.x.length - 1;
  if (index === 0 || index === last) return { index, x: curve.x[index]! };
  const x = goldenMinimum((v) => evaluateSpline(spline, v).y, curve.x[index - 1]!, curve.x[index + 1]!);
  return { index, x };
}

/**
 * Finds maxLr (fitted minimum), halfLoss (crossing of (L(0) + L(maxLr))/2 nearest the minimum, on
 * its left), minLr (curvature minimum left of halfLoss, per the paper's footnote), the basin's lower
 * edge (see `basinEdgeX`) and the steepest descent between minLr and that edge (not on the basin
 * floor, whose scatter can ripple the fit), all in x; or the reason there is no window. minLr and
 * steepest are read off the `derivativeFit`.
 */
export function findWindow(input: WindowInput): WindowPoints | NoWindow {
  const { spline, curve, lossAtZero, sigma, divergedAbove } = input;
  const xs = curve.x;
  const last = xs.length - 1;
  const minimum = locateMinimum(spline, curve);
  const lowest = evaluateSpline(spline, minimum.x).y;
  const margin = Math.max(MIN_DROP_FRACTION * Math.abs(lossAtZero), NOISE_MULTIPLE * sigma);
  const drop = lossAtZero - lowest;
  if (!(drop > margin)) {
    return messages.noWindowFrom({ kind: 'no-descent', lossAtZero, lowest, margin });
  }
  if (minimum.index === 0) return messages.noWindowFrom({ kind: 'min-at-start', startLr: 10 ** xs[0]! });
  if (minimum.index === last && !divergedAbove) {
    return messages.noWindowFrom({ kind: 'still-falling', endLr: 10 ** xs[last]! });
  }
  const target = (lossAtZero + lowest) / 2;
  let j = minimum.index;
  while (j >= 0 && curve.y[j]! < target) j -= 1;
  if (j < 0 || lossAtZero - curve.y[0]! > PLATEAU_FRACTION * drop) {
    return messages.noWindowFrom({ kind: 'descent-before-start', startLr: 10 ** xs[0]! });
  }
  const halfX = bisectRoot((v) => evaluateSpline(spline, v).y - target, xs[j]!, Math.min(xs[j + 1]!, minimum.x));
  // Derivatives are noisier than the loss: the knee and steepest are read from a fit smoothed for them.
  const derivatives = input.derivativeFit(halfX);
  const kIndex = argMin(derivatives.curve.curvature, 0, j);
  if (kIndex < 0 || !(derivatives.curve.curvature[kIndex]! < 0) || kIndex === 0) {
    return messages.noWindowFrom({ kind: 'no-knee', halfLossLr: 10 ** halfX });
  }
  const kHi = Math.min(xs[Math.min(kIndex + 1, last)]!, halfX);
  const onSpline = goldenMinimum((v) => curvatureAt(derivatives.spline, v), xs[kIndex - 1]!, Math.max(kHi, xs[kIndex]!));
  const minX = Math.min(halfX, knotVertex(derivatives.spline, onSpline) ?? onSpline);
  const basinX = basinEdgeX(curve, { minX, maxX: minimum.x }, lossAtZero);
  // The steepest descent is looked for on the descent, up to the basin's edge: on the basin floor,
  // where trials near instability scatter, a ripple of the fit can be steeper than the descent.
  const descentEnd = Number.isFinite(basinX) ? basinX : minimum.x;
  let sIndex = -1;
  for (let i = 0; i <= last; i += 1) {
    if (xs[i]! < minX || xs[i]! > descentEnd) continue;
    if (sIndex < 0 || derivatives.curve.dy[i]! < derivatives.curve.dy[sIndex]!) sIndex = i;
  }
  const steepestX =
    sIndex < 0
      ? minX
      : goldenMinimum(
          (v) => evaluateSpline(derivatives.spline, v).dy,
          Math.max(minX, xs[Math.max(sIndex - 1, 0)]!),
          Math.min(descentEnd, xs[Math.min(sIndex + 1, last)]!),
        );
  return { minX, maxX: minimum.x, halfX, steepestX, basinX, derivatives: derivatives.curve };
}

/**
 * A cubic spline's y'' is piecewise linear, so its curvature minimum always falls on a knot. The
 * vertex of the parabola through the curvature at the nearest knot and its two neighbours is a
 * second-order estimate of where the underlying smooth curve bends most; null when the knot has no
 * two neighbours or the parabola is not convex (then the knot itself stands).
 */
function knotVertex(spline: CubicSpline, near: number): number | null {
  const knots = spline.x;
  const j = nearestIndex(knots, near);
  if (j === 0 || j === knots.length - 1) return null;
  const x0 = knots[j - 1]!;
  const x1 = knots[j]!;
  const x2 = knots[j + 1]!;
  const k0 = curvatureAt(spline, x0);
  const k1 = curvatureAt(spline, x1);
  const k2 = curvatureAt(spline, x2);
  const d01 = (k1 - k0) / (x1 - x0);
  const d12 = (k2 - k1) / (x2 - x1);
  const a = (d12 - d01) / (x2 - x0);
  if (!(a > 0)) return null;
  // Newton form p(x) = k0 + d01 (x − x0) + a (x − x0)(x − x1); p'(x) = 0 at the vertex.
  const vertex = (x0 + x1) / 2 - d01 / (2 * a);
  return Math.min(Math.max(vertex, x0), x2);
}
