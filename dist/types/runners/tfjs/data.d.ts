import type { LrSweepData, SplitSource, TensorPair, Tf } from './definition.js';
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
/** Checks the object `data(tf, { seed })` returned; throws ConfigError naming the file and the split. */
export declare function checkData(tf: Tf, value: unknown, file: string): LrSweepData;
/** Training batches from tensors (shuffled by seed, epoch after epoch) or from a dataset (its own order, cycled). */
export declare function trainBatches(tf: Tf, source: SplitSource, options: TrainBatchesOptions): TrainBatches;
/**
 * The whole validation split as fixed chunks of at most `chunkSize` examples, materialised once.
 * Dataset batches are kept as they come; tensors are sliced.
 */
export declare function validationChunks(tf: Tf, source: SplitSource, chunkSize: number, file: string): Promise<Batch[]>;
export {};
