import { fitSmoothingSpline, type SplineFit } from './spline.js';

/** Options for {@link chooseSmoothing}. */
export interface SmoothingOptions {
  /**
   * Inflation of the effective degrees of freedom in the GCV denominator (Kim & Gu 2004's
   * modified GCV). 1 is plain GCV; larger values resist interpolating noise with few points. Default 1.4.
   */
  readonly penalty?: number;
  /** Smallest log10 alpha tried (unit-normalised x). Default -13. */
  readonly minLogAlpha?: number;
  /** Largest log10 alpha tried. Default 3. */
  readonly maxLogAlpha?: number;
}

/** The chosen smoothing and its fit. */
export interface SmoothingChoice extends SplineFit {
  /** log10 of the chosen smoothing parameter alpha (on unit-normalised x). */
  readonly logAlpha: number;
  /** The (modified) GCV score at the chosen alpha. */
  readonly score: number;
  /** Residual noise estimate σ̂ = sqrt(rss / (n − edf)), in loss units (0 for an exact fit). */
  readonly sigma: number;
}

/** Modified GCV score n·RSS / (n − penalty·edf)²; Infinity where the denominator is not positive. */
function gcvScore(fit: SplineFit, n: number, penalty: number): number {
  const slack = n - penalty * fit.edf;
  if (slack <= 1e-9 * n) return Number.POSITIVE_INFINITY;
  return (n * fit.rss) / (slack * slack);
}

/**
 * Chooses the smoothing of a cubic smoothing spline by (modified) generalised cross-validation:
 * a grid over log10 alpha, then a golden-section refinement around the best grid point.
 * Plain GCV with ~20 noisy points often picks near-interpolation; the default penalty 1.4 counts
 * every degree of freedom as 1.4, which keeps the fit smooth unless the data truly demand detail.
 * x strictly ascending, n ≥ 3.
 */
export function chooseSmoothing(
  x: readonly number[],
  y: readonly number[],
  w: readonly number[],
  options: SmoothingOptions = {},
): SmoothingChoice {
  const penalty = options.penalty ?? 1.4;
  const lo = options.minLogAlpha ?? -13;
  const hi = options.maxLogAlpha ?? 3;
  const n = x.length;
  const at = (logAlpha: number): { fit: SplineFit; score: number } => {
    const fit = fitSmoothingSpline(x, y, w, 10 ** logAlpha);
    return { fit, score: gcvScore(fit, n, penalty) };
  };
  const step = 0.25;
  let bestLog = hi;
  let best = at(hi);
  for (let p = hi - step; p >= lo - 1e-9; p -= step) {
    const candidate = at(p);
    // Strictly better only: ties (e.g. exact data, RSS ≈ 0 everywhere) keep the smoother fit.
    if (candidate.score < best.score * (1 - 1e-9)) {
      best = candidate;
      bestLog = p;
    }
  }
  let a = Math.max(lo, bestLog - step);
  let b = Math.min(hi, bestLog + step);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = at(c);
  let fd = at(d);
  for (let k = 0; k < 20; k += 1) {
    if (fc.score <= fd.score) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = at(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = at(d);
    }
  }
  const refined = fc.score <= fd.score ? { ...fc, log: c } : { ...fd, log: d };
  const chosen = refined.score < best.score ? refined : { ...best, log: bestLog };
  const dof = n - chosen.fit.edf;
  const sigma = dof > 1e-6 ? Math.sqrt(chosen.fit.rss / dof) : 0;
  return { ...chosen.fit, logAlpha: chosen.log, score: chosen.score, sigma };
}
