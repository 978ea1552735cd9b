import { type SplineFit } from './spline.js';
/** Options for {@link chooseSmoothing}. */
export interface SmoothingOptions {
    /**
     * Fixes the edf inflation of modified GCV (1 = plain GCV) instead of choosing it from the
     * measured noise. Default: adaptive, see {@link chooseSmoothing}.
     */
    readonly penalty?: number;
}
/** The chosen smoothing and its fit. */
export interface SmoothingChoice extends SplineFit {
    /** log10 of the chosen smoothing parameter alpha (on unit-normalised x). */
    readonly logAlpha: number;
    /** The edf inflation used (1 = plain GCV). */
    readonly penalty: number;
    /** Residual noise estimate σ̂ = sqrt(rss / (n − edf)) of the plain-GCV fit, loss units (0 for an exact fit). */
    readonly sigma: number;
}
/** Residual noise σ̂ = sqrt(rss / (n − edf)) of a fit to n points (weighted units); 0 for an exact fit. */
export declare function residualNoise(fit: SplineFit, n: number): number;
/**
 * Minimises the modified GCV score over log10 alpha: a grid over {@link LOG_ALPHA_RANGE}, then a
 * golden-section refinement around the best grid point.
 */
export declare function gcvFit(x: readonly number[], y: readonly number[], w: readonly number[], penalty: number): SplineFit & {
    logAlpha: number;
};
/**
 * Chooses the smoothing of a cubic smoothing spline by generalised cross-validation, with an edf
 * inflation (Kim & Gu 2004's modified GCV) that grows with the measured noise.
 *
 * Plain GCV is near-optimal for exact or nearly exact data (it then interpolates, which is what a
 * noise-free curve wants), but with ~20–50 noisy points it often undersmooths and leaves wiggles.
 * So: a plain-GCV fit first measures the residual noise σ̂; the penalty is
 * 1 + (MAX_PENALTY − 1) · min(1, (σ̂ / fitted range) / NOISE_SCALE), i.e. 1 for exact data and 1.5
 * (every degree of freedom counted one and a half times) once the noise is 0.5 % of the fitted range
 * or more; the final fit minimises that modified GCV. x strictly ascending, n ≥ 3.
 */
export declare function chooseSmoothing(x: readonly number[], y: readonly number[], w: readonly number[], options?: SmoothingOptions): SmoothingChoice;
/**
 * The edf inflation of modified GCV for a noise level: 1 + ({@link MAX_PENALTY} − 1) · min(1, (σ̂ / range) /
 * {@link NOISE_SCALE}); `fitted` are the fitted values whose range σ̂ is compared to.
 */
export declare function adaptivePenalty(sigma: number, fitted: readonly number[]): number;
