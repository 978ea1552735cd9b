import type * as tf from '@tensorflow/tfjs';
import { ConfigError } from '../../errors.js';
import * as messages from './messages.js';

/**
 * Sets a tfjs optimizer's learning rate for its next `applyGradients`. tfjs has no common setter:
 * SGD and Momentum multiply by a cached scalar `c` that only `setLearningRate` rebuilds, so writing
 * `learningRate` alone would change nothing there; Adam, Adamax, RMSProp, Adagrad and Adadelta have no
 * setter but read the plain `learningRate` field on every step. Throws ConfigError for an optimizer with
 * neither.
 */
export function setOptimizerLearningRate(optimizer: tf.Optimizer, lr: number): void {
  const target = optimizer as unknown as { setLearningRate?: (lr: number) => void; learningRate?: unknown };
  if (typeof target.setLearningRate === 'function') {
    target.setLearningRate(lr);
    return;
  }
  if (typeof target.learningRate === 'number') {
    target.learningRate = lr;
    return;
  }
  throw new ConfigError(messages.optimizerLrNotSettable(optimizer.getClassName?.() ?? 'unknown'));
}
