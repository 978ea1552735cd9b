import type { Point } from './prepare.js';

/** How far above L(0) a loss left of the blow-up may sit before it is clipped, as a fraction of the loss drop. */
const CEILING_FRACTION = 0.5;

/** A loss counts as blown up past the minimum once it exceeds L(0) by this fraction of |L(0)|. */
const BLOW_UP_MARGIN = 0.01;
/** Never trim the blow-up region below this many points. */
const MIN_FIT_POINTS = 4;

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
export function robustPoints(points: readonly Point[], lossAtZero: number | null): RobustPoints {
  const top = lossAtZero ?? points[0]!.y;
  let lowest = 0;
  points.forEach((p, i) => {
    if (p.y < points[lowest]!.y) lowest = i;
  });
  const blowUpLevel = top + BLOW_UP_MARGIN * Math.abs(top);
  let end = points.length;
  for (let i = lowest + 1; i < points.length; i += 1) {
    if (points[i]!.y > blowUpLevel) {
      end = i;
      break;
    }
  }
  // Too little left to fit (e.g. a flat, noisy curve): fit everything, clipped, and let the window say why.
  if (end < MIN_FIT_POINTS) end = points.length;
  const drop = Math.max(0, top - points[lowest]!.y);
  const ceiling = top + Math.max(CEILING_FRACTION * drop, 0.05 * Math.abs(top), Number.MIN_VALUE);
  return {
    points: points.slice(0, end).map((p) => (p.y > ceiling ? { ...p, y: ceiling } : p)),
    blownUpFrom: end < points.length ? points[end]!.x : null,
  };
}
