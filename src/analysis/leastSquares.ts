/** Small dense nonlinear least squares: what the shape model's 7-parameter fit needs, no more. */

/** Relative decrease of the sum of squares below which a step counts as converged. */
const CONVERGED = 1e-12;
/** Damping above which no step is tried any more (the sum cannot be lowered from here), and below which it does not fall. */
const MAX_DAMPING = 1e12;
const MIN_DAMPING = 1e-12;
/** Damping of the first step: close to Gauss-Newton. */
const START_DAMPING = 1e-3;
/** Added to the damped diagonal, so a parameter the residuals do not depend on leaves the system solvable. */
const RIDGE = 1e-12;
/** Central-difference step, relative to max(1, |θⱼ|). */
const JACOBIAN_STEP = 1e-6;

/** ∂rᵢ/∂θⱼ for every residual i, by parameter: column j is `jacobian[j]`. */
export type Jacobian = (theta: readonly number[]) => number[][];

/**
 * Minimises Σ rᵢ(θ)² from `start` by Levenberg-Marquardt: Marquardt's scaled damping, the Jacobian
 * given (`jacobianOf`, by parameter) or else by central differences. Stops when a step lowers the sum by less than a relative 1e-12, when
 * no step lowers it, or after `maxIterations`. A start whose sum is not finite is returned as is with
 * rss = Infinity; steps to a non-finite sum are refused.
 * @example
 * // y = 2·e^(0.5x), fitted from θ = [1, 1]
 * levenbergMarquardt((t) => xs.map((x, i) => ys[i] - t[0] * Math.exp(t[1] * x)), [1, 1], 100).theta; // ≈ [2, 0.5]
 */
export function levenbergMarquardt(
  residualsOf: (theta: readonly number[]) => number[],
  start: readonly number[],
  maxIterations: number,
  jacobianOf: Jacobian = (theta) => centralDifferences(residualsOf, theta),
): { theta: number[]; rss: number } {
  const sumOfSquares = (r: readonly number[]) => r.reduce((sum, v) => sum + v * v, 0);
  let theta = [...start];
  let r = residualsOf(theta);
  let rss = sumOfSquares(r);
  if (!Number.isFinite(rss)) return { theta, rss: Number.POSITIVE_INFINITY };
  let damping = START_DAMPING;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const jacobian = jacobianOf(theta);
    const normal = jacobian.map((a) => jacobian.map((b) => dot(a, b)));
    const gradient = jacobian.map((a) => dot(a, r));
    let improved = false;
    while (damping < MAX_DAMPING) {
      const step = solveLinear(
        normal.map((row, i) => row.map((v, k) => (i === k ? v * (1 + damping) + RIDGE : v))),
        gradient.map((g) => -g),
      );
      const next = step === null ? null : theta.map((v, j) => v + step[j]!);
      const rNext = next === null ? null : residualsOf(next);
      const rssNext = rNext === null ? Number.NaN : sumOfSquares(rNext);
      if (next !== null && rNext !== null && rssNext < rss) {
        const converged = rss - rssNext <= CONVERGED * rss;
        theta = next;
        r = rNext;
        rss = rssNext;
        damping = Math.max(damping / 3, MIN_DAMPING);
        improved = !converged;
        break;
      }
      damping *= 10;
    }
    if (!improved) break;
  }
  return { theta, rss };
}

/** The Jacobian of `residualsOf` at θ by central differences, by parameter. */
export function centralDifferences(residualsOf: (theta: readonly number[]) => number[], theta: readonly number[]): number[][] {
  return theta.map((value, j) => {
    const h = JACOBIAN_STEP * Math.max(1, Math.abs(value));
    const up = residualsOf(theta.map((v, k) => (k === j ? v + h : v)));
    const down = residualsOf(theta.map((v, k) => (k === j ? v - h : v)));
    return up.map((u, i) => (u - down[i]!) / (2 * h));
  });
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/** Solves A s = b by Gaussian elimination with partial pivoting (A and b are left as they are); null when A is singular. */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let i = col + 1; i < n; i += 1) if (Math.abs(m[i]![col]!) > Math.abs(m[pivot]![col]!)) pivot = i;
    if (!(Math.abs(m[pivot]![col]!) > 0)) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let i = col + 1; i < n; i += 1) {
      const factor = m[i]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k += 1) m[i]![k] = m[i]![k]! - factor * m[col]![k]!;
    }
  }
  const s = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = m[i]![n]!;
    for (let k = i + 1; k < n; k += 1) sum -= m[i]![k]! * s[k]!;
    s[i] = sum / m[i]![i]!;
  }
  return s.every(Number.isFinite) ? s : null;
}
