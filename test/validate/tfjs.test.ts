import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTfjsSession, type OpenedSession } from '../../src/rangetest/tfjsSession.js';
import { createTfjsConvergenceTrainer } from '../../src/validate/tfjs.js';

const BLOBS = resolve(import.meta.dirname, '../../fixtures/blobs/lr-sweep.config.mjs');
let opened: OpenedSession;

beforeAll(async () => {
  opened = await openTfjsSession({ configPath: BLOBS, backend: 'cpu', withAccuracy: true });
});

afterAll(() => opened.session.dispose());

describe('createTfjsConvergenceTrainer', () => {
  it('train(lr) gives bit-identical results for the same lr, whatever ran in between', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    const first = await trainer.train(0.1, { epochs: 1, seed: 0 });
    await trainer.train(3, { epochs: 1, seed: 0 });
    const again = await trainer.train(0.1, { epochs: 1, seed: 0 });
    expect(again.accuracy).toBe(first.accuracy);
    expect(again.loss).toBe(first.loss);
  });

  it('train(lr) learns the blobs at a sensible lr and not at a tiny one', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    // 3 balanced classes: chance is 1/3; blobs 2.5 sd apart are well separable.
    const good = await trainer.train(0.3, { epochs: 2, seed: 0 });
    const tiny = await trainer.train(1e-6, { epochs: 2, seed: 0 });
    expect(good.accuracy as number).toBeGreaterThan(0.8);
    expect(tiny.accuracy as number).toBeLessThan(good.accuracy as number);
    expect(good.epochs).toBe(2);
  });

  it('train(lr) leaks no tensors', async () => {
    const trainer = createTfjsConvergenceTrainer(opened);
    await trainer.train(0.1, { epochs: 1, seed: 0 });
    const before = opened.tf.memory().numTensors;
    await trainer.train(0.2, { epochs: 1, seed: 0 });
    expect(opened.tf.memory().numTensors).toBe(before);
  });
});
