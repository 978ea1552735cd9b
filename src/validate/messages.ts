import { formatAccuracy, formatLr } from './format.js';
import type { AccuracyBand } from './types.js';

/** User-facing sentences of `lr-sweep validate`, in one place so tests compare with them. */

/** How every lr was trained, for validation.md. */
export function trainingLine(epochs: number, seed: number): string {
  return `Each learning rate trained from the same initial weights and batch order (seed ${seed}) for ${epochs} epochs; accuracy and loss on the validation split after the last epoch.`;
}

/** The best grid accuracy and the band within 1 point of it. */
export function bandLine(band: AccuracyBand): string {
  return `Best grid accuracy ${formatAccuracy(band.bestAccuracy)} at lr ${formatLr(band.bestLr)}; learning rates from ${formatLr(band.loLr)} to ${formatLr(band.hiLr)} stay within ${(band.points * 100).toFixed(0)} point of it (the band).`;
}

/** No grid point produced an accuracy. */
export const noGridAccuracy = 'No grid point produced an accuracy (every run diverged or the model has no accuracy to compute).';

/** --lrs is not a list of positive learning rates. */
export function badLrList(value: string): string {
  return `--lrs must be a comma-separated list of positive learning rates, e.g. 1e-4,1e-3,1e-2, got "${value}"`;
}

/** The grid from --start-lr to --end-lr has fewer than two points. */
export function gridTooSmall(start: number, end: number, step: number): string {
  return `the validation grid from ${start} to ${end} at ${step} decades has fewer than 2 points: widen --start-lr/--end-lr or lower --grid-step`;
}

/** A dataset training split needs --steps-per-epoch. */
export function needsStepsPerEpoch(file: string): string {
  return `${file}: data(tf).train is a tf.data.Dataset, whose length lr-sweep cannot know: pass --steps-per-epoch N`;
}

/** The model reports no accuracy metric. */
export function noAccuracyMetric(file: string, names: readonly string[]): string {
  return `${file}: validation reports no accuracy (metrics: ${names.length > 0 ? names.join(', ') : 'none'}): validate needs a classification model whose loss tfjs can pair with the "accuracy" metric`;
}

/** One line on stderr per trained lr. */
export function trainedLine(i: number, n: number, lr: number, accuracy: number | null, epochs: number, seconds: number): string {
  return `validate ${i}/${n}  lr ${formatLr(lr)}  accuracy ${formatAccuracy(accuracy)}  epochs ${epochs}  ${seconds.toFixed(1)} s`;
}
