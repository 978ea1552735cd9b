import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { setOptimizerLearningRate } from '../../../src/compare/rangetest/learningRate.js';
import * as messages from '../../../src/compare/rangetest/messages.js';

/** float32 rounding in the update, relative. */
const REL_TOL = 1e-5;
/** w lives in float32: a difference of two values near |w| carries up to a few ulps of |w|. */
const ULPS = 4 * 2 ** -23;

const FACTORIES: Record<string, (lr: number) => tf.Optimizer> = {
  sgd: (lr) => tf.train.sgd(lr),
  momentum: (lr) => tf.train.momentum(lr, 0.9),
  adam: (lr) => tf.train.adam(lr),
  adamax: (lr) => tf.train.adamax(lr),
  rmsprop: (lr) => tf.train.rmsprop(lr),
  adagrad: (lr) => tf.train.adagrad(lr),
  adadelta: (lr) => tf.train.adadelta(lr),
};

/** Largest |w| seen, for the float32 tolerance. */
let wScale = 0;

/** Applies a constant gradient once per entry of `lrs`, setting lr first unless null; returns the per-step change of w. */
function deltas(optimizer: tf.Optimizer, lrs: readonly (number | null)[]): number[] {
  const w = tf.variable(tf.scalar(0), true, `w${Math.random().toString(36).slice(2)}`);
  const out: number[] = [];
  for (const lr of lrs) {
    if (lr !== null) setOptimizerLearningRate(optimizer, lr);
    const before = w.dataSync()[0] as number;
    tf.tidy(() => optimizer.applyGradients({ [w.name]: tf.scalar(0.5) }));
    const after = w.dataSync()[0] as number;
    wScale = Math.max(wScale, Math.abs(before), Math.abs(after));
    out.push(after - before);
  }
  optimizer.dispose();
  w.dispose();
  return out;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('setOptimizerLearningRate', () => {
  const schedule = [1e-3, 1e-2, 1e-1, 3e-1];

  for (const [name, make] of Object.entries(FACTORIES)) {
    it(`setOptimizerLearningRate(${name}) makes each step use the scheduled lr`, () => {
      // With a constant gradient, every optimizer's state (moments, accumulators) ignores lr and each
      // update is lr_t times an lr-free term. A twin run at lr = 1 gives that term, so the scheduled
      // run's step t must change w by schedule[t] times the twin's step t.
      wScale = 0;
      const scheduled = deltas(make(1), schedule);
      const unit = deltas(make(1), schedule.map(() => null));
      scheduled.forEach((d, t) => {
        const expected = (schedule[t] as number) * (unit[t] as number);
        expect(Math.abs(d - expected)).toBeLessThanOrEqual(REL_TOL * Math.abs(expected) + ULPS * wScale);
      });
    });
  }

  it('setOptimizerLearningRate(adam) steps by about lr each time under a constant gradient', () => {
    // Bias-corrected m̂ = g and v̂ = g², so the step is lr·g/(|g| + eps) ≈ lr (w falls).
    wScale = 0;
    const d = deltas(tf.train.adam(0.5), schedule);
    d.forEach((v, t) => expect(Math.abs(v + (schedule[t] as number))).toBeLessThanOrEqual(1e-4 * (schedule[t] as number) + ULPS * wScale));
  });

  it('setOptimizerLearningRate(sgd) steps by exactly lr times the gradient', () => {
    // w -= lr·0.5.
    wScale = 0;
    const d = deltas(tf.train.sgd(1), schedule);
    d.forEach((v, t) => expect(Math.abs(v + 0.5 * (schedule[t] as number))).toBeLessThanOrEqual(REL_TOL * (schedule[t] as number) + ULPS * wScale));
  });

  it('setOptimizerLearningRate(optimizer) rejects an optimizer without a learning rate', () => {
    const odd = { getClassName: () => 'Odd' } as unknown as tf.Optimizer;
    expect(() => setOptimizerLearningRate(odd, 1)).toThrow(new ConfigError(messages.optimizerLrNotSettable('Odd')));
  });

  it('setOptimizerLearningRate(optimizer) leaks no tensors', () => {
    const opt = tf.train.sgd(1);
    const before = tf.memory().numTensors;
    for (const lr of schedule) setOptimizerLearningRate(opt, lr);
    expect(tf.memory().numTensors).toBe(before);
    opt.dispose();
  });
});
