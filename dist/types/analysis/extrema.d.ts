/**
 * Minimises f on [a, b] by golden-section search to `tolerance`. f should be unimodal on the
 * bracket (the caller brackets a grid minimum by its neighbours). Returns the best x seen,
 * including the ends, so a minimum at an end is kept.
 */
export declare function goldenMinimum(f: (x: number) => number, a: number, b: number, tolerance?: number): number;
/**
 * Finds a root of f in [a, b] by bisection, given f(a) and f(b) of opposite signs (or one zero).
 * Returns the midpoint of the final bracket.
 */
export declare function bisectRoot(f: (x: number) => number, a: number, b: number, tolerance?: number): number;
/** Index of the smallest value among values[from..to] inclusive (first one on ties); -1 if empty. */
export declare function argMin(values: readonly number[], from?: number, to?: number): number;
/** Index of the value nearest to x (the first of two equally near); values need not be sorted. */
export declare function nearestIndex(values: readonly number[], x: number): number;
