import { analyzeWithFit, smoothFit, type SmoothFit } from '../analysis/analyze.js';
import { nearestIndex } from '../analysis/extrema.js';
import { evaluateSpline } from '../analysis/spline.js';
import type { Analysis, Method, Sample } from '../analysis/types.js';
import { bottomFor, extensionBelow, extensionFor, rescueFor } from './edges.js';
import { coarseGrid, SAME_LR_DECADES } from './grid.js';
import type { SearchSettings } from './types.js';

/** A point of interest of the current analysis, in x = log10(lr). */
export interface PointOfInterest {
  readonly name: 'minLr' | 'maxLr' | 'halfLoss' | 'steepest' | 'divergence';
  readonly x: number;
}

/** Which points of interest to refine first, by the method whose pick the user wants. */
const PRIORITY: Readonly<Record<Method, readonly PointOfInterest['name'][]>> = {
  midpoint: ['maxLr', 'minLr', 'halfLoss', 'steepest'],
  halfLoss: ['halfLoss', 'maxLr', 'minLr', 'steepest'],
  steepest: ['steepest', 'minLr', 'maxLr', 'halfLoss'],
  // The basin pick is the midpoint or, above it, the basin's edge, which lies between the midpoint and maxLr.
  basin: ['maxLr', 'minLr', 'halfLoss', 'steepest'],
};

/**
 * Round 0: lr = 0 (L(0) first), then the coarse grid from startLr to endLr (both included) at
 * coarseStep decades, ascending. Every coarse lr runs, whatever finished before it: skipping the ones
 * past a blow-up would make the samples depend on which trials happened to finish first when they run
 * in parallel.
 */
export function planFirstRound(settings: SearchSettings): number[] {
  return [0, ...coarseGrid(settings.startLr, settings.endLr, settings.coarseStep)];
}

/**
 * The points of interest a round refines, in priority order. With a window: minLr, maxLr,
 * halfLoss and steepest. Without one, only when there are too few finite trials below a divergence:
 * the divergence boundary (the smallest diverged lr), so the next round bisects towards it and
 * gains finite trials. Every other reason (no descent, still falling, minimum at the start, no knee,
 * no L(0)) is a fact about the range or the training, not about sampling density: stop and report.
 */
export function pointsOfInterest(analysis: Analysis, method: Method): PointOfInterest[] {
  if (analysis.picks && analysis.minLr !== null && analysis.maxLr !== null) {
    const found: Record<string, number> = {
      minLr: Math.log10(analysis.minLr),
      maxLr: Math.log10(analysis.maxLr),
      halfLoss: Math.log10(analysis.picks.halfLoss),
      steepest: Math.log10(analysis.picks.steepest),
    };
    return PRIORITY[method].map((name) => ({ name, x: found[name]! }));
  }
  if (analysis.reason?.code === 'too-few-samples' && analysis.divergedFrom !== null) {
    return [{ name: 'divergence', x: Math.log10(analysis.divergedFrom) }];
  }
  return [];
}

/**
 * Width, in decades, of the narrowest gap between two consecutive sampled x that holds `x`;
 * Infinity when no two samples bracket it (x outside the sampled range or fewer than two samples).
 */
export function bracketWidth(sampled: readonly number[], x: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < sampled.length; i += 1) {
    const a = sampled[i]!;
    const b = sampled[i + 1]!;
    if (a <= x + SAME_LR_DECADES && x - SAME_LR_DECADES <= b) best = Math.min(best, b - a);
  }
  return best;
}

/** True when two distinct sampled x bracket `x` closer than `threshold` decades. */
export function isBracketed(sampled: readonly number[], x: number, threshold: number): boolean {
  return bracketWidth(sampled, x) < threshold;
}

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
export const FAR_SIDE_THRESHOLDS: Readonly<Record<PointOfInterest['name'], number>> = {
  minLr: 2,
  maxLr: 3,
  halfLoss: 3,
  steepest: 3,
  divergence: 3,
};

/**
 * Log-midpoints that refine one point of interest: between its nearest sample and each neighbour
 * of that sample, the side holding the point first (while wider than `threshold`), then the far
 * side, which only steadies the fit around the point (while wider than `farSide` · `threshold`,
 * see {@link FAR_SIDE_THRESHOLDS}).
 */
export function refinementsFor(sampled: readonly number[], x: number, threshold: number, farSide: number): number[] {
  if (sampled.length < 2) return [];
  const j = nearestIndex(sampled, x);
  const sides = x >= sampled[j]! ? [j + 1, j - 1] : [j - 1, j + 1];
  const out: number[] = [];
  sides.forEach((n, side) => {
    if (n < 0 || n >= sampled.length) return;
    const wider = side === 0 ? threshold : farSide * threshold;
    if (Math.abs(sampled[n]! - sampled[j]!) >= wider) out.push((sampled[n]! + sampled[j]!) / 2);
  });
  return out;
}

/** A point bracketed within this many thresholds may be settled by noise (see {@link isNoiseLimited}). */
export const NOISE_LIMIT_THRESHOLDS = 2;

/**
 * True when sampling inside the bracket of `x` could not tell more than the noise: the bracket is
 * at most {@link NOISE_LIMIT_THRESHOLDS} · `threshold` wide and the fit at its midpoint departs from
 * the straight line between its ends by less than one trial's local noise σ̂(x), so a trial there
 * would be explained by the noise whatever it gave. Noise-free samples still have the fit's own
 * small residual as σ̂, which settles points only where the curve is nearly straight.
 */
export function isNoiseLimited(fit: Pick<SmoothFit, 'spline' | 'noise'>, sampled: readonly number[], x: number, threshold: number): boolean {
  const b = sampled.findIndex((s) => s >= x - SAME_LR_DECADES);
  if (b <= 0) return false;
  const lo = sampled[b - 1]!;
  const hi = sampled[b]!;
  if (hi - lo > NOISE_LIMIT_THRESHOLDS * threshold + SAME_LR_DECADES) return false;
  const at = (v: number): number => evaluateSpline(fit.spline, v).y;
  const bend = Math.abs(at((lo + hi) / 2) - (at(lo) + at(hi)) / 2);
  return bend < fit.noise[nearestIndex(fit.spline.x, x)]!;
}

/**
 * The points of interest a bend defines, which stop being refined once noise-limited: the knee
 * (minLr, the curvature minimum) and steepest (where the slope bends back). Not halfLoss, a level
 * crossing on the steep descent where the fit is nearly straight, so a bend test would always stop
 * it though a trial there still moves it; not maxLr, the bottom of a basin often flat to the noise,
 * whose place and level (which sets the half-loss level) both sides of the bracket decide. Measured
 * on `npm run bench:accuracy` (100 curves, seed 11): settling maxLr too saved 2 more trials a search
 * but moved minLr p90 from 0.16 to 0.33 decades under heteroscedastic noise.
 */
const SETTLED_BY_NOISE: readonly PointOfInterest['name'][] = ['minLr', 'steepest'];

/**
 * The points of interest still worth a trial: not bracketed closer than `threshold` and, for the
 * bend points ({@link SETTLED_BY_NOISE}), not noise-limited (see {@link isNoiseLimited}). The planner refines these; the warnings name them
 * when `maxTrials` ran out. `smooth` is the fit `analysis` was read from, when the caller has it.
 */
export function openPoints(
  samples: readonly Sample[],
  analysis: Analysis,
  settings: Pick<SearchSettings, 'method' | 'threshold'>,
  smooth: SmoothFit | null = null,
): PointOfInterest[] {
  const sampled = sampledX(samples);
  const fit = analysis.picks ? (smooth ?? smoothFit(samples)) : null;
  return pointsOfInterest(analysis, settings.method).filter(
    (p) =>
      !isBracketed(sampled, p.x, settings.threshold) &&
      !(fit !== null && SETTLED_BY_NOISE.includes(p.name) && isNoiseLimited(fit, sampled, p.x, settings.threshold)),
  );
}

/** Distinct log10 lrs of the samples with lr > 0, ascending. */
export function sampledX(samples: readonly Sample[]): number[] {
  return [...new Set(samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr)))].sort((a, b) => a - b);
}

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
export function planNextRound(samples: readonly Sample[], settings: SearchSettings): number[] {
  const budget = settings.maxTrials - samples.length;
  if (budget <= 0) return [];
  const { analysis, smooth } = analyzeWithFit(samples);
  const sampled = sampledX(samples);
  const extension = extensionFor(samples, analysis, settings);
  if (extension.length > 0) return fresh(extension, sampled, budget);
  const open = openPoints(samples, analysis, settings, smooth);
  const perPoint = open.map((p) => refinementsFor(sampled, p.x, settings.threshold, FAR_SIDE_THRESHOLDS[p.name]));
  const ordered: number[] = [];
  for (let pass = 0; pass < 2; pass += 1) {
    for (const list of perPoint) if (list[pass] !== undefined) ordered.push(list[pass]!);
  }
  if (analysis.picks && smooth) ordered.push(...bottomFor(samples, smooth, settings));
  const refinements = fresh(ordered, sampled, budget);
  if (refinements.length > 0 || analysis.reason === null) return refinements;
  if (analysis.reason.code === 'too-few-samples') return fresh(extensionBelow(samples, settings), sampled, budget);
  return fresh(rescueFor(samples, analysis, settings), sampled, budget);
}

/** The lrs of `xs` not yet sampled, without repeats, at most `budget` of them. */
function fresh(xs: readonly number[], sampled: readonly number[], budget: number): number[] {
  const chosen: number[] = [];
  for (const x of xs) {
    if (chosen.length >= budget) break;
    const known = [...sampled, ...chosen];
    if (known.some((s) => Math.abs(s - x) < SAME_LR_DECADES)) continue;
    chosen.push(x);
  }
  return chosen.map((x) => 10 ** x);
}
