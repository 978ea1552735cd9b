import { type SmoothingChoice } from './gcv.js';
/** A fit weighted by the local noise, with that noise. */
export interface WeightedChoice extends SmoothingChoice {
    /** σ̂(xᵢ) of one trial at each point, loss units, floored (see {@link NOISE_FLOOR}). */
    readonly noise: readonly number[];
    /** Residuals of the unweighted plain-GCV pilot fit. */
    readonly pilotResiduals: readonly number[];
    /** Var(rᵢ)/σ² of those residuals (see `residualVariance`). */
    readonly pilotSpread: readonly number[];
    /** The weights the final fit used: countᵢ / σ̂(xᵢ)², scaled so the largest is 1. */
    readonly weights: readonly number[];
}
/**
 * A smoothing spline robust to heteroscedastic noise: weighted least squares with weights
 * countᵢ / σ̂²(xᵢ) from a local noise estimate (variance-function estimation from residuals,
 * Carroll & Ruppert 1988; Ruppert et al. 1997), smoothing by modified GCV.
 *
 * Step-sampling trials are nearly exact on the plateau and the descent and scatter near the minimum,
 * where training approaches instability. With one global σ̂ the exact majority makes the noise look
 * tiny, GCV nearly interpolates, and the fit chases the scatter at the bottom (slopes steeper than
 * the real descent, maxLr on the single lowest sample).
 *
 * The noise is always read off a plain-GCV fit (penalty 1): GCV undersmooths, so its residuals are
 * mostly noise and little bias. Residuals of a heavily smoothed fit would count the curve's own bends
 * (the blow-up rise) as noise, down-weight them, smooth more, and run away. Each pass: residuals and
 * the residual variances of the current plain-GCV fit → {@link localNoise}, floored at {@link NOISE_FLOOR} of the
 * fitted range → weights → a new plain-GCV fit. The final fit minimises the modified GCV with the
 * last weights and the edf inflation the unweighted pilot's σ̂ calls for (see `adaptivePenalty`).
 * Exact data floor everywhere, keep equal weights and give exactly the unweighted fit.
 * x strictly ascending, n ≥ 4.
 */
export declare function chooseWeightedSmoothing(x: readonly number[], y: readonly number[], counts: readonly number[]): WeightedChoice;
