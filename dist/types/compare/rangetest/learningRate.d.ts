import type * as tf from '@tensorflow/tfjs';
/**
 * Sets a tfjs optimizer's learning rate for its next `applyGradients`. tfjs has no common setter:
 * SGD and Momentum multiply by a cached scalar `c` that only `setLearningRate` rebuilds, so writing
 * `learningRate` alone would change nothing there; Adam, Adamax, RMSProp, Adagrad and Adadelta have no
 * setter but read the plain `learningRate` field on every step. Throws ConfigError for an optimizer with
 * neither.
 */
export declare function setOptimizerLearningRate(optimizer: tf.Optimizer, lr: number): void;
