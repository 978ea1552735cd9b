/**
 * Every user-facing sentence the analysis produces, in one place so tests compare against these
 * functions rather than copied strings. Learning rates are printed with `displayLr`.
 */
import { displayLr } from '../numbers.js';

/** Formats a loss with 4 significant digits. */
export function formatLoss(loss: number): string {
  return Number(loss.toPrecision(4)).toString();
}

/** A sample's lr is negative or not a finite number. */
export function invalidSampleLr(lr: number, index: number): string {
  return `sample ${index + 1} has lr ${String(lr)}: learning rates must be finite numbers >= 0 (lr = 0 gives L(0))`;
}

/** The lossAtZero option is not a finite number. */
export function invalidLossAtZero(value: number): string {
  return `lossAtZero ${String(value)} is not allowed: it must be a finite number (the untrained model's validation loss)`;
}

/** Fewer than four distinct learning rates gave a finite loss. */
export function tooFewSamples(finite: number, smallestDiverged: number | null): string {
  const where =
    smallestDiverged !== null
      ? `training diverged from lr ${displayLr(smallestDiverged)}: lower --start-lr or --end-lr so more trials stay finite`
      : 'widen the range (--start-lr, --end-lr) or lower --coarse-step';
  return `only ${finite} distinct learning rate${finite === 1 ? '' : 's'} gave a finite loss (4 are needed): ${where}`;
}

/** Every trial with lr > 0 diverged. */
export function allDiverged(smallestLr: number): string {
  return `every trial diverged, even at the smallest lr tried (${displayLr(smallestLr)}): lower --start-lr or check the training command`;
}

/** No finite loss at lr = 0 and no lossAtZero given: `ran` tells an lr = 0 trial that diverged from none at all. */
export function noLossAtZero(ran: boolean): string {
  return ran
    ? 'the lr = 0 trial gave no finite loss, so L(0) is unknown: the untrained model\'s loss must be finite (check the loss the training command reports at lr 0) or pass lossAtZero'
    : 'there is no finite loss at lr = 0, so L(0) is unknown: add an lr = 0 trial (a row with lr 0) or pass lossAtZero';
}

/** The fitted loss never falls meaningfully below L(0). */
export function noDescent(lossAtZero: number, lowest: number, margin: number): string {
  return `the loss never falls meaningfully below L(0) = ${formatLoss(lossAtZero)} (lowest fitted ${formatLoss(lowest)}, needed below ${formatLoss(lossAtZero - margin)}): raise --steps or --end-lr, or check that the training command learns`;
}

/** The fitted minimum is at the smallest lr tried. */
export function minAtStart(startLr: number): string {
  return `the loss is lowest at the smallest lr tried (${displayLr(startLr)}): lower --start-lr`;
}

/** The fitted minimum is at the largest lr tried and nothing diverged above it. */
export function stillFalling(endLr: number): string {
  return `the loss is still falling at the largest lr tried (${displayLr(endLr)}): raise --end-lr`;
}

/** The loss is already more than half way down at the smallest lr tried. */
export function descentBeforeStart(startLr: number): string {
  return `the loss is already falling at the smallest lr tried (${displayLr(startLr)}), so the knee is out of range: lower --start-lr`;
}

/** The curvature has no negative minimum (no knee) left of the half-loss point. */
export function noKnee(halfLossLr: number): string {
  return `the curve has no knee (no bend into the descent) left of the half-loss lr ${displayLr(halfLossLr)}: lower --start-lr or lower --coarse-step for a finer grid`;
}
