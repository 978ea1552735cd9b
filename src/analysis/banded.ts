/**
 * A symmetric positive-definite pentadiagonal matrix (bandwidth 2), stored by diagonals.
 * `d0[i]` = A[i][i], `d1[i]` = A[i][i+1], `d2[i]` = A[i][i+2].
 */
export interface Pentadiagonal {
  readonly d0: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
}

/** A Cholesky factor L (A = L Lᵀ) of a pentadiagonal matrix, stored by diagonals of L. */
export interface BandedCholesky {
  /** L[i][i]. */
  readonly l0: Float64Array;
  /** L[i][i-1] (l1[0] unused). */
  readonly l1: Float64Array;
  /** L[i][i-2] (l2[0], l2[1] unused). */
  readonly l2: Float64Array;
}

/** Factors a symmetric positive-definite pentadiagonal matrix in O(m). Throws if it is not positive definite. */
export function choleskyPenta(a: Pentadiagonal): BandedCholesky {
  const m = a.d0.length;
  const l0 = new Float64Array(m);
  const l1 = new Float64Array(m);
  const l2 = new Float64Array(m);
  for (let i = 0; i < m; i += 1) {
    if (i >= 2) l2[i] = a.d2[i - 2]! / l0[i - 2]!;
    if (i >= 1) l1[i] = (a.d1[i - 1]! - (i >= 2 ? l2[i]! * l1[i - 1]! : 0)) / l0[i - 1]!;
    const pivot = a.d0[i]! - l1[i]! * l1[i]! - l2[i]! * l2[i]!;
    if (!(pivot > 0)) throw new Error('choleskyPenta: matrix is not positive definite');
    l0[i] = Math.sqrt(pivot);
  }
  return { l0, l1, l2 };
}

/** Solves A x = b given A's banded Cholesky factor, in O(m). Returns a new array. */
export function solvePenta(factor: BandedCholesky, b: ArrayLike<number>): Float64Array {
  const { l0, l1, l2 } = factor;
  const m = l0.length;
  const z = new Float64Array(m);
  for (let i = 0; i < m; i += 1) {
    let s = b[i]!;
    if (i >= 1) s -= l1[i]! * z[i - 1]!;
    if (i >= 2) s -= l2[i]! * z[i - 2]!;
    z[i] = s / l0[i]!;
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i -= 1) {
    let s = z[i]!;
    if (i + 1 < m) s -= l1[i + 1]! * x[i + 1]!;
    if (i + 2 < m) s -= l2[i + 2]! * x[i + 2]!;
    x[i] = s / l0[i]!;
  }
  return x;
}
