/** User-facing sentences of the range test, in one place so tests compare with them. */
import { displayLr } from '../../numbers.js';

/** A learning-rate setting (named as the edge spells it) is not a positive number. */
export function notPositive(flag: string, value: number): string {
  return `${flag} must be a positive number, got ${value}`;
}

/** The end lr is not above the start lr; `startName`/`endName` as the edge spells them. */
export function endNotAboveStart(start: number, end: number, startName = 'startLr', endName = 'endLr'): string {
  return `${endName} must be above ${startName}, got ${startName} ${start} and ${endName} ${end}`;
}

/** The step count is not a whole number of at least `min`. */
export function badNumIt(value: number, min: number, name = 'numIt'): string {
  return `${name} must be a whole number of steps, at least ${min}, got ${value}`;
}

/** The smoothing weight is outside [0, 1). */
export function badBeta(value: number): string {
  return `smoothing beta must be in [0, 1), got ${value}`;
}

/** The divergence factor is not above 1. */
export function badStopFactor(value: number): string {
  return `the divergence factor must be a number above 1, got ${value}`;
}

/** The seed is not a non-negative whole number. */
export function badSeed(value: number, name = 'seed'): string {
  return `${name} must be a non-negative whole number, got ${value}`;
}

/** The optimizer has neither `setLearningRate` nor a numeric `learningRate` field. */
export function optimizerLrNotSettable(name: string): string {
  return `the optimizer (${name}) has no learning rate the range test can change per step: use one of sgd, momentum, adam, adamax, rmsprop, adagrad, adadelta, or return a tf.train optimizer from your factory`;
}

/** One line on stderr per range-test step. */
export function stepLine(i: number, numIt: number, lr: number, loss: number, smoothed: number): string {
  return `range-test step ${i}/${numIt}  lr ${displayLr(lr)}  loss ${loss.toPrecision(4)}  smoothed ${smoothed.toPrecision(4)}`;
}

/** Why the run ended, for the summary line. */
export function stopped(reason: 'completed' | 'diverged' | 'non-finite', steps: number, factor: number): string {
  if (reason === 'completed') return `ran all ${steps} steps`;
  if (reason === 'diverged') return `stopped after ${steps} steps: the smoothed loss passed ${factor}x its best`;
  return `stopped after ${steps} steps: the loss was not finite`;
}

/** The command was run without --config. */
export function needsConfig(command: string): string {
  return `${command} needs --config PATH (a TensorFlow.js model definition, as for lr-sweep search --config)`;
}

/** --results cannot be read. */
export function unreadableResults(file: string, reason: string): string {
  return `--results ${file} cannot be read: ${reason}`;
}
