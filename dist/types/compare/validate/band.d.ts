import type { AccuracyBand, GridPoint } from './types.js';
/**
 * The band of good learning rates: starting at the grid point with the best final accuracy, extend left
 * and right over neighbours whose accuracy is within `points` of it. Grid points without an accuracy end
 * the band. Null when no grid point has an accuracy.
 */
export declare function accuracyBand(grid: readonly GridPoint[], points?: number): AccuracyBand | null;
/** True when `lr` lies inside the band, ends included (relative slack 1e-9 for float round-trips). */
export declare function insideBand(lr: number, band: AccuracyBand): boolean;
