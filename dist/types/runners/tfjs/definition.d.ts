import type * as tfjs from '@tensorflow/tfjs';
/** The TensorFlow.js namespace the runner trains with; the user's factories receive exactly this object. */
export type Tf = typeof tfjs;
/** One split as tensors: `xs` examples and `ys` targets, first dimension = number of examples. */
export type TensorPair = {
    readonly xs: tfjs.Tensor;
    readonly ys: tfjs.Tensor;
};
/** A split: tensors (lr-sweep batches and orders them by seed) or a dataset of `{ xs, ys }` batches (used in its own order). */
export type SplitSource = TensorPair | tfjs.data.Dataset<TensorPair>;
/** What `data(tf, { seed })` returns. */
export interface LrSweepData {
    /** Training examples; each trial consumes the same first `steps` batches. */
    readonly train: SplitSource;
    /** Validation examples; every trial is evaluated on all of them. */
    readonly validation: SplitSource;
}
/** Second argument of `data`. */
export interface DataContext {
    /** The search's seed; use it for any shuffling you do yourself (e.g. `dataset.shuffle(n, String(seed))`). */
    readonly seed: number;
}
/** Built-in optimizers, each created fresh per trial with the trial's learning rate (momentum: 0.9). */
export declare const OPTIMIZER_NAMES: readonly ["sgd", "momentum", "adam", "adamax", "rmsprop", "adagrad", "adadelta"];
/** A built-in optimizer name. */
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];
/** Builds a fresh optimizer for one trial. Called once per trial; lr-sweep disposes it afterwards. */
export type OptimizerFactory = (tf: Tf, lr: number) => tfjs.Optimizer;
/** A loss or metric function: per-example or scalar loss from targets and predictions. */
export type LossFunction = (yTrue: tfjs.Tensor, yPred: tfjs.Tensor) => tfjs.Tensor;
/**
 * The default export of `lr-sweep.config.mjs` / `.js` / `.ts`: how to build the model and its data.
 *
 * @example
 * ```ts
 * import type { LrSweepConfig } from 'lr-sweep';
 * const config: LrSweepConfig = {
 *   model: (tf) => tf.sequential({ layers: [tf.layers.dense({ inputShape: [784], units: 10, activation: 'softmax' })] }),
 *   data: (tf, { seed }) => ({ train: { xs, ys }, validation: { xs: vx, ys: vy } }),
 *   loss: 'categoricalCrossentropy',
 *   optimizer: 'adam',
 *   batchSize: 64,
 * };
 * export default config;
 * ```
 */
export interface LrSweepConfig {
    /** Returns a fresh `tf.LayersModel` (compiled or not). Called once per search; weights are restored in place per trial. */
    model(tf: Tf): tfjs.LayersModel | Promise<tfjs.LayersModel>;
    /** Returns the training and validation data. Called once per search (per seed). lr-sweep disposes the tensors. */
    data(tf: Tf, context: DataContext): LrSweepData | Promise<LrSweepData>;
    /** A Keras loss name (`'categoricalCrossentropy'`, `'meanSquaredError'`, …) or a function. */
    readonly loss: string | LossFunction;
    /** A built-in optimizer name or a factory `(tf, lr) => tf.Optimizer`. */
    readonly optimizer: OptimizerName | OptimizerFactory;
    /** Examples per training batch (tensor data only; datasets keep their own batches). */
    readonly batchSize: number;
    /** Default training steps per trial for this model. Default: the search's (20). */
    readonly steps?: number;
    /** Default coarse-grid range [startLr, endLr] for this model. Default: the search's [1e-7, 10]. */
    readonly lrRange?: readonly [number, number];
    /** Validation metrics reported next to the loss (tfjs names like `'accuracy'`, or functions). Default none. */
    readonly metrics?: readonly (string | LossFunction)[];
}
/** Identity helper that gives a `.ts` or checked `.mjs` config its type: `export default defineConfig({ ... })`. */
export declare function defineConfig(config: LrSweepConfig): LrSweepConfig;
/** A validated config and the file it came from, as shown in messages. */
export interface LoadedDefinition {
    readonly config: LrSweepConfig;
    /** The config path as messages show it (relative to the working directory when inside it). */
    readonly file: string;
    /** Absolute path of the config file. */
    readonly path: string;
}
/**
 * Imports the user's config module (.mjs/.js/.cjs natively, .ts/.mts/.cts through jiti) and validates it.
 * Throws UsageError when `configPath` names no file (a mistyped path is a usage mistake, exit 2), and
 * ConfigError naming the file and the field for every mistake inside the module.
 */
export declare function loadDefinition(configPath: string, cwd?: string): Promise<LoadedDefinition>;
/** Checks the shape of a config object (not yet its model or data); throws ConfigError naming `file` and the field. */
export declare function validateConfig(value: unknown, file: string): LrSweepConfig;
/** The one-line reason of any thrown value. */
export declare function reasonOf(error: unknown): string;
