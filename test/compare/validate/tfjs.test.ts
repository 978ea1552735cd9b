import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTfjsSession, type OpenedSession } from '../../../src/compare/rangetest/tfjsSession.js';
import { createTfjsConvergenceTrainer } from '../../../src/compare/validate/tfjs.js';

const BLOBS = resolve(import.meta.dirname, '../../../fixtures/blobs/lr-sweep.config.mjs');
let opened: OpenedSession;

beforeAll(async () => {
  opened = await openTfjsSession({ configPath: BLOBS, backend: 'cpu', withAccuracy: true });
});

afterAll(() => opened.session.dispose());

describe('createTfjsConvergenceTrainer', () => {
  it('train(lr) gives bit-identical results for the same lr, whatever ran in between', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    const first = await trainer.train(0.1, { epochs: 4, patience: 2, seed: 0 });
    await trainer.train(3, { epochs: 4, patience: 2, seed: 0 });
    const again = await trainer.train(0.1, { epochs: 4, patience: 2, seed: 0 });
    expect(again.history).toEqual(first.history);
    expect(again.accuracy).toBe(first.accuracy);
    expect(again.loss).toBe(first.loss);
  });

  it('train(lr) evaluates epoch by epoch on one continuous run: a shorter fixed budget reproduces the first epochs', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    const long = await trainer.train(0.05, { epochs: 5, patience: 0, seed: 0 });
    const short = await trainer.train(0.05, { epochs: 3, patience: 0, seed: 0 });
    expect(short.history).toEqual(long.history.slice(0, 3));
    expect(short.loss).toBe(long.history[2]?.loss);
  });

  it('train(lr) stops early once the validation loss stalls and reports the epoch of lowest loss', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    // At lr 0.3 the separable blobs converge within a few epochs of 18 steps; 30 epochs are never needed.
    const outcome = await trainer.train(0.3, { epochs: 30, patience: 2, seed: 0 });
    expect(outcome.stoppedEarly).toBe(true);
    expect(outcome.epochs - (outcome.bestEpoch as number)).toBe(2);
    const lowest = Math.min(...outcome.history.map((h) => h.loss));
    expect(outcome.loss).toBe(lowest);
    expect(outcome.accuracy).toBe(outcome.history.find((h) => h.loss === lowest)?.accuracy);
  });

  it('train(lr) runs to the epoch limit while a tiny lr keeps lowering the loss', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    const outcome = await trainer.train(1e-3, { epochs: 4, patience: 1, seed: 0 });
    expect(outcome).toMatchObject({ epochs: 4, bestEpoch: 4, stoppedEarly: false, diverged: false });
  });

  it('train(lr) learns the blobs at a sensible lr and not at a tiny one', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    // 3 balanced classes: chance is 1/3; blobs 2.5 sd apart are well separable.
    const good = await trainer.train(0.3, { epochs: 2, patience: 0, seed: 0 });
    const tiny = await trainer.train(1e-6, { epochs: 2, patience: 0, seed: 0 });
    expect(good.accuracy as number).toBeGreaterThan(0.8);
    expect(tiny.accuracy as number).toBeLessThan(good.accuracy as number);
    expect(good.epochs).toBe(2);
  });

  it('train(lr) leaks no tensors, with early stopping and on divergence', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    await trainer.train(0.1, { epochs: 3, patience: 1, seed: 0 });
    const before = opened.tf.memory().numTensors;
    await trainer.train(0.2, { epochs: 6, patience: 1, seed: 0 });
    // lr 1e38 overflows the weights to Infinity on the first update: the next loss is NaN.
    const diverged = await trainer.train(1e38, { epochs: 3, patience: 1, seed: 0 });
    expect(diverged.diverged).toBe(true);
    expect(opened.tf.memory().numTensors).toBe(before);
  });

  it('train(lr) collects garbage after every evaluated epoch, with the same tensors alive after epoch 2 and epoch 10', async () => {
    const alive: number[] = [];
    const trainer = createTfjsConvergenceTrainer(opened, { collectGarbage: () => alive.push(opened.tf.memory().numTensors) });
    const outcome = await trainer.train(0.05, { epochs: 10, patience: 0, seed: 0 });
    expect(outcome.epochs).toBe(10);
    expect(alive).toHaveLength(10);
    expect(alive[9]).toBe(alive[1]);
    expect(new Set(alive).size).toBe(1);
  });

  it('train(lr) collects nothing after an epoch that diverged (it is not evaluated)', async () => {
    let collections = 0;
    const trainer = createTfjsConvergenceTrainer(opened, { collectGarbage: () => (collections += 1) });
    // lr 1e38 overflows the weights on the first update: the first epoch diverges before its evaluation.
    const outcome = await trainer.train(1e38, { epochs: 3, patience: 0, seed: 0 });
    expect(outcome).toMatchObject({ diverged: true, epochs: 1 });
    expect(collections).toBe(0);
  });
});
