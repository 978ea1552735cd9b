import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefinition } from '../../../src/runners/tfjs/definition.js';
import { TrainingSession } from '../../../src/runners/tfjs/session.js';
import { blobsConfig, tempProject, writeFiles } from './helpers.js';

let session: TrainingSession;

beforeAll(async () => {
  await tf.setBackend('cpu');
  // Dropout makes the run depend on the random stream as well as on the batches.
  const path = writeFiles(tempProject(), { 'lr-sweep.config.mjs': blobsConfig({ extraLayers: 'tf.layers.dropout({ rate: 0.5 }),' }) });
  session = await TrainingSession.open(tf, await loadDefinition(path));
});

afterAll(() => session.dispose());

async function weightsAfter(trainFor: (optimizer: tf.Optimizer) => Promise<void>): Promise<number[][]> {
  session.restore();
  const optimizer = session.createOptimizer(0.2);
  try {
    await trainFor(optimizer);
  } finally {
    session.disposeOptimizer(optimizer);
  }
  const weights = (session as unknown as { model: tf.LayersModel }).model.getWeights().map((w) => Array.from(w.dataSync()));
  session.restore();
  return weights;
}

describe('TrainingSession.startRun', () => {
  it('startRun(opt).train(n) twice, with an evaluation between, trains exactly like train(opt, 2n)', async () => {
    // 240 examples / batch 16 = 15 steps per epoch; 20 steps cross an epoch boundary inside the second call.
    const once = await weightsAfter(async (opt) => {
      await session.train(opt, 20, () => false);
    });
    const split = await weightsAfter(async (opt) => {
      const run = session.startRun(opt);
      await run.train(10, () => false);
      expect(run.position).toBe(10);
      await session.evaluate();
      await run.train(10, () => false);
      expect(run.position).toBe(20);
    });
    expect(split).toEqual(once);
  });

  it('startRun(opt) continues with new batches: two calls of n differ from one call of n repeated', async () => {
    const repeated = await weightsAfter(async (opt) => {
      await session.train(opt, 10, () => false);
      await session.train(opt, 10, () => false);
    });
    const continued = await weightsAfter(async (opt) => {
      const run = session.startRun(opt);
      await run.train(10, () => false);
      await run.train(10, () => false);
    });
    expect(continued).not.toEqual(repeated);
  });

  it('startRun(opt).train stops where stop() says and resumes from the next batch', async () => {
    await weightsAfter(async (opt) => {
      const run = session.startRun(opt);
      const first = await run.train(10, (_loss, step) => step === 3);
      expect(first).toMatchObject({ stepsRun: 3, stopped: true });
      expect(run.position).toBe(3);
    });
  });
});

describe('TrainingSession.dataFingerprint', () => {
  async function fingerprintOf(config: string, seed = 0): Promise<string | null> {
    const path = writeFiles(tempProject(), { 'lr-sweep.config.mjs': config });
    const opened = await TrainingSession.open(tf, await loadDefinition(path), { seed });
    try {
      return opened.dataFingerprint;
    } finally {
      opened.dispose();
    }
  }

  it('open(tf, definition).dataFingerprint is the same for the same data and differs when the data or the seed changes', async () => {
    const base = await fingerprintOf(blobsConfig());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprintOf(blobsConfig())).toBe(base);
    // Same files shape, other data: 241 training examples instead of 240; another seed draws other blobs.
    expect(await fingerprintOf(blobsConfig({ trainCount: 241 }))).not.toBe(base);
    expect(await fingerprintOf(blobsConfig(), 1)).not.toBe(base);
  });
});
