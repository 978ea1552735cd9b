/** Small dense nonlinear least squares: what the shape model's 7-parameter fit needs, no more. */
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
export declare function levenbergMarquardt(residualsOf: (theta: readonly number[]) => number[], start: readonly number[], maxIterations: number, jacobianOf?: Jacobian): {
    theta: number[];
    rss: number;
};
/** The Jacobian of `residualsOf` at θ by central differences, by parameter. */
export declare function centralDifferences(residualsOf: (theta: readonly number[]) => number[], theta: readonly number[]): number[][];
/** Solves A s = b by Gaussian elimination with partial pivoting (A and b are left as they are); null when A is singular. */
export declare function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] | null;
