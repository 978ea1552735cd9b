import { formatAccuracy, formatLr } from './format.js';
import type { AccuracyBand } from './types.js';

/** User-facing sentences of `lr-sweep validate`, in one place so tests compare with them. */

export function trainingLine(epochs: number, patience: number, seed: number): string {
  return patience > 0
    ? `Each learning rate trained from the same initial weights and batch order (seed ${seed}) for up to ${epochs} epochs, stopping after ${patience} epochs without a lower validation loss.`
    : `Each learning rate trained from the same initial weights and batch order (seed ${seed}) for ${epochs} epochs.`;
}

export function bandLine(band: AccuracyBand): string {
  return `Best grid accuracy ${formatAccuracy(band.bestAccuracy)} at lr ${formatLr(band.bestLr)}; learning rates from ${formatLr(band.loLr)} to ${formatLr(band.hiLr)} stay within ${(band.points * 100).toFixed(0)} point of it (the band).`;
}

export const noGridAccuracy = 'No grid point produced an accuracy (every run diverged or the model has no accuracy to compute).';

export function badLrList(value: string): string {
  return `--lrs must be a comma-separated list of positive learning rates, e.g. 1e-4,1e-3,1e-2, got "${value}"`;
}

export function gridTooSmall(start: number, end: number, step: number): string {
  return `the validation grid from ${start} to ${end} at ${step} decades has fewer than 2 points: widen --start-lr/--end-lr or lower --grid-step`;
}

export function accuracyUnavailable(shape: readonly number[]): string {
  return `cannot compute accuracy for validation targets of shape [${shape.join(', ')}]: expected one-hot [n, classes], class indices [n] or [n, 1], or binary [n, 1] targets`;
}

/** One line on stderr per trained lr. */
export function trainedLine(i: number, n: number, lr: number, accuracy: number | null, epochs: number, seconds: number): string {
  return `validate ${i}/${n}  lr ${formatLr(lr)}  accuracy ${formatAccuracy(accuracy)}  epochs ${epochs}  ${seconds.toFixed(1)} s`;
}
