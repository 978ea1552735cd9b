import type { Suggestion } from './types.js';

/** The parts of a step-sampling result that {@link lowestLossAfterReset} reads (a `SweepResult` fits). */
export interface SearchCurve {
  /** The fitted curve's minimum, or null with no window. */
  readonly maxLr: number | null;
  readonly samples: readonly { readonly lr: number; readonly loss: number | null; readonly diverged: boolean }[];
}

/**
 * "Reset between trials, take the lowest" (Wittmann): the lr where the step-sampling curve is lowest.
 * That is `maxLr`, the fitted curve's minimum, which is less noisy than the single lowest trial; with no
 * `maxLr` it falls back to the lowest finite trial at lr > 0. Null when there is none.
 */
export function lowestLossAfterReset(result: SearchCurve): Suggestion | null {
  const trials = result.samples.filter(
    (s): s is { lr: number; loss: number; diverged: boolean } => s.lr > 0 && !s.diverged && s.loss !== null && Number.isFinite(s.loss),
  );
  if (trials.length === 0) return null;
  const lowest = trials.reduce((a, b) => (b.loss < a.loss ? b : a));
  if (result.maxLr === null) return { lr: lowest.lr, loss: lowest.loss };
  const nearest = trials.reduce((a, b) =>
    Math.abs(Math.log10(b.lr / (result.maxLr as number))) < Math.abs(Math.log10(a.lr / (result.maxLr as number))) ? b : a,
  );
  return { lr: result.maxLr, loss: nearest.loss };
}
