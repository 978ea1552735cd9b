/** Smallest kernel bandwidth of the local noise estimate, decades. */
const NOISE_BANDWIDTH = 0.1;
/** The bandwidth at a point widens to reach at least this many other points (sparse, coarse regions). */
const NOISE_NEIGHBOURS = 4;
/** Largest kernel bandwidth, decades: noise is a local property, far regions must not leak in. */
const MAX_NOISE_BANDWIDTH = 0.5;
/** Prior degrees of freedom of the pooled noise level the local estimates are moderated towards. */
const PRIOR_DF = 4;

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
export function localNoise(input: NoiseInput): number[] {
  const { x, residuals, spread } = input;
  const n = x.length;
  const pooled = pooledNoiseVariance(residuals, spread, n);
  return x.map((xi) => {
    const distances = x.map((xj) => Math.abs(xj - xi)).sort((a, b) => a - b);
    const h = Math.min(MAX_NOISE_BANDWIDTH, Math.max(NOISE_BANDWIDTH, distances[Math.min(NOISE_NEIGHBOURS, n - 1)]!));
    let num = 0;
    let den = 0;
    let den2 = 0;
    for (let j = 0; j < n; j += 1) {
      const k = Math.exp(-0.5 * ((x[j]! - xi) / h) ** 2);
      num += k * residuals[j]! ** 2;
      den += k * spread[j]!;
      den2 += (k * spread[j]!) ** 2;
    }
    if (!(den > 0)) return Math.sqrt(pooled);
    // Effective degrees of freedom of the local estimate: a weighted mean of χ²₁ variables.
    const df = (den * den) / den2;
    const local = num / den;
    return Math.sqrt((PRIOR_DF * pooled + df * local) / (PRIOR_DF + df));
  });
}

/**
 * σ̂² pooled over the first `count` points: Σ rᵢ² / Σ spreadᵢ (E rᵢ² = σ² · spreadᵢ under one noise
 * level σ, see {@link NoiseInput}); 0 when the spreads sum to 0.
 */
export function pooledNoiseVariance(residuals: readonly number[], spread: readonly number[], count: number): number {
  let squares = 0;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    squares += residuals[i]! ** 2;
    total += spread[i]!;
  }
  return total > 0 ? squares / total : 0;
}
