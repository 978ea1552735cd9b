import { denseCurve } from './curve.js';
import { levenbergMarquardt } from './leastSquares.js';
import { interpolatingSpline, type CubicSpline } from './spline.js';
import type { FittedCurve } from './types.js';

/**
 * How much worse than the loss fit the shape model may fit and still be read: the F statistic of the
 * comparison, ((RSS_shape − RSS_spline) / (edf − 6)) / (RSS_spline / (n − edf)), at most this; about
 * its 90 % point for the usual degrees of freedom (5 and 25).
 */
export const SHAPE_F_LIMIT = 2;
/** Fewest fitted points the shape model is tried on: it has 7 parameters. */
export const SHAPE_MIN_POINTS = 10;
/** Spacing of the interpolating spline the window is read from, decades. */
const GRID_STEP = 0.01;
/** Levenberg-Marquardt iterations of every start, then of each of the {@link KEPT_STARTS} best of them. */
const SCOUT_ITERATIONS = 15;
const KEPT_STARTS = 3;
const MAX_ITERATIONS = 200;
/** Starting Richards shapes ν and blow-up widths (decades): every pair is one start. */
const START_SHAPES = [0.5, 1, 2];
const START_BLOW_WIDTHS = [0.08, 0.15, 0.3];
/**
 * θ of the shape model L(x) = l0 − drop · (1 + ν·e^(−(x − c)/w))^(−1/ν) + e^(a + (x − c)/b), x = log10 lr:
 * [l0, drop, c, ln w, ln ν, a, ln b]. A plateau at l0, a Richards (generalised logistic) descent of
 * depth drop centred near c with width w and asymmetry ν, and an exponential blow-up of width b.
 */
export type ShapeParameters = readonly number[];

/** The shape model's loss at x = log10(lr). */
export function shapeLoss(theta: ShapeParameters, x: number): number {
  return shapeTerms(theta, x).loss;
}

/**
 * The loss at x and its gradient in θ (same order). With z = (x − c)/w, u = ν·e^(−z) and the descent
 * s = (1 + u)^(−1/ν): ∂s/∂z = s·u / (ν(1 + u)), ∂s/∂ln ν = s·(ln(1 + u) − u/(1 + u)) / ν, ∂z/∂c = −1/w,
 * ∂z/∂ln w = −z; the blow-up B = e^(a + (x − c)/b) has ∂B/∂a = B, ∂B/∂c = −B/b, ∂B/∂ln b = −B(x − c)/b.
 */
export function shapeLossAndGradient(theta: ShapeParameters, x: number): { loss: number; gradient: number[] } {
  const { loss, descent, u, z, nu, width, blow, blowWidth } = shapeTerms(theta, x);
  const drop = theta[1]!;
  const c = theta[2]!;
  // Far left the descent underflows to 0 and so do its derivatives (u/(1 + u) → 1 keeps them finite).
  const share = u === Number.POSITIVE_INFINITY ? 1 : u / (1 + u);
  const bySlope = descent === 0 ? 0 : (descent * share) / nu;
  const byShape = descent === 0 ? 0 : (descent * (Math.log1p(u) - share)) / nu;
  return {
    loss,
    gradient: [1, -descent, (drop * bySlope) / width - blow / blowWidth, drop * bySlope * z, -drop * byShape, blow, (-blow * (x - c)) / blowWidth],
  };
}

function shapeTerms(theta: ShapeParameters, x: number) {
  const [l0, drop, c, logWidth, logShape, a, logBlowWidth] = theta as [number, number, number, number, number, number, number];
  const nu = Math.exp(logShape);
  const width = Math.exp(logWidth);
  const blowWidth = Math.exp(logBlowWidth);
  const z = (x - c) / width;
  const u = nu * Math.exp(-z);
  // (1 + u)^(−1/ν), stable as ν → 0 (the Gompertz curve e^(−e^(−z))).
  const descent = Math.exp(-Math.log1p(u) / nu);
  const blow = Math.exp(a + (x - c) / blowWidth);
  return { loss: l0 - drop * descent + blow, descent, u, z, nu, width, blow, blowWidth };
}

/** What the shape model is fitted to: the loss fit's points, weights and smoothing, and where its window lies. */
export interface ShapeInput {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** The loss fit's weights (countᵢ / σ̂²(xᵢ), largest 1). */
  readonly weights: readonly number[];
  /** The loss fit's values at x. */
  readonly fitted: readonly number[];
  /** The loss fit's effective degrees of freedom. */
  readonly edf: number;
  readonly lossAtZero: number;
  /** The loss fit's window (starting values): knee, half-loss point, minimum, and the fitted minimum loss. */
  readonly minX: number;
  readonly halfX: number;
  readonly maxX: number;
  readonly lowest: number;
}

/** An accepted shape fit: its parameters and the interpolating spline of its curve over the fitted points. */
export interface ShapeFit {
  readonly theta: ShapeParameters;
  readonly spline: CubicSpline;
  readonly curve: FittedCurve;
}

/**
 * Fits the shape model by weighted least squares (Levenberg-Marquardt from 9 starts, the best 3 of them
 * to convergence) and returns it
 * when it fits the points about as well as the loss fit (see {@link SHAPE_F_LIMIT}) and has a
 * descent (drop > 0); otherwise null, and the loss fit stands.
 *
 * Why: a smoothing spline assumes nothing about the curve's shape, and pays for it under noise. With
 * 1-3 % noise its knee and minimum read 0.2-0.3 decades off at p90, and a dense grid does no better
 * (the estimator, not the sampling, is the limit). A curve with a plateau, one descent and a blow-up
 * has 7 numbers; fitted to all the points at once, each point of interest is pinned by the whole
 * curve rather than by a few neighbours. Where the curve has another shape (two descents, a blow-up
 * that is not exponential, a bump) the model fits worse than the spline beyond the noise and is not
 * read. L(0) enters as one more point of the plateau.
 */
export function fitShape(input: ShapeInput): ShapeFit | null {
  const { x, y, weights, fitted, edf, lossAtZero } = input;
  const n = x.length;
  if (n < SHAPE_MIN_POINTS) return null;
  const drop = Math.max(lossAtZero - input.lowest, Number.MIN_VALUE);
  const plateau = { value: lossAtZero, weight: weights[0]! };
  const fitFrom = (start: readonly number[], iterations: number) =>
    levenbergMarquardt(
      (theta) => residuals(theta, x, y, weights, plateau),
      start,
      iterations,
      (theta) => jacobian(theta, x, weights, plateau),
    );
  // The descent centred at halfLoss, the knee about two widths left of it; the blow-up at 30 % of
  // the drop 0.3 decade past the minimum.
  const c = input.halfX;
  const width = Math.max(0.05, (input.halfX - input.minX) / 2);
  const starts = START_SHAPES.flatMap((nu) =>
    START_BLOW_WIDTHS.map((b) => [lossAtZero, 1.05 * drop, c, Math.log(width), Math.log(nu), Math.log(0.3 * drop) - (input.maxX + 0.3 - c) / b, Math.log(b)]),
  );
  // Every start a few steps, then the most promising ones to convergence: most of the cost was starts
  // crawling towards the same optimum or a worse one.
  const scouted = starts.map((start) => fitFrom(start, SCOUT_ITERATIONS)).sort((p, q) => p.rss - q.rss);
  const best = scouted
    .slice(0, KEPT_STARTS)
    .map((fit) => fitFrom(fit.theta, MAX_ITERATIONS))
    .reduce<{ theta: number[]; rss: number } | null>((found, fit) => (found === null || fit.rss < found.rss ? fit : found), null);
  // A fit without a descent is no shape to read (the loss fit's window stands).
  if (best === null || !(best.theta[1]! > 0)) return null;
  const theta = best.theta;
  const rssShape = x.reduce((sum, xi, i) => sum + weights[i]! * (y[i]! - shapeLoss(theta, xi)) ** 2, 0);
  const rssSpline = x.reduce((sum, _, i) => sum + weights[i]! * (y[i]! - fitted[i]!) ** 2, 0);
  // The spline's extra degrees of freedom over the model's 6 free ones (l0 is held by L(0)); at least 1.
  const extra = Math.max(edf - 6, 1);
  if (!(rssShape <= rssSpline * (1 + (SHAPE_F_LIMIT * extra) / Math.max(n - edf, 1)))) return null;
  const first = x[0]!;
  const last = x[n - 1]!;
  const count = Math.max(2, Math.ceil((last - first) / GRID_STEP)) + 1;
  const gx = Array.from({ length: count }, (_, i) => (i === count - 1 ? last : first + ((last - first) * i) / (count - 1)));
  // A spline through the model's curve, so the window code reads it like any fit.
  const spline = interpolatingSpline(gx, gx.map((v) => shapeLoss(theta, v)));
  return { theta, spline, curve: denseCurve(spline) };
}

/** The Jacobian of {@link residuals}, by parameter: −√wᵢ ∂L(xᵢ)/∂θⱼ, then −√w₀ for l0 and 0 for the rest. */
function jacobian(theta: readonly number[], x: readonly number[], weights: readonly number[], plateau: { value: number; weight: number }): number[][] {
  const rows = x.map((xi, i) => shapeLossAndGradient(theta, xi).gradient.map((g) => -Math.sqrt(weights[i]!) * g));
  return theta.map((_, j) => [...rows.map((row) => row[j]!), j === 0 ? -Math.sqrt(plateau.weight) : 0]);
}

/** √wᵢ (yᵢ − L(xᵢ)) for every point, then the plateau's residual √w₀ (L(0) − l0). */
function residuals(
  theta: readonly number[],
  x: readonly number[],
  y: readonly number[],
  weights: readonly number[],
  plateau: { value: number; weight: number },
): number[] {
  const r = x.map((xi, i) => Math.sqrt(weights[i]!) * (y[i]! - shapeLoss(theta, xi)));
  r.push(Math.sqrt(plateau.weight) * (plateau.value - theta[0]!));
  return r;
}
