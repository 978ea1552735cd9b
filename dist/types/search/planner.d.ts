import type { Analysis, Method, Sample } from '../analysis/types.js';
import type { SearchSettings } from './types.js';
/** A point of interest of the current analysis, in x = log10(lr). */
export interface PointOfInterest {
    readonly name: 'minLr' | 'maxLr' | 'halfLoss' | 'steepest' | 'divergence';
    readonly x: number;
}
/**
 * Round 0: lr = 0 (L(0) first), then the coarse grid from startLr to endLr (both included) at
 * coarseStep decades, ascending. Every coarse lr runs, whatever finished before it: skipping the ones
 * past a blow-up would make the samples depend on which trials happened to finish first when they run
 * in parallel.
 */
export declare function planFirstRound(settings: SearchSettings): number[];
/**
 * The points of interest a round refines, in priority order. With a window: minLr, maxLr,
 * halfLoss and steepest. Without one, only when there are too few finite trials below a divergence:
 * the divergence boundary (the smallest diverged lr), so the next round bisects towards it and
 * gains finite trials. Every other reason (no descent, still falling, minimum at the start, no knee,
 * no L(0)) is a fact about the range or the training, not about sampling density: stop and report.
 */
export declare function pointsOfInterest(analysis: Analysis, method: Method): PointOfInterest[];
/** True when two distinct sampled x bracket `x` closer than `threshold` decades. */
export declare function isBracketed(sampled: readonly number[], x: number, threshold: number): boolean;
/**
 * Log-midpoints that refine one point of interest: between its nearest sample and each neighbour
 * of that sample, the side holding the point first; sides already closer than `threshold` are skipped.
 */
export declare function refinementsFor(sampled: readonly number[], x: number, threshold: number): number[];
/**
 * The next batch of learning rates, given every sample so far (lr = 0 included; diverged trials
 * have a non-finite loss). Pure. First, unless `strictRange`, coarse steps past an edge the window
 * lies beyond (see `extensionFor`); then the points of interest: first every point's own bracket
 * (in priority order), then the other sides; without a window, refinements where the data and the
 * fit disagree (see `rescueFor`). Returns [] when every point of interest is bracketed closer than
 * `threshold`, when there is nothing to refine (see {@link pointsOfInterest}) or when `maxTrials`
 * is used up. Never returns an lr already sampled or twice the same lr, and never more than the
 * remaining budget.
 */
export declare function planNextRound(samples: readonly Sample[], settings: SearchSettings): number[];
