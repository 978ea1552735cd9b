/**
 * Warnings about a finished search, pure: when `maxTrials` ran out before the points of interest
 * were located to `threshold`, which ones are less precise and by how much. Neutral: codes for
 * tools, messages that name settings by their key (`maxTrials`); each edge words them its own way.
 */
import type { Analysis, Sample } from '../analysis/types.js';

import { bracketWidth, openPoints, sampledX, type PointOfInterest } from './planner.js';
import type { SearchSettings, SearchWarning } from './types.js';
import { displayLr } from '../numbers.js';

/** A point of interest known less precisely than the threshold: the width of the sampled gap around it, decades. */
export interface ImprecisePoint extends PointOfInterest {
  readonly bracket: number;
}

/**
 * The points of interest of `analysis` (minLr, maxLr, halfLoss, steepest) the planner would still
 * refine (see `openPoints`: not bracketed closer than `settings.threshold`, not noise-limited), in
 * its priority order for `settings.method`, with the width of the gap around each.
 */
export function imprecisePoints(samples: readonly Sample[], analysis: Analysis, settings: Pick<SearchSettings, 'method' | 'threshold'>): ImprecisePoint[] {
  const sampled = sampledX(samples);
  return openPoints(samples, analysis, settings)
    .filter((p) => p.name !== 'divergence')
    .map((p) => ({ ...p, bracket: bracketWidth(sampled, p.x) }));
}

/**
 * Warnings for results.json `warnings`: one `max-trials-imprecise` warning when the search used all
 * `maxTrials` trials and some points of interest are still bracketed wider than `threshold`
 * (see {@link imprecisePoints}); [] otherwise (including when there is no window: the reason says why).
 */
export function precisionWarnings(samples: readonly Sample[], analysis: Analysis, settings: Pick<SearchSettings, 'method' | 'threshold' | 'maxTrials'>): SearchWarning[] {
  if (samples.length < settings.maxTrials) return [];
  const points = imprecisePoints(samples, analysis, settings);
  if (points.length === 0) return [];
  return [{ code: 'max-trials-imprecise', message: maxTrialsImprecise(settings.maxTrials, settings.threshold, points) }];
}

/** The sentence of a `max-trials-imprecise` warning; settings are named by key. */
export function maxTrialsImprecise(maxTrials: number, threshold: number, points: readonly ImprecisePoint[]): string {
  const listed = points.map((p) => `${p.name} ${displayLr(10 ** p.x)} (within ${Number.isFinite(p.bracket) ? `${p.bracket.toFixed(2)} decades` : 'an unbracketed range'})`);
  return `maxTrials (${maxTrials}) ran out before every point of interest was located to threshold (${threshold} decades): ${listed.join(', ')}; raise maxTrials for a more precise answer`;
}
