import { describe, expect, it } from 'vitest';
import { levenbergMarquardt, solveLinear } from '../../src/analysis/leastSquares.js';

describe('solveLinear', () => {
  it('solveLinear(A, b) solves A s = b, pivoting past a zero on the diagonal, and leaves A and b alone', () => {
    // [[0, 2], [3, 1]] s = [4, 5]: s₂ = 2 from the first row, then 3 s₁ = 5 − 2, s₁ = 1.
    const a = [
      [0, 2],
      [3, 1],
    ];
    const b = [4, 5];
    expect(solveLinear(a, b)).toEqual([1, 2]);
    expect(a).toEqual([
      [0, 2],
      [3, 1],
    ]);
    expect(b).toEqual([4, 5]);
  });

  it('solveLinear(a singular A, b) is null', () => {
    expect(
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toBeNull();
  });
});

describe('levenbergMarquardt', () => {
  const xs = [0, 0.5, 1, 1.5, 2, 2.5, 3];
  // Exact data of y = 2·e^(0.5x).
  const ys = xs.map((x) => 2 * Math.exp(0.5 * x));
  const residuals = (t: readonly number[]) => xs.map((x, i) => ys[i]! - t[0]! * Math.exp(t[1]! * x));

  it('levenbergMarquardt(residuals of exact exponential data, a start far off) recovers the parameters', () => {
    const { theta, rss } = levenbergMarquardt(residuals, [1, 1.5], 200);
    expect(theta[0]).toBeCloseTo(2, 8);
    expect(theta[1]).toBeCloseTo(0.5, 8);
    expect(rss).toBeLessThan(1e-16);
  });

  it('levenbergMarquardt(residuals, start, n, their exact Jacobian) reaches the same parameters as with central differences', () => {
    // ∂rᵢ/∂a = −e^(b·xᵢ), ∂rᵢ/∂b = −a·xᵢ·e^(b·xᵢ).
    const exact = (t: readonly number[]) => [xs.map((x) => -Math.exp(t[1]! * x)), xs.map((x) => -t[0]! * x * Math.exp(t[1]! * x))];
    const withExact = levenbergMarquardt(residuals, [1, 1.5], 200, exact).theta;
    const withDifferences = levenbergMarquardt(residuals, [1, 1.5], 200).theta;
    withExact.forEach((v, j) => expect(v).toBeCloseTo(withDifferences[j]!, 8));
  });

  it('levenbergMarquardt(..., maxIterations 0) returns the start and its sum of squares', () => {
    const start = [1, 1.5];
    const expected = residuals(start).reduce((sum, r) => sum + r * r, 0);
    expect(levenbergMarquardt(residuals, start, 0)).toEqual({ theta: start, rss: expected });
  });

  it('levenbergMarquardt(residuals that are not finite at the start) returns the start with rss Infinity', () => {
    expect(levenbergMarquardt(() => [Number.NaN, 1], [3], 50)).toEqual({ theta: [3], rss: Number.POSITIVE_INFINITY });
  });

  it('levenbergMarquardt never steps to a non-finite sum: residuals that overflow past θ = 1 keep θ below it', () => {
    // r(θ) = [θ − 2] until θ > 1, where it overflows: the minimum within reach is at the wall.
    const walled = (t: readonly number[]) => [t[0]! > 1 ? Number.POSITIVE_INFINITY : t[0]! - 2];
    const { theta, rss } = levenbergMarquardt(walled, [0], 200);
    expect(theta[0]).toBeLessThanOrEqual(1);
    expect(Number.isFinite(rss)).toBe(true);
  });
});
