import { type SmoothFit } from '../analysis/analyze.js';
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
/**
 * Width, in decades, of the narrowest gap between two consecutive sampled x that holds `x`;
 * Infinity when no two samples bracket it (x outside the sampled range or fewer than two samples).
 */
export declare function bracketWidth(sampled: readonly number[], x: number): number;
/** True when two distinct sampled x bracket `x` closer than `threshold` decades. */
export declare function isBracketed(sampled: readonly number[], x: number, threshold: number): boolean;
/**
 * The far side of a point's nearest sample is bisected only while wider than this many thresholds:
 * 2 for the knee, a curvature minimum that needs samples spread over its bend; 3 for the others
 * (maxLr, halfLoss, steepest, and the divergence boundary a search with too few finite trials
 * bisects towards), whose far side only steadies the fit. Measured on
 * `npm run bench:accuracy`: 3 for every point put noise-free minLr p90 at 0.03 decades; 3 for all but
 * the knee saves 2-3 trials a search (median 37 → 34 / 35 on seeds 2024 / 7) with noise-free p90s
 * unchanged and the noisy midpoint p90 on 100 curves × 3 seeds 0.246 → 0.245 (homoscedastic) and
 * 0.183 → 0.183 (heteroscedastic).
 */
export declare const FAR_SIDE_THRESHOLDS: Readonly<Record<PointOfInterest['name'], number>>;
/**
 * Log-midpoints that refine one point of interest: between its nearest sample and each neighbour
 * of that sample, the side holding the point first (while wider than `threshold`), then the far
 * side, which only steadies the fit around the point (while wider than `farSide` · `threshold`,
 * see {@link FAR_SIDE_THRESHOLDS}).
 */
export declare function refinementsFor(sampled: readonly number[], x: number, threshold: number, farSide: number): number[];
/** A point bracketed within this many thresholds may be settled by noise (see {@link isNoiseLimited}). */
export declare const NOISE_LIMIT_THRESHOLDS = 2;
/**
 * True when sampling inside the bracket of `x` could not tell more than the noise: the bracket is
 * at most {@link NOISE_LIMIT_THRESHOLDS} · `threshold` wide and the fit at its midpoint departs from
 * the straight line between its ends by less than one trial's local noise σ̂(x), so a trial there
 * would be explained by the noise whatever it gave. Noise-free samples still have the fit's own
 * small residual as σ̂, which settles points only where the curve is nearly straight.
 */
export declare function isNoiseLimited(fit: Pick<SmoothFit, 'spline' | 'noise'>, sampled: readonly number[], x: number, threshold: number): boolean;
/**
 * The points of interest still worth a trial: not bracketed closer than `threshold` and, for the
 * bend points ({@link SETTLED_BY_NOISE}), not noise-limited (see {@link isNoiseLimited}). The planner refines these; the warnings name them
 * when `maxTrials` ran out. `smooth` is the fit `analysis` was read from, when the caller has it.
 */
export declare function openPoints(samples: readonly Sample[], analysis: Analysis, settings: Pick<SearchSettings, 'method' | 'threshold'>, smooth?: SmoothFit | null): PointOfInterest[];
/** Distinct log10 lrs of the samples with lr > 0, ascending. */
export declare function sampledX(samples: readonly Sample[]): number[];
/**
 * The next batch of learning rates, given every sample so far (lr = 0 included; diverged trials
 * have a non-finite loss). Pure. First, unless `strictRange`, coarse steps past an edge the window
 * lies beyond (see `extensionFor`); then the points of interest: first every point's own bracket
 * (in priority order), then the far sides; points settled by noise are left alone (see
 * {@link openPoints}); without a window, refinements where the data and the
 * fit disagree (see `rescueFor`). Returns [] when every point of interest is bracketed closer than
 * `threshold` or noise-limited, when there is nothing to refine (see {@link pointsOfInterest}) or when `maxTrials`
 * is used up. Never returns an lr already sampled or twice the same lr, and never more than the
 * remaining budget.
 */
export declare function planNextRound(samples: readonly Sample[], settings: SearchSettings): number[];
