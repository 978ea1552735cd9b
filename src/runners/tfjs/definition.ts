import { statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as tfjs from '@tensorflow/tfjs';
import { ConfigError, UsageError } from '../../errors.js';
import { messages } from './messages.js';

/** The TensorFlow.js namespace the runner trains with; the user's factories receive exactly this object. */
export type Tf = typeof tfjs;

/** One split as tensors: `xs` examples and `ys` targets, first dimension = number of examples. */
export type TensorPair = { readonly xs: tfjs.Tensor; readonly ys: tfjs.Tensor };

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
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'adam', 'adamax', 'rmsprop', 'adagrad', 'adadelta'] as const;

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
export function defineConfig(config: LrSweepConfig): LrSweepConfig {
  return config;
}

/** A validated config and the file it came from, as shown in messages. */
export interface LoadedDefinition {
  readonly config: LrSweepConfig;
  /** The config path as messages show it (relative to the working directory when inside it). */
  readonly file: string;
  /** Absolute path of the config file. */
  readonly path: string;
}

const FIELDS = ['model', 'data', 'loss', 'optimizer', 'batchSize', 'steps', 'lrRange', 'metrics'] as const;
const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);
const JS_EXTENSIONS = new Set(['.mjs', '.js', '.cjs']);

/** The config path as messages show it: relative to `cwd` when inside it, else absolute. */
function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Imports the user's config module (.mjs/.js/.cjs natively, .ts/.mts/.cts through jiti) and validates it.
 * Throws UsageError when `configPath` names no file (a mistyped path is a usage mistake, exit 2), and
 * ConfigError naming the file and the field for every mistake inside the module.
 */
export async function loadDefinition(configPath: string, cwd: string = process.cwd()): Promise<LoadedDefinition> {
  const path = resolve(cwd, configPath);
  const file = displayPath(path, cwd);
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === undefined) throw new UsageError(messages.configNotFound(file));
  if (info.isDirectory()) throw new UsageError(messages.configIsDirectory(file));
  const ext = extname(path);
  let module: unknown;
  try {
    if (TS_EXTENSIONS.has(ext)) {
      const { createJiti } = await import('jiti');
      module = await createJiti(import.meta.url, { moduleCache: false, fsCache: false }).import(path);
    } else if (JS_EXTENSIONS.has(ext)) {
      module = await import(pathToFileURL(path).href);
    } else {
      throw new ConfigError(messages.configExtension(file));
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(messages.configLoadFailed(file, reasonOf(error)));
  }
  return { config: validateConfig(defaultExport(module, file), file), file, path };
}

function defaultExport(module: unknown, file: string): unknown {
  if (typeof module !== 'object' || module === null || !('default' in module) || module.default === undefined) {
    throw new ConfigError(messages.configNoDefault(file));
  }
  const value = module.default;
  // A CommonJS config imported as ESM, or jiti's interop, can nest the object one level deeper.
  if (isRecord(value) && !('model' in value) && isRecord(value['default'])) return value['default'];
  return value;
}

/** Checks the shape of a config object (not yet its model or data); throws ConfigError naming `file` and the field. */
export function validateConfig(value: unknown, file: string): LrSweepConfig {
  if (!isRecord(value)) throw new ConfigError(messages.configNotObject(file, value));
  for (const key of Object.keys(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) throw new ConfigError(messages.fieldUnknown(file, key, FIELDS));
  }
  const need = (field: string, expected: string, ok: (v: unknown) => boolean, optional = false): void => {
    const v = value[field];
    if (v === undefined) {
      if (optional) return;
      throw new ConfigError(messages.fieldMissing(file, field, expected));
    }
    if (!ok(v)) throw new ConfigError(messages.fieldInvalid(file, field, v, expected));
  };
  const isFunction = (v: unknown) => typeof v === 'function';
  const positiveInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
  need('model', 'a function (tf) => tf.LayersModel', isFunction);
  need('data', 'a function (tf, { seed }) => ({ train, validation })', isFunction);
  need('loss', 'a Keras loss name (e.g. "categoricalCrossentropy") or a function (yTrue, yPred) => tf.Tensor', (v) =>
    (typeof v === 'string' && v.length > 0) || isFunction(v),
  );
  need('optimizer', `one of ${OPTIMIZER_NAMES.map((n) => `"${n}"`).join(', ')} or a function (tf, lr) => tf.Optimizer`, (v) =>
    (typeof v === 'string' && (OPTIMIZER_NAMES as readonly string[]).includes(v)) || isFunction(v),
  );
  need('batchSize', 'a positive integer', positiveInt);
  need('steps', 'a positive integer', positiveInt, true);
  need('lrRange', 'a pair [startLr, endLr] with 0 < startLr < endLr', isLrRange, true);
  need('metrics', 'an array of metric names (e.g. "accuracy") or functions', (v) =>
    Array.isArray(v) && v.every((m) => (typeof m === 'string' && m.length > 0) || isFunction(m)),
  true);
  return value as unknown as LrSweepConfig;
}

function isLrRange(v: unknown): boolean {
  if (!Array.isArray(v) || v.length !== 2) return false;
  const [a, b] = v as unknown[];
  return typeof a === 'number' && typeof b === 'number' && Number.isFinite(b) && a > 0 && a < b;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The one-line reason of any thrown value. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
