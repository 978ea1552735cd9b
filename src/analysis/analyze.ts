import { denseCurve } from './curve.js';
import { kneeFit, type KneeData } from './knee.js';
import * as messages from './messages.js';
import { picksFromWindow } from './picks.js';
import { prepareSamples } from './prepare.js';
import { chooseWeightedSmoothing } from './reweight.js';
import { robustPoints } from './robust.js';
import { fitShape } from './shape.js';
import { evaluateSpline, type CubicSpline } from './spline.js';
import type { Analysis, FittedCurve, NoWindow, Sample } from './types.js';
import { findWindow, locateMinimum } from './window.js';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** L(0), the untrained model's validation loss. Defaults to the mean loss of the lr = 0 samples. */
  readonly lossAtZero?: number;
  /** Read the window off the shape model when it fits (see `fitShape`); false reads it off the spline fits only (for comparisons). Defaults to true. */
  readonly shapeModel?: boolean;
}

/** Fewest distinct lrs with a finite loss that the fit needs. */
export const MIN_FINITE_SAMPLES = 4;

/** The fitted spline, its dense evaluation and the fit's residual noise, or null without enough points. */
export interface SmoothFit {
  readonly spline: CubicSpline;
  readonly curve: FittedCurve;
  /** Residual noise σ̂ of the plain-GCV pilot fit (one global level), loss units. */
  readonly sigma: number;
  /** Local noise σ̂(x) of one trial at each fitted point (the spline's knots), loss units. */
  readonly noise: readonly number[];
  /** Effective degrees of freedom of the fit. */
  readonly edf: number;
  /** Smallest lr past the lowest loss whose finite loss is back above L(0) (left out of the fit), or null. */
  readonly blownUpFrom: number | null;
  /** What the knee's own fit needs (see `kneeFit`). */
  readonly kneeData: KneeData;
}

function noWindow(
  reason: NoWindow,
  lossAtZero: number | null,
  fit: FittedCurve | null,
  divergedFrom: number | null,
): Analysis {
  return { minLr: null, maxLr: null, picks: null, lossAtZero, reason, fit, curveModel: fit === null ? null : 'spline', divergedFrom };
}

/**
 * Reads the viable window and the three picks off (lr, loss) samples. Pure; never throws for odd
 * curves (it returns `reason` instead), only for invalid input.
 *
 * Works in x = log10(lr). lr = 0 samples give L(0) (their mean). Non-finite losses are diverged
 * trials: left out of the fit, reported as `divergedFrom`. Duplicate lrs are averaged and weighted
 * by their count. Losses far above L(0) are clipped (see `lossCeiling`). The curve is a cubic
 * smoothing spline weighted by the local noise (see `chooseWeightedSmoothing`: trials scatter more
 * near instability) with smoothing chosen by modified GCV; extrema and crossings are located on a
 * dense grid and refined on the spline. The knee and the steepest slope are read from the same fit
 * unless noise makes its curvature unreadable, then from a smoother one (see `kneeFit`). With that
 * window found, the shape model (plateau, descent, blow-up; see `fitShape`) is fitted to the same
 * points, and when it fits about as well as the spline every point is read off its curve instead.
 *
 * @throws UsageError when an lr is negative or not finite, or `lossAtZero` is not finite.
 * @example
 * const { picks, reason } = analyze([{ lr: 0, loss: 2.3 }, { lr: 1e-4, loss: 2.29 }, ...]);
 */
export function analyze(samples: readonly Sample[], options: AnalyzeOptions = {}): Analysis {
  return analyzeWithFit(samples, options).analysis;
}

/** {@link analyze}, and its smoothing-spline fit (null when it fitted none; the window may be the shape model's), for the planner. */
export function analyzeWithFit(samples: readonly Sample[], options: AnalyzeOptions = {}): { analysis: Analysis; smooth: SmoothFit | null } {
  const analysis = (a: Analysis, fit: SmoothFit | null = null) => ({ analysis: a, smooth: fit });
  const { points, diverged, lossAtZero } = prepareSamples(samples, options.lossAtZero);
  if (points.length === 0 && diverged.length > 0) {
    return analysis(noWindow(messages.noWindowFrom({ kind: 'all-diverged', smallestLr: diverged[0]! }), lossAtZero, null, diverged[0]!));
  }
  const usable = points.length === 0 ? 0 : robustPoints(points, lossAtZero).points.length;
  if (usable < MIN_FINITE_SAMPLES) {
    const smallestDiverged = diverged[0] ?? null;
    return analysis(noWindow(messages.noWindowFrom({ kind: 'too-few-samples', finite: usable, smallestDiverged }), lossAtZero, null, smallestDiverged));
  }
  const smooth = smoothFit(samples, options);
  const lastX = smooth.spline.x[smooth.spline.x.length - 1]!;
  const minimum = locateMinimum(smooth.spline, smooth.curve);
  const divergedFrom = diverged.find((lr) => lr > 10 ** minimum.x) ?? null;
  if (lossAtZero === null) {
    return analysis(noWindow(messages.noWindowFrom({ kind: 'no-loss-at-zero', ran: samples.some((s) => s.lr === 0) }), null, smooth.curve, divergedFrom), smooth);
  }
  const divergedAbove = smooth.blownUpFrom !== null || diverged.some((lr) => Math.log10(lr) > lastX);
  const splineWindow = findWindow({
    spline: smooth.spline,
    curve: smooth.curve,
    lossAtZero,
    sigma: smooth.sigma,
    divergedAbove,
    derivativeFit: (upToX) => kneeFit(smooth.kneeData, smooth, upToX),
  });
  if ('code' in splineWindow) return analysis(noWindow(splineWindow, lossAtZero, smooth.curve, divergedFrom), smooth);
  // The spline's window found, the shape model is tried from it; its own window replaces it when it fits.
  const shape =
    options.shapeModel === false
      ? null
      : fitShape({
          x: smooth.spline.x,
          y: smooth.kneeData.y,
          weights: smooth.kneeData.weights,
          fitted: smooth.spline.g,
          edf: smooth.edf,
          lossAtZero,
          minX: splineWindow.minX,
          halfX: splineWindow.halfX,
          maxX: splineWindow.maxX,
          lowest: evaluateSpline(smooth.spline, splineWindow.maxX).y,
        });
  const shapeWindow =
    shape === null ? null : findWindow({ spline: shape.spline, curve: shape.curve, lossAtZero, sigma: smooth.sigma, divergedAbove, derivativeFit: () => shape });
  const { window, lossCurve, curveModel } =
    shape !== null && shapeWindow !== null && !('code' in shapeWindow)
      ? { window: shapeWindow, lossCurve: shape.curve, curveModel: 'shape' as const }
      : { window: splineWindow, lossCurve: smooth.curve, curveModel: 'spline' as const };
  // `fit` shows the slope and curvature minLr and steepest were read from, and the loss they were read with.
  const { dy, d2y, curvature } = window.derivatives;
  const found: Analysis = {
    minLr: 10 ** window.minX,
    maxLr: 10 ** window.maxX,
    picks: picksFromWindow(window),
    lossAtZero,
    reason: null,
    fit: { ...lossCurve, dy, d2y, curvature },
    curveModel,
    divergedFrom,
  };
  return analysis(found, smooth);
}

/**
 * The smoothing-spline fit analyze uses (clipped, duplicates averaged, modified GCV), exposed for
 * the planner and benchmarks. Requires at least {@link MIN_FINITE_SAMPLES} distinct finite lrs > 0.
 */
export function smoothFit(samples: readonly Sample[], options: AnalyzeOptions = {}): SmoothFit {
  const { points, lossAtZero } = prepareSamples(samples, options.lossAtZero);
  const robust = robustPoints(points, lossAtZero);
  const fitted = robust.points;
  if (fitted.length < MIN_FINITE_SAMPLES) throw new Error('smoothFit: needs at least 4 distinct finite samples below the blow-up');
  const choice = chooseWeightedSmoothing(
    fitted.map((p) => p.x),
    fitted.map((p) => p.y),
    fitted.map((p) => p.count),
  );
  return {
    spline: choice.spline,
    curve: denseCurve(choice.spline),
    sigma: choice.sigma,
    noise: choice.noise,
    edf: choice.edf,
    blownUpFrom: robust.blownUpFrom === null ? null : 10 ** robust.blownUpFrom,
    kneeData: {
      y: fitted.map((p) => p.y),
      counts: fitted.map((p) => p.count),
      weights: choice.weights,
      alpha: choice.alpha,
      pilotResiduals: choice.pilotResiduals,
      pilotSpread: choice.pilotSpread,
    },
  };
}
