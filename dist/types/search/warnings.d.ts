/**
 * Warnings about a finished search, pure: when `maxTrials` ran out before the points of interest
 * were located to `threshold`, which ones are less precise and by how much. Neutral: codes for
 * tools, messages that name settings by their key (`maxTrials`); each edge words them its own way.
 */
import type { Analysis, Sample } from '../analysis/types.js';
import { type PointOfInterest } from './planner.js';
import type { SearchSettings, SearchWarning } from './types.js';
/** A point of interest known less precisely than the threshold: the width of the sampled gap around it, decades. */
export interface ImprecisePoint extends PointOfInterest {
    readonly bracket: number;
}
/**
 * The points of interest of `analysis` (minLr, maxLr, halfLoss, steepest) the planner would still
 * refine (see `openPoints`: not bracketed closer than `settings.threshold`, not noise-limited), in
 * its priority order for `settings.method`, with the width of the gap around each.
 */
export declare function imprecisePoints(samples: readonly Sample[], analysis: Analysis, settings: Pick<SearchSettings, 'method' | 'threshold'>): ImprecisePoint[];
/**
 * Warnings for results.json `warnings`: one `max-trials-imprecise` warning when the search used all
 * `maxTrials` trials and some points of interest are still bracketed wider than `threshold`
 * (see {@link imprecisePoints}); [] otherwise (including when there is no window: the reason says why).
 */
export declare function precisionWarnings(samples: readonly Sample[], analysis: Analysis, settings: Pick<SearchSettings, 'method' | 'threshold' | 'maxTrials'>): SearchWarning[];
/** The sentence of a `max-trials-imprecise` warning; settings are named by key. */
export declare function maxTrialsImprecise(maxTrials: number, threshold: number, points: readonly ImprecisePoint[]): string;
