/**
 * The search at the edges of its range (issue 14), pure: extending the grid past an edge the
 * evidence points beyond, refining where the sampled data and the fit disagree before a no-window
 * answer, and the range a search actually covered. x = log10(lr) throughout.
 */
import { type SmoothFit } from '../analysis/analyze.js';
import type { Analysis, Sample } from '../analysis/types.js';
import type { ExtendedRange, SearchSettings } from './types.js';
/** Most trials spent refining around the lowest sample before a no-window answer stands. */
export declare const RESCUE_TRIALS = 8;
/**
 * Coarse lrs (as x) past an edge of what was sampled, when the evidence says the window lies beyond
 * it; [] otherwise, or with `settings.strictRange`. Upwards when nothing diverged or blew up above
 * the lowest finite loss and either the analysis says the loss is still falling or the lowest finite
 * loss is at the largest finite lr; so never past a diverged trial, and not for a curve that never
 * falls (no evidence of a window anywhere). Downwards when the loss is lowest at the smallest lr,
 * already falling there (no knee), every trial diverged or the knee (minLr) lies within one coarse
 * step of the smallest lr; for too few finite trials see
 * {@link extensionBelow}. `settings.parallel` steps at a time, on the coarse lattice through
 * startLr, within {@link LOWEST_LR} .. {@link HIGHEST_LR}.
 */
export declare function extensionFor(samples: readonly Sample[], analysis: Analysis, settings: SearchSettings): number[];
/**
 * Coarse lrs (as x) below the smallest sampled lr, `settings.parallel` at a time, down to
 * {@link LOWEST_LR}; [] with `settings.strictRange`. The planner asks for them when too few trials
 * stayed finite and bisecting towards the divergence has nothing left to do.
 */
export declare function extensionBelow(samples: readonly Sample[], settings: SearchSettings): number[];
/** True when x is on the coarse lattice through startLr, or is endLr itself. */
export declare function isCoarse(x: number, settings: SearchSettings): boolean;
/**
 * Refinements (as x) around the lowest sampled loss when there is no window yet the data disagree
 * with that verdict: the lowest sampled loss is below the viability threshold (L(0) minus the larger
 * of 1 % of |L(0)| and 3 σ̂, the no-descent message's "needed below") or it is the last finite loss
 * before a divergence or blow-up (a narrow dip the fit smooths away). Bisects the gaps on either side
 * of the lowest sample (the side towards the blow-up first) closer than `threshold`, at most
 * {@link RESCUE_TRIALS} off-grid trials within one coarse step of the lowest sample in all. [] when
 * there is a window, when the reason is about the samples themselves (too few, all diverged, no L(0))
 * or nothing disagrees.
 */
export declare function rescueFor(samples: readonly Sample[], analysis: Analysis, settings: SearchSettings): number[];
/**
 * With a window: refinements next to the lowest sampled loss when the fit passes more than
 * {@link MISFIT_NOISE} local σ̂ above it, a sharp bottom (the blow-up right after the minimum) that
 * the spline cannot bend into from the samples it has, so it lifts the whole basin and reads maxLr
 * too early. Splits the gap from the lowest sample towards the blow-up (up to 3 trials a round, about
 * 2 · `threshold` apart), at most {@link RESCUE_TRIALS} off-grid trials within one coarse step above
 * it; [] when the fit follows the lowest sample or that gap is narrower than `threshold`.
 */
export declare function bottomFor(samples: readonly Sample[], smooth: SmoothFit, settings: SearchSettings): number[];
/** A fit this many local σ̂ above the lowest sample misses it (see {@link bottomFor}). */
export declare const MISFIT_NOISE = 3;
/**
 * The range a search actually covered, when it went past the one asked for: `{ startLr, endLr }`
 * spanning both the settings' range and every sampled lr > 0; null when every sample lies inside
 * startLr..endLr (the range asked for is the range searched). Pure.
 */
export declare function extendedRange(samples: readonly Pick<Sample, 'lr'>[], settings: Pick<SearchSettings, 'startLr' | 'endLr'>): ExtendedRange | null;
