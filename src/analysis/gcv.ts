import { fitSmoothingSpline, type SplineFit } from './spline.js';

/** Options for {@link chooseSmoothing}. */
export interface SmoothingOptions {
  /**
   * Fixes the edf inflation of modified GCV (1 = plain GCV) instead of choosing it from the
   * measured noise. Default: adaptive, see {@link chooseSmoothing}.
   */
  readonly penalty?: number;
}

/** The chosen smoothing and its fit. */
export interface SmoothingChoice extends SplineFit {
  /** log10 of the chosen smoothing parameter alpha (on unit-normalised x). */
  readonly logAlpha: number;
  /** The edf inflation used (1 = plain GCV). */
  readonly penalty: number;
  /** Residual noise estimate σ̂ = sqrt(rss / (n − edf)) of the plain-GCV fit, loss units (0 for an exact fit). */
  readonly sigma: number;
}

/** log10 alpha range searched (x normalised to [0, 1]): from interpolation to a straight line. */
const LOG_ALPHA_RANGE: readonly [number, number] = [-13, 3];
/** Grid step of the log10 alpha search before golden-section refinement. */
const LOG_ALPHA_STEP = 0.25;
/**
 * Largest edf inflation, reached when the plain-GCV noise is NOISE_SCALE of the fitted range or more.
 * 2 while the loss fit's curvature was the knee's only source; since the knee has its own fit
 * (`kneeFit`), the loss fit is smoothed for the loss. Measured on `npm run bench:accuracy` (seed 11,
 * 100 curves; the edge rows 40): 2 → 1.5 moved the noisy midpoint p90 from 0.262 to 0.232 decades
 * (homoscedastic) and from 0.226-0.257 to 0.194-0.238 (badly set ranges), with a trial or two fewer a
 * search; 1 and 1.25 raised the noisy minLr or halfLoss p90 (up to 0.41 and 0.048 decades).
 */
const MAX_PENALTY = 1.5;
/** Noise-to-range ratio at which the edf inflation saturates at MAX_PENALTY. */
const NOISE_SCALE = 0.005;

/** Modified GCV score n·RSS / (n − penalty·edf)²; Infinity where the denominator is not positive. */
function gcvScore(fit: SplineFit, n: number, penalty: number): number {
  const slack = n - penalty * fit.edf;
  if (slack <= 1e-9 * n) return Number.POSITIVE_INFINITY;
  return (n * fit.rss) / (slack * slack);
}

/** Residual noise σ̂ = sqrt(rss / (n − edf)) of a fit to n points (weighted units); 0 for an exact fit. */
export function residualNoise(fit: SplineFit, n: number): number {
  const dof = n - fit.edf;
  return dof > 1e-6 ? Math.sqrt(Math.max(fit.rss, 0) / dof) : 0;
}

/**
 * Minimises the modified GCV score over log10 alpha: a grid over {@link LOG_ALPHA_RANGE}, then a
 * golden-section refinement around the best grid point.
 */
export function gcvFit(
  x: readonly number[],
  y: readonly number[],
  w: readonly number[],
  penalty: number,
): SplineFit & { logAlpha: number } {
  const n = x.length;
  const at = (logAlpha: number): { fit: SplineFit; score: number; log: number } => {
    const fit = fitSmoothingSpline(x, y, w, 10 ** logAlpha);
    return { fit, score: gcvScore(fit, n, penalty), log: logAlpha };
  };
  const [lo, hi] = LOG_ALPHA_RANGE;
  let best = at(hi);
  for (let p = hi - LOG_ALPHA_STEP; p >= lo - 1e-9; p -= LOG_ALPHA_STEP) {
    const candidate = at(p);
    // Strictly better only, scanning from smooth to rough: ties keep the smoother fit.
    if (candidate.score < best.score * (1 - 1e-9)) best = candidate;
  }
  let a = Math.max(lo, best.log - LOG_ALPHA_STEP);
  let b = Math.min(hi, best.log + LOG_ALPHA_STEP);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = at(b - ratio * (b - a));
  let d = at(a + ratio * (b - a));
  for (let k = 0; k < 16; k += 1) {
    if (c.score <= d.score) {
      b = d.log;
      d = c;
      c = at(b - ratio * (b - a));
    } else {
      a = c.log;
      c = d;
      d = at(a + ratio * (b - a));
    }
  }
  for (const candidate of [c, d]) if (candidate.score < best.score) best = candidate;
  return { ...best.fit, logAlpha: best.log };
}

/**
 * Chooses the smoothing of a cubic smoothing spline by generalised cross-validation, with an edf
 * inflation (Kim & Gu 2004's modified GCV) that grows with the measured noise.
 *
 * Plain GCV is near-optimal for exact or nearly exact data (it then interpolates, which is what a
 * noise-free curve wants), but with ~20–50 noisy points it often undersmooths and leaves wiggles.
 * So: a plain-GCV fit first measures the residual noise σ̂; the penalty is
 * 1 + (MAX_PENALTY − 1) · min(1, (σ̂ / fitted range) / NOISE_SCALE), i.e. 1 for exact data and 1.5
 * (every degree of freedom counted one and a half times) once the noise is 0.5 % of the fitted range
 * or more; the final fit minimises that modified GCV. x strictly ascending, n ≥ 3.
 */
export function chooseSmoothing(
  x: readonly number[],
  y: readonly number[],
  w: readonly number[],
  options: SmoothingOptions = {},
): SmoothingChoice {
  const n = x.length;
  let penalty = options.penalty;
  let fit = gcvFit(x, y, w, penalty ?? 1);
  // The plain-GCV residual is the least biased noise estimate; heavier smoothing adds bias to it.
  const sigma = residualNoise(fit, n);
  if (penalty === undefined) {
    penalty = adaptivePenalty(sigma, fit.spline.g);
    if (penalty > 1) fit = gcvFit(x, y, w, penalty);
  }
  return { ...fit, penalty, sigma };
}

/**
 * The edf inflation of modified GCV for a noise level: 1 + ({@link MAX_PENALTY} − 1) · min(1, (σ̂ / range) /
 * {@link NOISE_SCALE}); `fitted` are the fitted values whose range σ̂ is compared to.
 */
export function adaptivePenalty(sigma: number, fitted: readonly number[]): number {
  const range = Math.max(...fitted) - Math.min(...fitted);
  const ratio = range > 0 ? sigma / range : 0;
  return 1 + (MAX_PENALTY - 1) * Math.min(1, ratio / NOISE_SCALE);
}
