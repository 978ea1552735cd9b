import type * as tfjs from '@tensorflow/tfjs';
import { fingerprintTensors } from '../../cache/files.js';
import { ConfigError, TrialError } from '../../errors.js';
import { checkData, trainBatches, validationChunks, type TrainBatches } from './data.js';
import type { LossFunction, LrSweepConfig, LrSweepData, LoadedDefinition, TensorPair, Tf } from './definition.js';
import { reasonOf } from './definition.js';
import { messages } from './messages.js';
import { deriveSeed, mulberry32, SeedPurpose, withRandom, withSeededRandom } from './prng.js';

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
export class TrainingSession {
  private constructor(
    readonly tf: Tf,
    readonly seed: number,
    private readonly definition: LoadedDefinition,
    private readonly model: tfjs.LayersModel,
    private readonly batches: TrainBatches,
    private readonly validation: readonly TensorPair[],
    private readonly initial: readonly tfjs.Tensor[],
    /** Fingerprint of the tensors the data function returned (the trial cache keys on it); null for dataset splits. */
    readonly dataFingerprint: string | null,
  ) {}

  /**
   * Builds the model (weights drawn from `seed`), compiles it once for its loss and metrics, loads and checks the
   * data and snapshots the initial weights. Throws ConfigError naming the file and the field on any mistake.
   */
  static async open(tf: Tf, definition: LoadedDefinition, options: SessionOptions = {}): Promise<TrainingSession> {
    const { config, file } = definition;
    const seed = options.seed ?? 0;
    const model = await callFactory(file, 'model(tf)', () =>
      withSeededRandom(deriveSeed(seed, SeedPurpose.weights), () => config.model(tf)),
    );
    if (!(model instanceof tf.LayersModel)) throw new ConfigError(messages.modelNotLayersModel(file, model));
    const owned: tfjs.Tensor[] = [];
    let batches: TrainBatches | null = null;
    let data: LrSweepData | null = null;
    let validation: TensorPair[] = [];
    try {
      if (model.inputs.length !== 1 || model.outputs.length !== 1) {
        throw new ConfigError(messages.modelArity(file, model.inputs.length, model.outputs.length));
      }
      compile(model, config, file);
      data = checkData(
        tf,
        await callFactory(file, 'data(tf, { seed })', () =>
          withSeededRandom(deriveSeed(seed, SeedPurpose.data), () => config.data(tf, { seed })),
        ),
        file,
      );
      batches = trainBatches(tf, data.train, { batchSize: config.batchSize, seed, file });
      const chunk = options.evalChunk ?? Math.max(config.batchSize, 1000);
      validation = await validationChunks(tf, data.validation, chunk, file);
      const [first] = await batches.take(1);
      // Tensor splits are checked whole, so the message shows the shape the user wrote; datasets by their first batch.
      checkShapes(model, config, file, 'data(tf).train', 'xs' in data.train ? data.train : first!);
      checkShapes(model, config, file, 'data(tf).validation', 'xs' in data.validation ? data.validation : validation[0]!);
      const fingerprint = 'xs' in data.train && 'xs' in data.validation
        ? await fingerprintTensors({ 'train.xs': data.train.xs, 'train.ys': data.train.ys, 'validation.xs': data.validation.xs, 'validation.ys': data.validation.ys })
        : null;
      for (const w of model.weights) owned.push(tf.keep(w.read().clone()));
      return new TrainingSession(tf, seed, definition, model, batches, validation, owned, fingerprint);
    } catch (error) {
      tf.dispose(owned);
      batches?.dispose();
      if (data) for (const split of [data.train, data.validation]) if ('xs' in split) tf.dispose([split.xs, split.ys]);
      for (const chunk of validation) tf.dispose([chunk.xs, chunk.ys]);
      model.dispose();
      throw error;
    }
  }

  /** Number of weight tensors restored per trial (trainable and not, e.g. batch-norm statistics). */
  get weightCount(): number {
    return this.initial.length;
  }

  /** Puts the initial weights back, in place (the same variables, no rebuild, no recompile). */
  restore(): void {
    this.model.weights.forEach((w, i) => w.write(this.initial[i]!));
  }

  /** A fresh optimizer for one trial at `lr`; the caller disposes it with {@link TrainingSession.disposeOptimizer}. */
  createOptimizer(lr: number): tfjs.Optimizer {
    const { tf } = this;
    const spec = this.definition.config.optimizer;
    if (typeof spec === 'function') {
      let optimizer: unknown;
      try {
        optimizer = spec(tf, lr);
      } catch (error) {
        throw new ConfigError(messages.factoryThrew(this.definition.file, `optimizer(tf, ${lr})`, reasonOf(error)));
      }
      if (!(optimizer instanceof tf.Optimizer)) throw new ConfigError(messages.optimizerInvalid(this.definition.file, optimizer));
      return optimizer;
    }
    switch (spec) {
      case 'sgd':
        return tf.train.sgd(lr);
      case 'momentum':
        return tf.train.momentum(lr, 0.9);
      case 'adam':
        return tf.train.adam(lr);
      case 'adamax':
        return tf.train.adamax(lr);
      case 'rmsprop':
        return tf.train.rmsprop(lr);
      case 'adagrad':
        return tf.train.adagrad(lr);
      case 'adadelta':
        return tf.train.adadelta(lr);
    }
  }

  /** Disposes a trial's optimizer and all its state (moments, accumulators, its learning-rate scalar). */
  disposeOptimizer(optimizer: tfjs.Optimizer): void {
    optimizer.dispose();
    // tfjs 4.x MomentumOptimizer.dispose() forgets the learning-rate scalar its SGD base class kept: one tensor per trial.
    const c = (optimizer as unknown as { c?: unknown }).c;
    if (optimizer instanceof this.tf.MomentumOptimizer && c instanceof this.tf.Tensor && !c.isDisposed) c.dispose();
  }

  /**
   * Trains `steps` steps on the session's fixed batch sequence. After each step `stop(loss, step)` may end the
   * loop (divergence). Dropout and other random layers draw from a PRNG seeded identically for every call.
   */
  async train(optimizer: tfjs.Optimizer, steps: number, stop: (loss: number, step: number) => boolean): Promise<TrainResult> {
    // Search trials all train the same first steps: keep those batches for the next trial.
    return this.run(optimizer, true).train(steps, stop);
  }

  /**
   * Starts a resumable run with `optimizer` at the beginning of the batch sequence: each `run.train(steps, stop)`
   * continues where the previous one ended (next batch, same dropout stream), so an epoch-by-epoch run with
   * evaluations in between trains exactly like one {@link TrainingSession.train} call of all the steps.
   */
  startRun(optimizer: tfjs.Optimizer): TrainingRun {
    // Epoch-long runs build each batch when it is needed and drop it after, so memory stays flat over epochs.
    return this.run(optimizer, false);
  }

  private run(optimizer: tfjs.Optimizer, keepBatches: boolean): TrainingRun {
    // One stream per run, installed only around each synchronous step: awaits in between (progress output,
    // signal handlers, evaluations) neither draw from it nor see it.
    const random = mulberry32(deriveSeed(this.seed, SeedPurpose.trial));
    let position = 0;
    return {
      get position() {
        return position;
      },
      train: async (steps, stop) => {
        const result = await this.trainFrom(optimizer, position, steps, random, stop, keepBatches);
        position += result.stepsRun;
        return result;
      },
    };
  }

  private async trainFrom(
    optimizer: tfjs.Optimizer,
    from: number,
    steps: number,
    random: () => number,
    stop: (loss: number, step: number) => boolean,
    keepBatches: boolean,
  ): Promise<TrainResult> {
    const { tf, model } = this;
    if (keepBatches) await this.batches.take(from + steps);
    const lossFn = compiledLoss(model);
    const variables = model.trainableWeights.map((w) => w.read() as tfjs.Variable);
    let lastLoss = Number.NaN;
    let stepsRun = 0;
    let stopped = false;
    await this.batches.each(from, steps, async (batch) => {
      const cost = withRandom(random, () =>
        optimizer.minimize(
          () => {
            const prediction = model.apply(batch.xs, { training: true }) as tfjs.Tensor;
            let loss = tf.mean(lossFn(batch.ys, prediction)) as tfjs.Scalar;
            for (const penalty of model.calculateLosses()) loss = tf.add(loss, penalty);
            return loss;
          },
          true,
          variables,
        ),
      );
      lastLoss = cost ? ((await cost.data())[0] ?? Number.NaN) : Number.NaN;
      cost?.dispose();
      stepsRun += 1;
      stopped = stop(lastLoss, stepsRun);
      return stopped;
    });
    return { stepsRun, lastLoss, stopped };
  }

  /** Validation loss and metrics of the current weights, chunk by chunk inside tidy, read back once. */
  async evaluate(): Promise<Evaluation> {
    const { tf, model } = this;
    const lossFn = compiledLoss(model);
    const metricFns = model.metricsTensors.map(([fn]) => fn);
    let total = 0;
    let sums: tfjs.Tensor | null = null;
    for (const chunk of this.validation) {
      const n = chunk.xs.shape[0]!;
      total += n;
      const previous: tfjs.Tensor | null = sums;
      sums = tf.tidy(() => {
        const prediction = model.apply(chunk.xs, { training: false }) as tfjs.Tensor;
        const values = [lossFn, ...metricFns].map((fn) => tf.mean(fn(chunk.ys, prediction)));
        const weighted = tf.mul(tf.stack(values), n);
        return previous ? tf.add(previous, weighted) : weighted;
      });
      previous?.dispose();
    }
    const values = await sums!.data();
    sums!.dispose();
    const names = model.metricsNames.slice(1);
    const metrics: Record<string, number> = {};
    names.forEach((name, i) => (metrics[name] = values[i + 1]! / total));
    return { loss: values[0]! / total, metrics };
  }

  /** Disposes the model, its compile-time optimizer, the snapshot and every data tensor. */
  dispose(): void {
    this.tf.dispose([...this.initial]);
    this.batches.dispose();
    for (const chunk of this.validation) this.tf.dispose([chunk.xs, chunk.ys]);
    this.model.dispose();
  }
}

/**
 * After a training step threw mid-backprop (e.g. a kernel missing on wasm), tfjs leaves the tensors it saved
 * for the backward pass on its tape; this disposes them so a failed probe leaks nothing.
 */
export function releaseFailedStep(tf: Tf): void {
  type TapeNode = { saved?: tfjs.Tensor[]; outputs?: tfjs.Tensor[] };
  const state = (tf.engine() as unknown as { state?: { activeTape?: TapeNode[] | null } }).state;
  const tape = state?.activeTape;
  if (!state || !tape) return;
  for (const node of tape) for (const tensor of node.saved ?? []) tensor.dispose();
  // The last node's output is the step's loss, which the forward pass returned and nobody holds now.
  for (const tensor of tape.at(-1)?.outputs ?? []) tensor.dispose();
  state.activeTape = null;
}

async function callFactory<T>(file: string, call: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof TrialError) throw error;
    throw new ConfigError(messages.factoryThrew(file, call, reasonOf(error)));
  }
}

/** Compiles once so tfjs resolves the Keras loss and metric names; its optimizer is never stepped. */
function compile(model: tfjs.LayersModel, config: LrSweepConfig, file: string): void {
  const previous = model.optimizer as tfjs.Optimizer | undefined;
  try {
    model.compile({
      // A string, so the model owns (and disposes) this optimizer.
      optimizer: 'sgd',
      loss: config.loss as string | LossFunction,
      metrics: config.metrics ? [...config.metrics] : [],
    });
  } catch (error) {
    const text = reasonOf(error);
    if (/metric/i.test(text)) throw new ConfigError(messages.metricsInvalid(file, text));
    throw new ConfigError(messages.lossInvalid(file, config.loss, text));
  }
  // A model the user compiled carries their optimizer, which nothing would dispose otherwise.
  if (previous && previous !== model.optimizer) previous.dispose();
}

/** The loss function compile resolved; a Sequential keeps it on its inner functional model. */
function compiledLoss(model: tfjs.LayersModel): LossFunction {
  const core = model.lossFunctions ? model : (model as tfjs.LayersModel & { model?: tfjs.LayersModel }).model;
  const fn = core?.lossFunctions?.[0];
  if (!fn) throw new Error('lr-sweep: the model has no compiled loss');
  return fn as LossFunction;
}

function checkShapes(model: tfjs.LayersModel, config: LrSweepConfig, file: string, where: string, batch: TensorPair): void {
  const input = model.inputs[0]!.shape;
  if (!fits(batch.xs.shape, input)) throw new ConfigError(messages.inputShape(file, `${where} xs`, batch.xs.shape, input));
  // Sparse losses take class indices, whose shape differs from the output's on purpose.
  if (typeof config.loss === 'string' && !/sparse/i.test(config.loss)) {
    const output = model.outputs[0]!.shape;
    if (!fits(batch.ys.shape, output)) {
      throw new ConfigError(messages.targetShape(file, `${where} ys`, batch.ys.shape, output, config.loss));
    }
  }
}

function fits(shape: readonly number[], expected: readonly (number | null)[]): boolean {
  return shape.length === expected.length && expected.every((d, i) => i === 0 || d === null || d === shape[i]);
}
