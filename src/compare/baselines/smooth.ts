/** Options for {@link createLossSmoother} and {@link smoothLosses}. */
export interface SmootherOptions {
  /** Weight of the past in the moving average, 0 ≤ beta < 1. Default 0.98 (fastai and Lightning). */
  readonly beta?: number;
  /** Stop once the smoothed loss exceeds this multiple of its best so far. Default 4 (fastai `stop_div`). */
  readonly stopFactor?: number;
}

/** What {@link LossSmoother.add} returns for one step. */
export interface SmoothedStep {
  /** Bias-corrected moving average including this step's loss. */
  readonly smoothed: number;
  /** True when the run should stop after this step: smoothed > stopFactor × best, or not finite. */
  readonly stop: boolean;
}

/** Incremental smoother and divergence check for a range test, fed one raw loss per step. */
export interface LossSmoother {
  add(loss: number): SmoothedStep;
}

/** Default smoothing weight, as in fastai's `AvgSmoothLoss` and Lightning's `_LRCallback`. */
const DEFAULT_BETA = 0.98;
/** Default divergence factor, as in fastai's `LRFinder` and Lightning's `early_stop_threshold`. */
const DEFAULT_STOP_FACTOR = 4;

/**
 * Creates the fastai-style smoother: avg = beta·avg + (1-beta)·loss, smoothed = avg / (1 - beta^count).
 * Pure state machine, no I/O. A NaN or infinite loss also stops the run: fastai keeps going after a NaN
 * but then truncates the curve at it, so stopping early saves the steps without changing any suggestion.
 */
export function createLossSmoother(options: SmootherOptions = {}): LossSmoother {
  const beta = options.beta ?? DEFAULT_BETA;
  const stopFactor = options.stopFactor ?? DEFAULT_STOP_FACTOR;
  let avg = 0;
  let count = 0;
  let best = Number.POSITIVE_INFINITY;
  return {
    add(loss: number): SmoothedStep {
      count += 1;
      avg = beta * avg + (1 - beta) * loss;
      const smoothed = avg / (1 - beta ** count);
      if (smoothed < best) best = smoothed;
      const stop = !Number.isFinite(smoothed) || smoothed > stopFactor * best;
      return { smoothed, stop };
    },
  };
}

/** Smooths a whole series of raw losses (no stopping); NaN in gives NaN from there on, as in fastai. */
export function smoothLosses(losses: readonly number[], options: SmootherOptions = {}): number[] {
  const smoother = createLossSmoother(options);
  return losses.map((loss) => smoother.add(loss).smoothed);
}
