import type { AccuracyBand, GridPoint } from './types.js';

/** The paper's claim's tolerance: within 1 accuracy point of the best grid accuracy. */
const DEFAULT_BAND_POINTS = 0.01;

/**
 * The band of good learning rates: starting at the grid point with the best final accuracy, extend left
 * and right over neighbours whose accuracy is within `points` of it. Grid points without an accuracy end
 * the band. Null when no grid point has an accuracy.
 */
export function accuracyBand(grid: readonly GridPoint[], points = DEFAULT_BAND_POINTS): AccuracyBand | null {
  const sorted = [...grid].sort((a, b) => a.lr - b.lr);
  let best = -1;
  sorted.forEach((g, i) => {
    if (g.accuracy !== null && (best === -1 || g.accuracy > (sorted[best]?.accuracy as number))) best = i;
  });
  if (best === -1) return null;
  const bestAccuracy = sorted[best]?.accuracy as number;
  const good = (i: number): boolean => {
    const a = sorted[i]?.accuracy;
    return a !== null && a !== undefined && a >= bestAccuracy - points - 1e-12;
  };
  let lo = best;
  while (lo > 0 && good(lo - 1)) lo -= 1;
  let hi = best;
  while (hi < sorted.length - 1 && good(hi + 1)) hi += 1;
  return {
    bestLr: sorted[best]?.lr as number,
    bestAccuracy,
    points,
    loLr: sorted[lo]?.lr as number,
    hiLr: sorted[hi]?.lr as number,
  };
}

/** True when `lr` lies inside the band, ends included (relative slack 1e-9 for float round-trips). */
export function insideBand(lr: number, band: AccuracyBand): boolean {
  return lr >= band.loLr * (1 - 1e-9) && lr <= band.hiLr * (1 + 1e-9);
}
