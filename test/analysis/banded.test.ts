import { describe, expect, it } from 'vitest';
import { choleskyPenta, solvePenta } from '../../src/analysis/banded.js';

const TOLERANCE = 1e-10;

describe('solvePenta', () => {
  it('solvePenta(choleskyPenta(A), b) solves a pentadiagonal system', () => {
    // A diagonally dominant symmetric pentadiagonal matrix is positive definite.
    const m = 7;
    const d0 = Float64Array.from({ length: m }, (_, i) => 6 + i * 0.1);
    const d1 = Float64Array.from({ length: m }, (_, i) => -1.5 + 0.05 * i);
    const d2 = Float64Array.from({ length: m }, (_, i) => 0.5 - 0.02 * i);
    const x = Array.from({ length: m }, (_, i) => Math.sin(i + 1));
    const entry = (i: number, j: number): number => {
      const d = Math.abs(i - j);
      const lo = Math.min(i, j);
      return d === 0 ? d0[i]! : d === 1 ? d1[lo]! : d === 2 ? d2[lo]! : 0;
    };
    const b = x.map((_, i) => x.reduce((sum, xj, j) => sum + entry(i, j) * xj, 0));
    const solved = solvePenta(choleskyPenta({ d0, d1, d2 }), b);
    solved.forEach((v, i) => expect(Math.abs(v - x[i]!)).toBeLessThan(TOLERANCE));
  });

  it('choleskyPenta(A) throws when A is not positive definite', () => {
    const m = 3;
    expect(() =>
      choleskyPenta({ d0: new Float64Array(m).fill(1), d1: new Float64Array(m).fill(2), d2: new Float64Array(m) }),
    ).toThrow(/not positive definite/);
  });
});
