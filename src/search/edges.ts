/**
 * The search at the edges of its range (issue 14), pure: extending the grid past an edge the
 * evidence points beyond, refining where the sampled data and the fit disagree before a no-window
 * answer, and the range a search actually covered. x = log10(lr) throughout.
 */
import { smoothFit, MIN_FINITE_SAMPLES, type SmoothFit } from '../analysis/analyze.js';
import { nearestIndex } from '../analysis/extrema.js';
import { evaluateSpline } from '../analysis/spline.js';
import { prepareSamples, type Point } from '../analysis/prepare.js';
import { robustPoints } from '../analysis/robust.js';
import type { Analysis, Sample } from '../analysis/types.js';
import { MIN_DROP_FRACTION, NOISE_MULTIPLE } from '../analysis/window.js';
import { SAME_LR_DECADES } from './grid.js';
import type { ExtendedRange, SearchSettings } from './types.js';

/** Range extension never goes below this lr. */
const LOWEST_LR = 1e-10;
/** Range extension never goes above this lr. */
const HIGHEST_LR = 1e3;
/** Most trials spent refining around the lowest sample before a no-window answer stands. */
export const RESCUE_TRIALS = 8;

/** What {@link extensionFor} and {@link rescueFor} read off the samples. */
interface Evidence {
  readonly points: readonly Point[];
  /** x of every diverged lr, ascending. */
  readonly divergedX: readonly number[];
  readonly lossAtZero: number | null;
  /** Index in `points` of the lowest finite loss, or -1 without finite points. */
  readonly lowest: number;
  /** True when a trial diverged, or a finite loss blew back above L(0), above the lowest finite loss. */
  readonly risesAbove: boolean;
}

function evidenceOf(samples: readonly Sample[]): Evidence {
  const { points, diverged, lossAtZero } = prepareSamples(samples);
  const divergedX = diverged.map((lr) => Math.log10(lr));
  let lowest = -1;
  points.forEach((p, i) => {
    if (lowest < 0 || p.y < points[lowest]!.y) lowest = i;
  });
  const lowestX = lowest < 0 ? Number.NEGATIVE_INFINITY : points[lowest]!.x;
  const blownUp = points.length > 0 && robustPoints(points, lossAtZero).blownUpFrom !== null;
  return { points, divergedX, lossAtZero, lowest, risesAbove: blownUp || divergedX.some((x) => x > lowestX) };
}

/** The coarse lattice through startLr: x = log10(startLr) + k · coarseStep for integer k. */
function latticeAbove(settings: SearchSettings, x: number, count: number): number[] {
  const start = Math.log10(settings.startLr);
  const top = Math.log10(HIGHEST_LR);
  const out: number[] = [];
  // The first lattice point at least half a coarse step above x, so an off-lattice endLr is not followed by a sliver.
  let k = Math.ceil((x + settings.coarseStep / 2 - start) / settings.coarseStep - 1e-9);
  while (out.length < count) {
    const next = Math.min(start + k * settings.coarseStep, top);
    if (next <= x + SAME_LR_DECADES || (out.length > 0 && next <= out[out.length - 1]! + SAME_LR_DECADES)) break;
    out.push(next);
    k += 1;
  }
  return out;
}

function latticeBelow(settings: SearchSettings, x: number, count: number): number[] {
  const start = Math.log10(settings.startLr);
  const bottom = Math.log10(LOWEST_LR);
  const out: number[] = [];
  let k = Math.floor((x - settings.coarseStep / 2 - start) / settings.coarseStep + 1e-9);
  while (out.length < count) {
    const next = Math.max(start + k * settings.coarseStep, bottom);
    if (next >= x - SAME_LR_DECADES || (out.length > 0 && next >= out[out.length - 1]! - SAME_LR_DECADES)) break;
    out.push(next);
    k -= 1;
  }
  return out;
}

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
export function extensionFor(samples: readonly Sample[], analysis: Analysis, settings: SearchSettings): number[] {
  if (settings.strictRange) return [];
  const evidence = evidenceOf(samples);
  const count = Math.max(1, settings.parallel);
  const code = analysis.reason?.code;
  const sampledX = samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr));
  if (sampledX.length === 0) return [];
  const bottom = Math.min(...sampledX);
  // A knee read within one coarse step of the smallest lr rests on too little plateau to bend from.
  const kneeAtEdge = analysis.minLr !== null && Math.log10(analysis.minLr) - bottom < settings.coarseStep;
  if (code === 'min-at-start' || code === 'no-knee' || code === 'all-diverged' || kneeAtEdge) {
    return latticeBelow(settings, bottom, count);
  }
  const { points, lowest, risesAbove } = evidence;
  if (lowest < 0 || risesAbove) return [];
  if (code === 'still-falling' || lowest === points.length - 1) {
    return latticeAbove(settings, Math.max(...sampledX), count);
  }
  return [];
}

/**
 * Coarse lrs (as x) below the smallest sampled lr, `settings.parallel` at a time, down to
 * {@link LOWEST_LR}; [] with `settings.strictRange`. The planner asks for them when too few trials
 * stayed finite and bisecting towards the divergence has nothing left to do.
 */
export function extensionBelow(samples: readonly Sample[], settings: SearchSettings): number[] {
  const sampledX = samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr));
  if (settings.strictRange || sampledX.length === 0) return [];
  return latticeBelow(settings, Math.min(...sampledX), Math.max(1, settings.parallel));
}

/** True when x is on the coarse lattice through startLr, or is endLr itself. */
export function isCoarse(x: number, settings: SearchSettings): boolean {
  const k = (x - Math.log10(settings.startLr)) / settings.coarseStep;
  return Math.abs(k - Math.round(k)) * settings.coarseStep < 1e-6 || Math.abs(x - Math.log10(settings.endLr)) < 1e-6;
}

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
export function rescueFor(samples: readonly Sample[], analysis: Analysis, settings: SearchSettings): number[] {
  const code = analysis.reason?.code;
  if (code === undefined || code === 'too-few-samples' || code === 'all-diverged' || code === 'no-loss-at-zero') return [];
  const evidence = evidenceOf(samples);
  const { points, lossAtZero, lowest, risesAbove } = evidence;
  if (lossAtZero === null || lowest < 0) return [];
  const low = points[lowest]!;
  let sigma = 0;
  if (points.length >= MIN_FINITE_SAMPLES) sigma = smoothFit(samples).sigma;
  const needed = lossAtZero - Math.max(MIN_DROP_FRACTION * Math.abs(lossAtZero), NOISE_MULTIPLE * sigma);
  const edgeOfBlowUp = lowest === points.length - 1 && risesAbove;
  if (!(low.y < needed) && !edgeOfBlowUp) return [];
  return nextToLowest(evidence, settings);
}

/**
 * With a window: refinements next to the lowest sampled loss when the fit passes more than
 * {@link MISFIT_NOISE} local σ̂ above it, a sharp bottom (the blow-up right after the minimum) that
 * the spline cannot bend into from the samples it has, so it lifts the whole basin and reads maxLr
 * too early. Splits the gap from the lowest sample towards the blow-up (up to 3 trials a round, about
 * 2 · `threshold` apart), at most {@link RESCUE_TRIALS} off-grid trials within one coarse step above
 * it; [] when the fit follows the lowest sample or that gap is narrower than `threshold`.
 */
export function bottomFor(samples: readonly Sample[], smooth: SmoothFit, settings: SearchSettings): number[] {
  const { points, divergedX, lowest } = evidenceOf(samples);
  if (lowest < 0) return [];
  const low = points[lowest]!;
  if (!(evaluateSpline(smooth.spline, low.x).y - low.y > MISFIT_NOISE * smooth.noise[nearestIndex(smooth.spline.x, low.x)]!)) return [];
  // The whole gap above the lowest sample at once, at most every 2 thresholds (up to 3 trials), so the
  // corner takes one round or two rather than one bisection a round.
  const above = [...points.map((p) => p.x), ...divergedX].filter((x) => x > low.x + SAME_LR_DECADES);
  if (above.length === 0) return [];
  const gap = Math.min(...above) - low.x;
  const inside = Math.min(3, Math.max(1, Math.round(gap / (2 * settings.threshold)) - 1));
  const spent = above.filter((x) => x - low.x <= settings.coarseStep + SAME_LR_DECADES && !isCoarse(x, settings)).length;
  if (gap < settings.threshold || spent >= RESCUE_TRIALS) return [];
  return Array.from({ length: Math.min(inside, RESCUE_TRIALS - spent) }, (_, i) => low.x + (gap * (i + 1)) / (inside + 1)).filter(
    (x) => x - low.x <= settings.coarseStep + SAME_LR_DECADES,
  );
}

/** A fit this many local σ̂ above the lowest sample misses it (see {@link bottomFor}). */
export const MISFIT_NOISE = 3;

/**
 * Log-midpoints of the gaps on either side of the lowest sampled loss (the side of the blow-up
 * first) wider than `threshold`, within one coarse step of it, at most {@link RESCUE_TRIALS} off-grid
 * trials there in all, `max(2, parallel)` at a time.
 */
function nextToLowest({ points, divergedX, lowest }: Evidence, settings: SearchSettings): number[] {
  const low = points[lowest]!;
  const near = (x: number): boolean => Math.abs(x - low.x) <= settings.coarseStep + SAME_LR_DECADES;
  const sampled = [...new Set([...points.map((p) => p.x), ...divergedX])].sort((a, b) => a - b);
  const spent = sampled.filter((x) => near(x) && !isCoarse(x, settings)).length;
  const left = Math.min(RESCUE_TRIALS - spent, Math.max(2, settings.parallel));
  if (left <= 0) return [];
  const j = sampled.findIndex((x) => Math.abs(x - low.x) < SAME_LR_DECADES);
  const out: number[] = [];
  for (const n of [j + 1, j - 1]) {
    const other = sampled[n];
    if (other === undefined || Math.abs(other - low.x) < settings.threshold) continue;
    const mid = (other + low.x) / 2;
    if (near(mid)) out.push(mid);
  }
  return out.slice(0, left);
}

/**
 * The range a search actually covered, when it went past the one asked for: `{ startLr, endLr }`
 * spanning both the settings' range and every sampled lr > 0; null when every sample lies inside
 * startLr..endLr (the range asked for is the range searched). Pure.
 */
export function extendedRange(samples: readonly Pick<Sample, 'lr'>[], settings: Pick<SearchSettings, 'startLr' | 'endLr'>): ExtendedRange | null {
  const lrs = samples.map((s) => s.lr).filter((lr) => lr > 0);
  if (lrs.length === 0) return null;
  const lo = Math.min(...lrs);
  const hi = Math.max(...lrs);
  const below = Math.log10(settings.startLr) - Math.log10(lo) > SAME_LR_DECADES;
  const above = Math.log10(hi) - Math.log10(settings.endLr) > SAME_LR_DECADES;
  if (!below && !above) return null;
  return { startLr: below ? lo : settings.startLr, endLr: above ? hi : settings.endLr };
}
