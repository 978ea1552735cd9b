import { formatAccuracy } from './format.js';
import type { AccuracyBand, ConvergenceOutcome, ValidationSettings } from './types.js';
import { displayLr } from '../../numbers.js';

/** User-facing sentences of `lr-sweep validate`, in one place so tests compare with them. */

/** How every lr was trained, for validation.md. */
export function trainingLine(epochs: number, patience: number, seed: number): string {
  const start = `Each learning rate trained from the same initial weights and batch order (seed ${seed})`;
  return patience > 0
    ? `${start} until the validation loss had not improved for ${patience} epoch${patience === 1 ? '' : 's'} (at most ${epochs} epochs); accuracy and loss on the validation split at the epoch of lowest validation loss.`
    : `${start} for ${epochs} epochs (a fixed budget, no early stopping); accuracy and loss on the validation split after the last epoch.`;
}

/** How an lr's training ended, e.g. `7 (best 4, stopped early)`. */
export function epochsCell(outcome: ConvergenceOutcome): string {
  const notes = [
    ...(outcome.bestEpoch !== null && outcome.bestEpoch !== outcome.epochs ? [`best ${outcome.bestEpoch}`] : []),
    ...(outcome.stoppedEarly ? ['stopped early'] : []),
    ...(outcome.diverged ? [`diverged in epoch ${outcome.epochs}`] : []),
  ];
  return notes.length === 0 ? `${outcome.epochs}` : `${outcome.epochs} (${notes.join(', ')})`;
}

/** Chart title: what the accuracies are. */
export function chartTitle(settings: ValidationSettings, model: string): string {
  return settings.patience > 0
    ? `Accuracy at the best validation loss (patience ${settings.patience}, ≤ ${settings.epochs} epochs): ${model}`
    : `Final accuracy after ${settings.epochs} epoch${settings.epochs === 1 ? '' : 's'}: ${model}`;
}

/** Chart y axis: which accuracy is plotted. */
export function accuracyAxisTitle(settings: ValidationSettings): string {
  return settings.patience > 0 ? 'validation accuracy at best epoch (%)' : 'final validation accuracy (%)';
}

/** The best grid accuracy and the band within 1 point of it. */
export function bandLine(band: AccuracyBand): string {
  return `Best grid accuracy ${formatAccuracy(band.bestAccuracy)} at lr ${displayLr(band.bestLr)}; learning rates from ${displayLr(band.loLr)} to ${displayLr(band.hiLr)} stay within ${(band.points * 100).toFixed(0)} point of it (the band).`;
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
export function trainedLine(i: number, n: number, lr: number, outcome: ConvergenceOutcome): string {
  return `validate ${i}/${n}  lr ${displayLr(lr)}  accuracy ${formatAccuracy(outcome.accuracy)}  epochs ${epochsCell(outcome)}  ${(outcome.ms / 1000).toFixed(1)} s`;
}
