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
export declare function choleskyPenta(a: Pentadiagonal): BandedCholesky;
/** Solves A x = b given A's banded Cholesky factor, in O(m). Returns a new array. */
export declare function solvePenta(factor: BandedCholesky, b: ArrayLike<number>): Float64Array;
