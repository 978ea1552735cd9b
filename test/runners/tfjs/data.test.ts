import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainBatches } from '../../../src/runners/tfjs/data.js';
import type { Tf } from '../../../src/runners/tfjs/definition.js';

const tfns = tf as unknown as Tf;
beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Training examples 0..n-1 whose xs and ys both hold the example's index, so batches can be read back. */
function indexed(n: number) {
  return tf.tidy(() => ({ xs: tf.range(0, n).reshape([n, 1]), ys: tf.range(0, n).reshape([n, 1]) }));
}

async function order(n: number, batchSize: number, steps: number, seed: number): Promise<number[][]> {
  const batches = trainBatches(tfns, indexed(n), { batchSize, seed, file: 'test' });
  const taken = await batches.take(steps);
  const out = taken.map((b) => Array.from(b.xs.dataSync()));
  taken.forEach((b) => expect(Array.from(b.ys.dataSync())).toEqual(Array.from(b.xs.dataSync())));
  batches.dispose();
  return out;
}

describe('trainBatches', () => {
  it('take(steps) covers every example once per epoch, in whole batches, and reshuffles the next epoch', async () => {
    // 10 examples, batches of 3: 3 batches per epoch (one example left out each epoch), 6 steps = 2 epochs.
    const batches = await order(10, 3, 6, 0);
    const epoch1 = batches.slice(0, 3).flat();
    const epoch2 = batches.slice(3, 6).flat();
    expect(new Set(epoch1).size).toBe(9);
    expect(new Set(epoch2).size).toBe(9);
    expect(epoch2).not.toEqual(epoch1);
  });

  it('take(steps) gives the same batches for the same seed and other batches for another seed', async () => {
    expect(await order(50, 8, 10, 3)).toEqual(await order(50, 8, 10, 3));
    expect(await order(50, 8, 10, 4)).not.toEqual(await order(50, 8, 10, 3));
  });

  it('take(steps) returns the very same tensors on every call, extending the sequence without changing its start', async () => {
    const batches = trainBatches(tfns, indexed(40), { batchSize: 4, seed: 1, file: 'test' });
    const short = await batches.take(3);
    const long = await batches.take(12);
    expect(long.slice(0, 3)).toEqual(short);
    short.forEach((b, i) => expect(long[i]).toBe(b));
    batches.dispose();
  });

  it('each(from, count) visits the batches take() gives, builds those past the kept ones and frees them after', async () => {
    // 10 examples, batches of 3: 3 batches per epoch; 14 batches reach into a fifth epoch.
    const expected = await order(10, 3, 14, 5);
    const batches = trainBatches(tfns, indexed(10), { batchSize: 3, seed: 5, file: 'test' });
    await batches.take(2);
    const before = tf.memory().numTensors;
    const seen: number[][] = [];
    const visit = async (b: { xs: tf.Tensor }) => {
      seen.push(Array.from(b.xs.dataSync()));
      return false;
    };
    await batches.each(0, 14, visit);
    expect(seen).toEqual(expected);
    expect(tf.memory().numTensors).toBe(before);
    // Going back to an earlier epoch replays the seed's stream: the same batches again.
    seen.length = 0;
    await batches.each(7, 4, visit);
    expect(seen).toEqual(expected.slice(7, 11));
    expect(tf.memory().numTensors).toBe(before);
    batches.dispose();
  });

  it('each(from, count) stops when visit returns true and frees the batch it stopped on', async () => {
    const batches = trainBatches(tfns, indexed(10), { batchSize: 3, seed: 0, file: 'test' });
    const before = tf.memory().numTensors;
    let visits = 0;
    await batches.each(0, 10, async () => ++visits === 4);
    expect(visits).toBe(4);
    expect(tf.memory().numTensors).toBe(before);
    batches.dispose();
  });

  it('dispose() frees every batch and the source tensors', async () => {
    const before = tf.memory().numTensors;
    const batches = trainBatches(tfns, indexed(20), { batchSize: 5, seed: 0, file: 'test' });
    await batches.take(7);
    batches.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
