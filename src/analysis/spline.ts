import { choleskyPenta, solvePenta, type BandedCholesky, type Pentadiagonal } from './banded.js';

/**
 * A natural cubic spline in x, stored as knot values and knot second derivatives
 * (zero at both ends). Evaluation is exact for the cubic pieces.
 */
export interface CubicSpline {
  /** Knots, strictly ascending. */
  readonly x: readonly number[];
  /** Spline value at each knot. */
  readonly g: readonly number[];
  /** Second derivative at each knot; 0 at both ends (natural spline). */
  readonly gamma: readonly number[];
}

/** A smoothing-spline fit for one smoothing parameter, with what GCV needs. */
export interface SplineFit {
  readonly spline: CubicSpline;
  /** Weighted residual sum of squares Σ wᵢ (yᵢ − gᵢ)². */
  readonly rss: number;
  /** Trace of the hat matrix: the fit's effective degrees of freedom, between 2 and n. */
  readonly edf: number;
  /** alpha, the smoothing parameter used (unit-normalised x). */
  readonly alpha: number;
}

/** Reinsch's banded system for one alpha, on unit-normalised x. */
interface ReinschSystem {
  readonly span: number;
  /** Number of interior knots, m = n − 2. */
  readonly m: number;
  /** Q[row][c] (n × m, tridiagonal by columns). */
  readonly qEntry: (row: number, c: number) => number;
  /** M = Qᵀ W⁻¹ Q. */
  readonly mat: Pentadiagonal;
  /** Cholesky factor of B = R + alpha M. */
  readonly factor: BandedCholesky;
}

/** (Q z)_row: Q's row `row` (at most three non-zeros, columns row − 2 .. row) times z. */
function qRowTimes(system: Pick<ReinschSystem, 'm' | 'qEntry'>, row: number, z: ArrayLike<number>): number {
  let sum = 0;
  for (let c = Math.max(0, row - 2); c <= Math.min(row, system.m - 1); c += 1) sum += system.qEntry(row, c) * z[c]!;
  return sum;
}

/** Σⱼ (Q z)ⱼ² · scales[j] over the n = m + 2 rows of Q: a quadratic form of B⁻¹'s columns. */
function weightedSquares(system: Pick<ReinschSystem, 'm' | 'qEntry'>, z: ArrayLike<number>, scales: (row: number) => number): number {
  let sum = 0;
  for (let j = 0; j < system.m + 2; j += 1) sum += qRowTimes(system, j, z) ** 2 * scales(j);
  return sum;
}

/** B⁻¹ Qᵀ y: the interior knots' second derivatives on unit-normalised x (Reinsch's system). */
function interiorSecondDerivatives(system: Pick<ReinschSystem, 'm' | 'qEntry' | 'factor'>, y: readonly number[]): Float64Array {
  const { m, qEntry, factor } = system;
  const qty = new Float64Array(m);
  for (let c = 0; c < m; c += 1) qty[c] = qEntry(c, c) * y[c]! + qEntry(c + 1, c) * y[c + 1]! + qEntry(c + 2, c) * y[c + 2]!;
  return solvePenta(factor, qty);
}

/** All knots' second derivatives in x's own units: 0 at both ends (natural), the interior ones rescaled from unit x. */
function knotSecondDerivatives(span: number, inner: Float64Array): number[] {
  const scale = 1 / (span * span);
  return [0, ...Array.from(inner, (v) => v * scale), 0];
}

function reinschSystem(x: readonly number[], w: readonly number[], alpha: number): ReinschSystem {
  const n = x.length;
  const x0 = x[0]!;
  const span = x[n - 1]! - x0;
  const t = x.map((v) => (v - x0) / span);
  const h = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; i += 1) h[i] = t[i + 1]! - t[i]!;
  const m = n - 2;
  // Column c of Q belongs to interior knot i = c + 1; its three non-zeros sit in rows i-1, i, i+1.
  const qLow = new Float64Array(m);
  const qMid = new Float64Array(m);
  const qHigh = new Float64Array(m);
  for (let c = 0; c < m; c += 1) {
    qLow[c] = 1 / h[c]!;
    qMid[c] = -1 / h[c]! - 1 / h[c + 1]!;
    qHigh[c] = 1 / h[c + 1]!;
  }
  const qEntry = (row: number, c: number): number => {
    if (c < 0 || c >= m) return 0;
    const offset = row - c;
    return offset === 0 ? qLow[c]! : offset === 1 ? qMid[c]! : offset === 2 ? qHigh[c]! : 0;
  };
  // M = Qᵀ W⁻¹ Q (pentadiagonal); B = R + alpha M.
  const mat: Pentadiagonal = { d0: new Float64Array(m), d1: new Float64Array(m), d2: new Float64Array(m) };
  for (let row = 0; row < n; row += 1) {
    const inv = 1 / w[row]!;
    for (let c = row - 2; c <= row; c += 1) {
      if (c < 0 || c >= m) continue;
      const a = qEntry(row, c);
      for (let d = c; d <= Math.min(row, m - 1); d += 1) {
        const b = qEntry(row, d);
        const v = a * b * inv;
        if (d === c) mat.d0[c] = mat.d0[c]! + v;
        else if (d === c + 1) mat.d1[c] = mat.d1[c]! + v;
        else mat.d2[c] = mat.d2[c]! + v;
      }
    }
  }
  const band: Pentadiagonal = { d0: new Float64Array(m), d1: new Float64Array(m), d2: new Float64Array(m) };
  for (let c = 0; c < m; c += 1) {
    band.d0[c] = (h[c]! + h[c + 1]!) / 3 + alpha * mat.d0[c]!;
    if (c + 1 < m) band.d1[c] = h[c + 1]! / 6 + alpha * mat.d1[c]!;
    if (c + 2 < m) band.d2[c] = alpha * mat.d2[c]!;
  }
  return { span, m, qEntry, mat, factor: choleskyPenta(band) };
}

/**
 * Fits the cubic smoothing spline minimising Σ wᵢ (yᵢ − g(xᵢ))² + alpha ∫ g''(x)² dx, by Reinsch's
 * algorithm (Green & Silverman 1994, ch. 2–3): one pentadiagonal solve, O(n), plus O(n²) for the
 * hat-matrix trace. x must be strictly ascending with n ≥ 3; alpha > 0; weights > 0.
 * Works on a unit-normalised copy of x so that alpha is comparable across ranges.
 */
export function fitSmoothingSpline(
  x: readonly number[],
  y: readonly number[],
  w: readonly number[],
  alpha: number,
): SplineFit {
  const n = x.length;
  const system = reinschSystem(x, w, alpha);
  const { span, m, mat, factor } = system;
  const gammaInner = interiorSecondDerivatives(system, y);
  const g = new Array<number>(n);
  let rss = 0;
  for (let row = 0; row < n; row += 1) {
    g[row] = y[row]! - (alpha * qRowTimes(system, row, gammaInner)) / w[row]!;
    rss += w[row]! * (y[row]! - g[row]!) ** 2;
  }

  // tr(I − A) = alpha · tr(B⁻¹ M): one banded solve per column of M.
  let traceResidual = 0;
  const column = new Float64Array(m);
  for (let c = 0; c < m; c += 1) {
    column.fill(0);
    column[c] = mat.d0[c]!;
    if (c >= 1) column[c - 1] = mat.d1[c - 1]!;
    if (c >= 2) column[c - 2] = mat.d2[c - 2]!;
    if (c + 1 < m) column[c + 1] = mat.d1[c]!;
    if (c + 2 < m) column[c + 2] = mat.d2[c]!;
    traceResidual += solvePenta(factor, column)[c]!;
  }
  const edf = n - alpha * traceResidual;
  const gamma = knotSecondDerivatives(span, gammaInner);
  return { spline: { x: [...x], g, gamma }, rss, edf, alpha };
}

/**
 * Var(rᵢ) / σ² for each residual rᵢ = yᵢ − g(xᵢ) of the fit with this alpha and weights, when point j
 * averages cⱼ trials of per-trial noise σ: Σⱼ (I − A)ᵢⱼ² / cⱼ, A the hat matrix (g = A y). Row i of
 * I − A = alpha W⁻¹ Q B⁻¹ Qᵀ is (alpha / wᵢ) (Q B⁻¹ qᵢ)ᵀ, qᵢ row i of Q: one banded solve per row,
 * O(n²) in all. Unlike rᵢ², the ratio rᵢ² / Var(rᵢ) stays finite as the fit approaches interpolation
 * (both scale with alpha²). Same arguments as {@link fitSmoothingSpline}, plus the counts.
 */
export function residualVariance(
  x: readonly number[],
  w: readonly number[],
  alpha: number,
  counts: readonly number[],
): number[] {
  const n = x.length;
  const system = reinschSystem(x, w, alpha);
  const { m, qEntry, factor } = system;
  const out: number[] = [];
  const q = new Float64Array(m);
  for (let i = 0; i < n; i += 1) {
    q.fill(0);
    for (let c = Math.max(0, i - 2); c <= Math.min(i, m - 1); c += 1) q[c] = qEntry(i, c);
    const sum = weightedSquares(system, solvePenta(factor, q), (j) => 1 / counts[j]!);
    out.push((alpha / w[i]!) ** 2 * sum);
  }
  return out;
}

/**
 * Var(γᵢ), the variance of the fitted second derivative at each knot (0 at both ends: natural
 * spline), in x's own units, when yⱼ has variance `variances[j]`. The interior γ = B⁻¹ Qᵀ y / span²
 * is linear in y, and row c of B⁻¹ Qᵀ is (Q B⁻¹ e_c)ᵀ (B is symmetric): one banded solve per interior
 * knot, O(n²) in all. Same x, w and alpha as {@link fitSmoothingSpline}.
 */
export function secondDerivativeVariances(
  x: readonly number[],
  w: readonly number[],
  alpha: number,
  variances: readonly number[],
): number[] {
  const system = reinschSystem(x, w, alpha);
  const { span, m, factor } = system;
  const out: number[] = [0];
  const unit = new Float64Array(m);
  for (let c = 0; c < m; c += 1) {
    unit.fill(0);
    unit[c] = 1;
    out.push(weightedSquares(system, solvePenta(factor, unit), (j) => variances[j]!) / span ** 4);
  }
  out.push(0);
  return out;
}

/**
 * The natural cubic spline through (xᵢ, yᵢ): Reinsch's system with alpha = 0, R γ = Qᵀ y, one banded
 * solve in O(n). The limit of {@link fitSmoothingSpline} as alpha → 0, without its O(n²) hat-matrix
 * trace. x strictly ascending, n ≥ 2.
 */
export function interpolatingSpline(x: readonly number[], y: readonly number[]): CubicSpline {
  const system = reinschSystem(x, x.map(() => 1), 0);
  return { x: [...x], g: [...y], gamma: knotSecondDerivatives(system.span, interiorSecondDerivatives(system, y)) };
}

/** Value, slope and second derivative of a spline at one point. */
export interface SplinePoint {
  readonly y: number;
  readonly dy: number;
  readonly d2y: number;
}

/** Index of the spline piece containing x (clamped to the knot range). */
function pieceIndex(knots: readonly number[], x: number): number {
  let lo = 0;
  let hi = knots.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (knots[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Evaluates a natural cubic spline and its first two derivatives at x (x is clamped to the knot range). */
export function evaluateSpline(spline: CubicSpline, xAt: number): SplinePoint {
  const { x, g, gamma } = spline;
  const clamped = Math.min(Math.max(xAt, x[0]!), x[x.length - 1]!);
  const i = pieceIndex(x, clamped);
  const h = x[i + 1]! - x[i]!;
  const a = (x[i + 1]! - clamped) / h;
  const b = 1 - a;
  const g0 = g[i]!;
  const g1 = g[i + 1]!;
  const c0 = gamma[i]!;
  const c1 = gamma[i + 1]!;
  const y = a * g0 + b * g1 + (((a * a * a - a) * c0 + (b * b * b - b) * c1) * h * h) / 6;
  const dy = (g1 - g0) / h - ((3 * a * a - 1) * h * c0) / 6 + ((3 * b * b - 1) * h * c1) / 6;
  const d2y = a * c0 + b * c1;
  return { y, dy, d2y };
}
