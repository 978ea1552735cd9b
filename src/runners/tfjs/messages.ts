/**
 * Every user-facing line of the TensorFlow.js runner, in one place, so tests compare against these
 * functions instead of copied strings. Each is one line naming the input, the value and what is allowed.
 */
import { RUN_SETTING_NAMES } from '../../names.js';

/** Short, readable description of any value for error messages: `"adamw"`, `-3`, `a function`, `undefined`. */
function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const name = (value as { constructor?: { name?: string } }).constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'an object';
}

/** `[null,28,28,1]` for a shape. */
function formatShape(shape: readonly (number | null)[]): string {
  return `[${shape.map((d) => (d === null ? 'null' : String(d))).join(',')}]`;
}

/** The neutral name of the backend setting; the default `option` of the backend messages (each edge passes its own). */
export const BACKEND_SETTING: string = RUN_SETTING_NAMES.backend;

/** The runner's messages; each function returns one line. */
export const messages = {
  configNotFound: (file: string) => `${file}: config file not found (pass --config path/to/lr-sweep.config.mjs)`,
  configIsDirectory: (file: string) => `${file}: is a directory; pass the config file itself, e.g. --config ${file.replace(/[\\/]+$/, '')}/lr-sweep.config.mjs`,
  configExtension: (file: string) => `${file}: unsupported config file type; use .mjs, .js, .cjs, .ts, .mts or .cts`,
  configLoadFailed: (file: string, reason: string) => `${file}: could not load the config module: ${reason}`,
  configNoDefault: (file: string) =>
    `${file}: no default export; write \`export default { model, data, loss, optimizer, batchSize }\``,
  configNotObject: (file: string, got: unknown) =>
    `${file}: the default export must be an object { model, data, loss, optimizer, batchSize }, got ${describe(got)}`,
  fieldMissing: (file: string, field: string, expected: string) => `${file}: "${field}" is missing; expected ${expected}`,
  fieldInvalid: (file: string, field: string, got: unknown, expected: string) =>
    `${file}: "${field}" is ${describe(got)}; expected ${expected}`,
  fieldUnknown: (file: string, field: string, allowed: readonly string[]) =>
    `${file}: unknown field "${field}"; allowed fields: ${allowed.join(', ')}`,
  factoryThrew: (file: string, call: string, reason: string) => `${file}: ${call} threw: ${reason}`,
  modelNotLayersModel: (file: string, got: unknown) =>
    `${file}: model(tf) returned ${describe(got)}; expected a tf.LayersModel built with the \`tf\` it receives (tf.sequential() or tf.model())`,
  modelArity: (file: string, inputs: number, outputs: number) =>
    `${file}: model(tf) has ${inputs} input(s) and ${outputs} output(s); lr-sweep trains models with exactly one of each`,
  lossInvalid: (file: string, loss: unknown, reason: string) =>
    `${file}: "loss" ${describe(loss)} is not usable: ${reason}; use a Keras loss name such as "categoricalCrossentropy" or a function (yTrue, yPred) => tf.Tensor`,
  metricsInvalid: (file: string, reason: string) =>
    `${file}: "metrics" is not usable: ${reason}; use tfjs metric names such as "accuracy" or functions (yTrue, yPred) => tf.Tensor`,
  dataShape: (file: string, where: string, got: unknown) =>
    `${file}: ${where} is ${describe(got)}; expected { xs, ys } tensors or a tf.data.Dataset of { xs, ys } batches`,
  dataCount: (file: string, split: string, xs: number, ys: number) =>
    `${file}: data(tf).${split} has ${xs} xs but ${ys} ys; they must have the same first dimension`,
  dataEmpty: (file: string, split: string) => `${file}: data(tf).${split} is empty; it needs at least one example`,
  inputShape: (file: string, where: string, got: readonly number[], expected: readonly (number | null)[]) =>
    `${file}: ${where} has shape ${formatShape(got)} but the model's input is ${formatShape(expected)}`,
  targetShape: (file: string, where: string, got: readonly number[], expected: readonly (number | null)[], loss: string) =>
    `${file}: ${where} has shape ${formatShape(got)} but the model's output is ${formatShape(expected)} (loss "${loss}")`,
  trainingStepFailed: (file: string, reason: string) =>
    `${file}: the first training step failed: ${reason}; check that "loss" fits the model's output and the data's ys`,
  lossAtZeroNotFinite: (file: string, loss: number) =>
    `${file}: the untrained model's validation loss is ${loss}; check data(tf) for NaN or infinite values and that "loss" fits the targets`,
  optimizerInvalid: (file: string, got: unknown) =>
    `${file}: optimizer(tf, lr) returned ${describe(got)}; expected a tf.Optimizer (e.g. tf.train.adam(lr))`,
  trialFailed: (lr: number, reason: string) => `the TensorFlow.js trial at lr=${lr} failed: ${reason}`,
  runnerClosed: (lr: number) => `the trial at lr=${lr} was not run: the TensorFlow.js runner was closed (interrupted)`,
  lrInvalid: (lr: number) => `lr ${describe(lr)} is not allowed; a learning rate must be a finite number >= 0`,
  stepsInvalid: (steps: number) => `steps ${describe(steps)} is not allowed; steps must be an integer >= 0`,
  divergeFactorInvalid: (value: number, option: string = RUN_SETTING_NAMES.divergeFactor) =>
    `${option} ${describe(value)} is not allowed; it must be a number > 1 (default 4)`,
  /** `option` is how the edge names the setting: `--backend` (default) on the command line, `the backend input` in the action. */
  backendInvalid: (value: unknown, allowed: readonly string[], option = BACKEND_SETTING) =>
    `${option} ${describe(value)} is not allowed; use one of ${allowed.join(', ')}`,
  backendUnavailable: (backend: string, reason: string, remedy: string, option = BACKEND_SETTING) =>
    `${option} ${backend} cannot load: ${reason}; ${remedy}`,
  /** The remedy that switches backends, worded for the edge: `use --backend cpu`, `set the backend input to cpu`. */
  useBackend: (backend: string, option = BACKEND_SETTING) => (option.startsWith('-') ? `use ${option} ${backend}` : `set ${option} to ${backend}`),
  /** The log line's detail for a backend the user asked for. */
  backendRequested: (option = BACKEND_SETTING) => `requested with ${option}`,
  nativeNotFound: (pkg: string, dirs: readonly string[]) => `${pkg} is not installed in ${dirs.join(' or ')}`,
  installNative: (pkg: string) => `run \`npm i -D ${pkg}\` in your project (see README: backends)`,
  wasmMissingKernels: (kernels: readonly string[]) =>
    `the wasm backend has no kernel ${kernels.join(', ')} for this model's gradients`,
  backendRunning: (backend: string, detail: string) => `lr-sweep: training on the TensorFlow.js ${backend} backend (${detail})`,
  fallbackHint: (skipped: readonly string[]) =>
    `${skipped.join('; ')}; for faster trials \`npm i -D @tensorflow/tfjs-node\` in your project, or @tensorflow/tfjs-node-gpu on a CUDA runner`,
  fallbackDetail: (missing: readonly string[], dirs: readonly string[], failures: readonly string[]) =>
    [
      ...(missing.length > 0 ? [`${missing.join(' and ')} not installed in ${dirs.join(' or ')}`] : []),
      ...failures,
      ...(missing.length > 0
        ? ['for faster trials run `npm i -D @tensorflow/tfjs-node` in your project, or @tensorflow/tfjs-node-gpu on a CUDA runner']
        : []),
    ].join('; '),
} as const;
