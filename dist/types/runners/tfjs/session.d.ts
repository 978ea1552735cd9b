import type * as tfjs from '@tensorflow/tfjs';
import type { LoadedDefinition, Tf } from './definition.js';
/** Options for {@link TrainingSession.open}. */
export interface SessionOptions {
    /** Seed for initial weights, the data call and the batch order. Default 0. */
    readonly seed?: number;
    /** Largest validation chunk evaluated at once, examples. Default max(batchSize, 1000). */
    readonly evalChunk?: number;
}
/** Validation loss and metrics of the model as it is now. */
export interface Evaluation {
    /** Mean validation loss over all validation examples (no regularisation penalty). */
    readonly loss: number;
    /** Mean of each configured metric over all validation examples, by the name tfjs gives it (e.g. `acc`). */
    readonly metrics: Readonly<Record<string, number>>;
}
/** What {@link TrainingSession.train} did. */
export interface TrainResult {
    /** Steps actually run (fewer than asked when `stop` said so). */
    readonly stepsRun: number;
    /** Training loss (incl. regularisation) of the last step run, before its update; NaN when no step ran. */
    readonly lastLoss: number;
    /** True when `stop` ended the loop early. */
    readonly stopped: boolean;
}
/** A resumable training run: one optimizer walking the session's batch sequence (see {@link TrainingSession.startRun}). */
export interface TrainingRun {
    /** Steps run so far, i.e. the index of the next batch in the sequence. */
    readonly position: number;
    /**
     * Trains `steps` more steps from `position`; `stop(loss, step)` (step counted from 1 within this call) may end
     * the loop early. The same sequence of calls always trains to the same weights.
     */
    train(steps: number, stop: (loss: number, step: number) => boolean): Promise<TrainResult>;
}
/**
 * One model and its data, built once: trials restore the initial weights in place, train on the same batches
 * with a fresh optimizer and evaluate on the same validation chunks. Not safe for concurrent use.
 */
export declare class TrainingSession {
    readonly tf: Tf;
    readonly seed: number;
    private readonly definition;
    private readonly model;
    private readonly batches;
    private readonly validation;
    private readonly initial;
    /** Fingerprint of the tensors the data function returned (the trial cache keys on it); null for dataset splits. */
    readonly dataFingerprint: string | null;
    private constructor();
    /**
     * Builds the model (weights drawn from `seed`), compiles it once for its loss and metrics, loads and checks the
     * data and snapshots the initial weights. Throws ConfigError naming the file and the field on any mistake.
     */
    static open(tf: Tf, definition: LoadedDefinition, options?: SessionOptions): Promise<TrainingSession>;
    /** Number of weight tensors restored per trial (trainable and not, e.g. batch-norm statistics). */
    get weightCount(): number;
    /** Puts the initial weights back, in place (the same variables, no rebuild, no recompile). */
    restore(): void;
    /** A fresh optimizer for one trial at `lr`; the caller disposes it with {@link TrainingSession.disposeOptimizer}. */
    createOptimizer(lr: number): tfjs.Optimizer;
    /** Disposes a trial's optimizer and all its state (moments, accumulators, its learning-rate scalar). */
    disposeOptimizer(optimizer: tfjs.Optimizer): void;
    /**
     * Trains `steps` steps on the session's fixed batch sequence. After each step `stop(loss, step)` may end the
     * loop (divergence). Dropout and other random layers draw from a PRNG seeded identically for every call.
     */
    train(optimizer: tfjs.Optimizer, steps: number, stop: (loss: number, step: number) => boolean): Promise<TrainResult>;
    /**
     * Starts a resumable run with `optimizer` at the beginning of the batch sequence: each `run.train(steps, stop)`
     * continues where the previous one ended (next batch, same dropout stream), so an epoch-by-epoch run with
     * evaluations in between trains exactly like one {@link TrainingSession.train} call of all the steps.
     */
    startRun(optimizer: tfjs.Optimizer): TrainingRun;
    private run;
    private trainFrom;
    /** Validation loss and metrics of the current weights, chunk by chunk inside tidy, read back once. */
    evaluate(): Promise<Evaluation>;
    /** Disposes the model, its compile-time optimizer, the snapshot and every data tensor. */
    dispose(): void;
}
/**
 * After a training step threw mid-backprop (e.g. a kernel missing on wasm), tfjs leaves the tensors it saved
 * for the backward pass on its tape; this disposes them so a failed probe leaks nothing.
 */
export declare function releaseFailedStep(tf: Tf): void;
