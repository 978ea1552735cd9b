// The blobs fixture with an optimizer that records the learning rate of every update it applies, so a
// test can compare the rates actually used with the range test's schedule.
import blobs from '../../../fixtures/blobs/lr-sweep.config.mjs';

/** Learning rates seen by `applyGradients`, in call order; tests reset it. */
export const usedLrs = [];

export default {
  ...blobs,
  optimizer: (tf, lr) => {
    class SpyAdam extends tf.AdamOptimizer {
      applyGradients(gradients) {
        usedLrs.push(this.learningRate);
        return super.applyGradients(gradients);
      }
    }
    return new SpyAdam(lr, 0.9, 0.999);
  },
};
