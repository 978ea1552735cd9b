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
/**
 * Fits the cubic smoothing spline minimising Σ wᵢ (yᵢ − g(xᵢ))² + alpha ∫ g''(x)² dx, by Reinsch's
 * algorithm (Green & Silverman 1994, ch. 2–3): one pentadiagonal solve, O(n), plus O(n²) for the
 * hat-matrix trace. x must be strictly ascending with n ≥ 3; alpha > 0; weights > 0.
 * Works on a unit-normalised copy of x so that alpha is comparable across ranges.
 */
export declare function fitSmoothingSpline(x: readonly number[], y: readonly number[], w: readonly number[], alpha: number): SplineFit;
/**
 * Var(rᵢ) / σ² for each residual rᵢ = yᵢ − g(xᵢ) of the fit with this alpha and weights, when point j
 * averages cⱼ trials of per-trial noise σ: Σⱼ (I − A)ᵢⱼ² / cⱼ, A the hat matrix (g = A y). Row i of
 * I − A = alpha W⁻¹ Q B⁻¹ Qᵀ is (alpha / wᵢ) (Q B⁻¹ qᵢ)ᵀ, qᵢ row i of Q: one banded solve per row,
 * O(n²) in all. Unlike rᵢ², the ratio rᵢ² / Var(rᵢ) stays finite as the fit approaches interpolation
 * (both scale with alpha²). Same arguments as {@link fitSmoothingSpline}, plus the counts.
 */
export declare function residualVariance(x: readonly number[], w: readonly number[], alpha: number, counts: readonly number[]): number[];
/**
 * Var(γᵢ), the variance of the fitted second derivative at each knot (0 at both ends: natural
 * spline), in x's own units, when yⱼ has variance `variances[j]`. The interior γ = B⁻¹ Qᵀ y / span²
 * is linear in y, and row c of B⁻¹ Qᵀ is (Q B⁻¹ e_c)ᵀ (B is symmetric): one banded solve per interior
 * knot, O(n²) in all. Same x, w and alpha as {@link fitSmoothingSpline}.
 */
export declare function secondDerivativeVariances(x: readonly number[], w: readonly number[], alpha: number, variances: readonly number[]): number[];
/**
 * The natural cubic spline through (xᵢ, yᵢ): Reinsch's system with alpha = 0, R γ = Qᵀ y, one banded
 * solve in O(n). The limit of {@link fitSmoothingSpline} as alpha → 0, without its O(n²) hat-matrix
 * trace. x strictly ascending, n ≥ 2.
 */
export declare function interpolatingSpline(x: readonly number[], y: readonly number[]): CubicSpline;
/** Value, slope and second derivative of a spline at one point. */
export interface SplinePoint {
    readonly y: number;
    readonly dy: number;
    readonly d2y: number;
}
/** Evaluates a natural cubic spline and its first two derivatives at x (x is clamped to the knot range). */
export declare function evaluateSpline(spline: CubicSpline, xAt: number): SplinePoint;
