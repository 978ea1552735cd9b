import type * as tfjs from '@tensorflow/tfjs';
import { ConfigError } from '../../errors.js';
import type { LrSweepData, SplitSource, TensorPair, Tf } from './definition.js';
import { messages } from './messages.js';
import { deriveSeed, mulberry32, permutation, SeedPurpose } from './prng.js';

/** Batches for one split, owned by lr-sweep (disposed by {@link TrainBatches.dispose} / the session). */
type Batch = TensorPair;

/**
 * The training batches every trial consumes, in the same order with the same content: the first `steps`
 * batches of a sequence fixed by the seed. Built lazily and cached, so trials after the first cost nothing here.
 */
export interface TrainBatches {
  /** The first `steps` batches (the same tensors every call), kept until {@link TrainBatches.dispose}. */
  take(steps: number): Promise<readonly Batch[]>;
  /**
   * Visits batches `from` .. `from + count - 1` of the same sequence, in order, until `visit` returns true.
   * Batches `take` has kept are reused; later ones (tensor sources) are built one at a time and disposed once
   * `visit` returns, so a long run (validate's epochs) holds one extra batch instead of all of them.
   */
  each(from: number, count: number, visit: (batch: Batch) => Promise<boolean>): Promise<void>;
  /** Disposes every cached batch and the source tensors. */
  dispose(): void;
}

/** Options for {@link trainBatches}. */
export interface TrainBatchesOptions {
  /** Examples per batch (tensor sources only). */
  readonly batchSize: number;
  /** The search's seed: decides the order of examples. */
  readonly seed: number;
  /** Config file for messages. */
  readonly file: string;
}

function isDataset(source: SplitSource): source is tfjs.data.Dataset<TensorPair> {
  return typeof (source as { iterator?: unknown }).iterator === 'function';
}

function checkPair(tf: Tf, value: unknown, file: string, where: string): TensorPair {
  const pair = value as Partial<TensorPair> | null;
  if (!pair || typeof pair !== 'object' || !(pair.xs instanceof tf.Tensor) || !(pair.ys instanceof tf.Tensor)) {
    throw new ConfigError(messages.dataShape(file, where, value));
  }
  const nx = pair.xs.shape[0] ?? 0;
  const ny = pair.ys.shape[0] ?? 0;
  if (pair.xs.rank === 0 || pair.ys.rank === 0 || nx !== ny) {
    throw new ConfigError(messages.dataCount(file, where.replace(/^data\(tf\)\./, ''), nx, ny));
  }
  return pair as TensorPair;
}

/** Checks the object `data(tf, { seed })` returned; throws ConfigError naming the file and the split. */
export function checkData(tf: Tf, value: unknown, file: string): LrSweepData {
  if (!value || typeof value !== 'object') throw new ConfigError(messages.dataShape(file, 'data(tf)', value));
  const data = value as Partial<LrSweepData>;
  for (const split of ['train', 'validation'] as const) {
    const source = data[split];
    if (!source || typeof source !== 'object') throw new ConfigError(messages.dataShape(file, `data(tf).${split}`, source));
    if (!isDataset(source)) checkPair(tf, source, file, `data(tf).${split}`);
    if (!isDataset(source) && (source.xs.shape[0] ?? 0) === 0) throw new ConfigError(messages.dataEmpty(file, split));
  }
  return data as LrSweepData;
}

/** Training batches from tensors (shuffled by seed, epoch after epoch) or from a dataset (its own order, cycled). */
export function trainBatches(tf: Tf, source: SplitSource, options: TrainBatchesOptions): TrainBatches {
  return isDataset(source) ? datasetBatches(tf, source, options.file) : tensorBatches(tf, source, options);
}

/**
 * The example order of a tensor source without keeping it: epoch after epoch, a fresh permutation drawn from
 * the seed's stream, of which the first `n - n % size` examples are used (a batch never straddles two epochs).
 * Holds one epoch's permutation; going back to an earlier epoch replays the stream from the seed.
 */
class EpochOrder {
  private random: () => number;
  private epoch = -1;
  private current: Int32Array = new Int32Array(0);
  private readonly used: number;

  constructor(
    private readonly n: number,
    private readonly size: number,
    private readonly seed: number,
  ) {
    this.used = n - (n % size);
    this.random = mulberry32(deriveSeed(seed, SeedPurpose.batches));
  }

  /** Example indices of batch `index` (0-based over the whole sequence). */
  indices(index: number): number[] {
    const start = index * this.size;
    const epoch = Math.floor(start / this.used);
    if (epoch < this.epoch) {
      this.random = mulberry32(deriveSeed(this.seed, SeedPurpose.batches));
      this.epoch = -1;
    }
    while (this.epoch < epoch) {
      this.current = permutation(this.n, this.random);
      this.epoch += 1;
    }
    const at = start - epoch * this.used;
    return Array.from(this.current.subarray(at, at + this.size));
  }
}

function tensorBatches(tf: Tf, source: TensorPair, options: TrainBatchesOptions): TrainBatches {
  const n = source.xs.shape[0]!;
  const size = Math.min(options.batchSize, n);
  const random = mulberry32(deriveSeed(options.seed, SeedPurpose.batches));
  const order: number[] = [];
  const batches: Batch[] = [];
  const later = new EpochOrder(n, size, options.seed);
  const gather = (indices: readonly number[]): Batch =>
    tf.tidy(() => {
      const idx = tf.tensor1d(indices as number[], 'int32');
      return { xs: tf.keep(tf.gather(source.xs, idx)), ys: tf.keep(tf.gather(source.ys, idx)) };
    });
  return {
    async each(from, count, visit) {
      for (let index = from; index < from + count; index++) {
        const kept = batches[index];
        if (kept !== undefined) {
          if (await visit(kept)) return;
          continue;
        }
        const batch = gather(later.indices(index));
        try {
          if (await visit(batch)) return;
        } finally {
          tf.dispose([batch.xs, batch.ys]);
        }
      }
    },
    async take(steps) {
      while (batches.length < steps) {
        const start = batches.length * size;
        // A fresh permutation per epoch; a batch never straddles two epochs' duplicates.
        while (order.length < start + size) order.push(...permutation(n, random).subarray(0, n - (n % size)));
        batches.push(gather(order.slice(start, start + size)));
      }
      return batches.slice(0, steps);
    },
    dispose() {
      for (const b of batches) tf.dispose([b.xs, b.ys]);
      batches.length = 0;
      tf.dispose([source.xs, source.ys]);
    },
  };
}

function datasetBatches(tf: Tf, source: tfjs.data.Dataset<TensorPair>, file: string): TrainBatches {
  const batches: Batch[] = [];
  let iterator: Awaited<ReturnType<tfjs.data.Dataset<TensorPair>['iterator']>> | null = null;
  let exhausted = false;
  return {
    // A dataset is read once and cycled: what it holds bounds the memory, whatever the number of epochs.
    async each(from, count, visit) {
      const all = await this.take(from + count);
      for (let index = from; index < from + count; index++) if (await visit(all[index]!)) return;
    },
    async take(steps) {
      iterator ??= await source.iterator();
      while (!exhausted && batches.length < steps) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        batches.push(checkPair(tf, next.value, file, `data(tf).train batch ${batches.length + 1}`));
      }
      if (batches.length === 0) throw new ConfigError(messages.dataEmpty(file, 'train'));
      // A dataset shorter than `steps` batches is cycled from its start, the same way in every trial.
      return Array.from({ length: steps }, (_, i) => batches[i % batches.length]!);
    },
    dispose() {
      for (const b of batches) tf.dispose([b.xs, b.ys]);
      batches.length = 0;
    },
  };
}

/**
 * The whole validation split as fixed chunks of at most `chunkSize` examples, materialised once.
 * Dataset batches are kept as they come; tensors are sliced.
 */
export async function validationChunks(tf: Tf, source: SplitSource, chunkSize: number, file: string): Promise<Batch[]> {
  if (isDataset(source)) {
    const chunks: Batch[] = [];
    const iterator = await source.iterator();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      chunks.push(checkPair(tf, next.value, file, `data(tf).validation batch ${chunks.length + 1}`));
    }
    if (chunks.length === 0) throw new ConfigError(messages.dataEmpty(file, 'validation'));
    return chunks;
  }
  const n = source.xs.shape[0]!;
  if (n <= chunkSize) return [source];
  const chunks: Batch[] = [];
  for (let start = 0; start < n; start += chunkSize) {
    const size = Math.min(chunkSize, n - start);
    chunks.push({ xs: sliceFirst(tf, source.xs, start, size), ys: sliceFirst(tf, source.ys, start, size) });
  }
  tf.dispose([source.xs, source.ys]);
  return chunks;
}

function sliceFirst(tf: Tf, t: tfjs.Tensor, start: number, size: number): tfjs.Tensor {
  const begin = t.shape.map((_, i) => (i === 0 ? start : 0));
  const sizes = t.shape.map((d, i) => (i === 0 ? size : d));
  return tf.slice(t, begin, sizes);
}
