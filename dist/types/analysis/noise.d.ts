/** What {@link localNoise} needs from a fit. */
export interface NoiseInput {
    /** Knots x = log10(lr), ascending. */
    readonly x: readonly number[];
    /** Residuals yᵢ − g(xᵢ) of the fit. */
    readonly residuals: readonly number[];
    /** Var(rᵢ) / σ² of each residual under a constant per-trial noise σ (see `residualVariance`). */
    readonly spread: readonly number[];
}
/**
 * Local noise σ̂(xᵢ) of one trial, loss units: a kernel average in x of the squared residuals.
 *
 * With noise σ(x) varying slowly next to the smoother's reach, E rⱼ² ≈ σ²(xⱼ) · spreadⱼ, so
 * σ̂²(xᵢ) = Σⱼ Kᵢⱼ rⱼ² / Σⱼ Kᵢⱼ spreadⱼ: a ratio estimator in which points whose residual carries
 * little of their noise (a fit pinned there) have little say. For a near-interpolating fit rⱼ /
 * √spreadⱼ is a normalised contrast of the data that annihilates straight lines, like a difference-based
 * pseudo-residual (Gasser et al. 1986) but with a cubic spline's much smaller curvature bias.
 * K is Gaussian in x with bandwidth max({@link NOISE_BANDWIDTH}, distance to the
 * {@link NOISE_NEIGHBOURS}-th nearest other point, at most {@link MAX_NOISE_BANDWIDTH}): a fraction
 * of a decade where the search sampled densely, wide enough on the coarse grid that no estimate rests
 * on one squared residual.
 *
 * A local estimate from a few residuals is itself noisy (a weighted mean of χ²₁ variables with
 * df = (Σ Kspread)² / Σ (Kspread)² degrees of freedom), and noise-driven weights would make a
 * homoscedastic fit worse, while the residuals of a sharp, sparsely sampled bend (the blow-up rise)
 * carry some bias. So each local variance is moderated towards the pooled one, as in empirical-Bayes
 * variance shrinkage (Smyth 2004): (PRIOR_DF · pooled + df · local) / (PRIOR_DF + df). Where many
 * residuals agree (a dense exact descent, a dense noisy bottom) the local value stands; where few do,
 * the pooled level does.
 */
export declare function localNoise(input: NoiseInput): number[];
/**
 * σ̂² pooled over the first `count` points: Σ rᵢ² / Σ spreadᵢ (E rᵢ² = σ² · spreadᵢ under one noise
 * level σ, see {@link NoiseInput}); 0 when the spreads sum to 0.
 */
export declare function pooledNoiseVariance(residuals: readonly number[], spread: readonly number[], count: number): number;
