import type { Point } from './prepare.js';

/** How far above L(0) a loss may sit before it is clipped, as a fraction of the loss drop. */
export const CEILING_FRACTION = 0.5;

/**
 * The loss ceiling for the fit: L(0) + max(0.5 · drop, 5 % of |L(0)|), where drop = L(0) minus the
 * lowest sampled loss. Without L(0), the loss at the smallest lr stands in for it.
 *
 * Why clip: past the minimum, training blows up and finite losses can be 10–1000× L(0). A spline
 * (a least-squares fit) would bend its whole right half to follow them, moving the minimum and
 * ringing into the descent. Clipped samples still say "the loss is high here", which is all the
 * window needs from the blow-up region, and they leave the descent and the minimum untouched.
 */
export function lossCeiling(points: readonly Point[], lossAtZero: number | null): number {
  const top = lossAtZero ?? points[0]!.y;
  const lowest = Math.min(...points.map((p) => p.y));
  const drop = Math.max(0, top - lowest);
  return top + Math.max(CEILING_FRACTION * drop, 0.05 * Math.abs(top), Number.MIN_VALUE);
}

/** Points with losses above `ceiling` set to `ceiling`. */
export function clipPoints(points: readonly Point[], ceiling: number): Point[] {
  return points.map((p) => (p.y > ceiling ? { ...p, y: ceiling } : p));
}
