import { createRequire as __lrSweepCreateRequire } from 'node:module'; const require = __lrSweepCreateRequire(import.meta.url);

// src/runners/tfjs/child.ts
import { createInterface } from "node:readline";
import { dirname } from "node:path";

// src/runners/worker/protocol.ts
var READY_KEY = "lr_sweep_worker";

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var TrialError = class extends Error {
  constructor(message, lr) {
    super(message);
    this.lr = lr;
  }
  lr;
  name = "TrialError";
};
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/analysis/types.ts
var METHODS = ["midpoint", "halfLoss", "steepest", "basin"];

// src/names.ts
var METHOD_NAMES = {
  midpoint: { cli: "midpoint", input: "midpoint", label: "midpoint", paperNumber: 1, colour: "#ff7f0e", dash: [1, 0], output: "lr-midpoint" },
  halfLoss: { cli: "half-loss", input: "half-loss", label: "halfLoss", paperNumber: 2, colour: "#1f77b4", dash: [6, 3], output: "lr-half-loss" },
  steepest: { cli: "steepest", input: "steepest", label: "steepest", paperNumber: 3, colour: "#2ca02c", dash: [2, 2.5], output: "lr-steepest" },
  basin: { cli: "basin", input: "basin", label: "basin", paperNumber: null, colour: "#e377c2", dash: [8, 2, 2, 2, 2, 2], output: "lr-basin" }
};
var METHOD_CLI_NAMES = METHODS.map((m) => METHOD_NAMES[m].cli);
var METHOD_BY_INPUT = Object.fromEntries(METHODS.map((m) => [METHOD_NAMES[m].input, m]));
var METHOD_BY_CLI = Object.fromEntries(METHODS.map((m) => [METHOD_NAMES[m].cli, m]));
var RUN_SETTING_NAMES = {
  repeats: "repeats",
  backend: "backend",
  devices: "devices",
  trialTimeout: "trial-timeout",
  divergeFactor: "diverge-factor",
  cache: "cache",
  cacheKeyFiles: "cache-key-files",
  cacheMaxMb: "cache-max-mb",
  shard: "shard"
};

// src/runners/worker/worker.ts
var KEEP_CHARS = 64 * 1024;

// src/runners/tfjs/messages.ts
function describe(value) {
  if (value === void 0) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const name = value.constructor?.name;
  return name && name !== "Object" ? `a ${name}` : "an object";
}
function formatShape(shape) {
  return `[${shape.map((d) => d === null ? "null" : String(d)).join(",")}]`;
}
var BACKEND_SETTING = RUN_SETTING_NAMES.backend;
var messages = {
  configNotFound: (file) => `${file}: config file not found (pass --config path/to/lr-sweep.config.mjs)`,
  configIsDirectory: (file) => `${file}: is a directory; pass the config file itself, e.g. --config ${file.replace(/[\\/]+$/, "")}/lr-sweep.config.mjs`,
  configExtension: (file) => `${file}: unsupported config file type; use .mjs, .js, .cjs, .ts, .mts or .cts`,
  configLoadFailed: (file, reason) => `${file}: could not load the config module: ${reason}`,
  configNoDefault: (file) => `${file}: no default export; write \`export default { model, data, loss, optimizer, batchSize }\``,
  configNotObject: (file, got) => `${file}: the default export must be an object { model, data, loss, optimizer, batchSize }, got ${describe(got)}`,
  fieldMissing: (file, field, expected) => `${file}: "${field}" is missing; expected ${expected}`,
  fieldInvalid: (file, field, got, expected) => `${file}: "${field}" is ${describe(got)}; expected ${expected}`,
  fieldUnknown: (file, field, allowed) => `${file}: unknown field "${field}"; allowed fields: ${allowed.join(", ")}`,
  factoryThrew: (file, call, reason) => `${file}: ${call} threw: ${reason}`,
  modelNotLayersModel: (file, got) => `${file}: model(tf) returned ${describe(got)}; expected a tf.LayersModel built with the \`tf\` it receives (tf.sequential() or tf.model())`,
  modelArity: (file, inputs, outputs) => `${file}: model(tf) has ${inputs} input(s) and ${outputs} output(s); lr-sweep trains models with exactly one of each`,
  lossInvalid: (file, loss, reason) => `${file}: "loss" ${describe(loss)} is not usable: ${reason}; use a Keras loss name such as "categoricalCrossentropy" or a function (yTrue, yPred) => tf.Tensor`,
  metricsInvalid: (file, reason) => `${file}: "metrics" is not usable: ${reason}; use tfjs metric names such as "accuracy" or functions (yTrue, yPred) => tf.Tensor`,
  dataShape: (file, where, got) => `${file}: ${where} is ${describe(got)}; expected { xs, ys } tensors or a tf.data.Dataset of { xs, ys } batches`,
  dataCount: (file, split, xs, ys) => `${file}: data(tf).${split} has ${xs} xs but ${ys} ys; they must have the same first dimension`,
  dataEmpty: (file, split) => `${file}: data(tf).${split} is empty; it needs at least one example`,
  inputShape: (file, where, got, expected) => `${file}: ${where} has shape ${formatShape(got)} but the model's input is ${formatShape(expected)}`,
  targetShape: (file, where, got, expected, loss) => `${file}: ${where} has shape ${formatShape(got)} but the model's output is ${formatShape(expected)} (loss "${loss}")`,
  trainingStepFailed: (file, reason) => `${file}: the first training step failed: ${reason}; check that "loss" fits the model's output and the data's ys`,
  lossAtZeroNotFinite: (file, loss) => `${file}: the untrained model's validation loss is ${loss}; check data(tf) for NaN or infinite values and that "loss" fits the targets`,
  optimizerInvalid: (file, got) => `${file}: optimizer(tf, lr) returned ${describe(got)}; expected a tf.Optimizer (e.g. tf.train.adam(lr))`,
  trialFailed: (lr, reason) => `the TensorFlow.js trial at lr=${lr} failed: ${reason}`,
  runnerClosed: (lr) => `the trial at lr=${lr} was not run: the TensorFlow.js runner was closed (interrupted)`,
  lrInvalid: (lr) => `lr ${describe(lr)} is not allowed; a learning rate must be a finite number >= 0`,
  stepsInvalid: (steps) => `steps ${describe(steps)} is not allowed; steps must be an integer >= 0`,
  divergeFactorInvalid: (value, option = RUN_SETTING_NAMES.divergeFactor) => `${option} ${describe(value)} is not allowed; it must be a number > 1 (default 4)`,
  /** `option` is how the edge names the setting: `--backend` (default) on the command line, `the backend input` in the action. */
  backendInvalid: (value, allowed, option = BACKEND_SETTING) => `${option} ${describe(value)} is not allowed; use one of ${allowed.join(", ")}`,
  backendUnavailable: (backend, reason, remedy, option = BACKEND_SETTING) => `${option} ${backend} cannot load: ${reason}; ${remedy}`,
  /** The remedy that switches backends, worded for the edge: `use --backend cpu`, `set the backend input to cpu`. */
  useBackend: (backend, option = BACKEND_SETTING) => option.startsWith("-") ? `use ${option} ${backend}` : `set ${option} to ${backend}`,
  /** The log line's detail for a backend the user asked for. */
  backendRequested: (option = BACKEND_SETTING) => `requested with ${option}`,
  nativeNotFound: (pkg, dirs) => `${pkg} is not installed in ${dirs.join(" or ")}`,
  installNative: (pkg) => `run \`npm i -D ${pkg}\` in your project (see README: backends)`,
  wasmMissingKernels: (kernels) => `the wasm backend has no kernel ${kernels.join(", ")} for this model's gradients`,
  backendRunning: (backend, detail) => `lr-sweep: training on the TensorFlow.js ${backend} backend (${detail})`,
  fallbackHint: (skipped) => `${skipped.join("; ")}; for faster trials \`npm i -D @tensorflow/tfjs-node\` in your project, or @tensorflow/tfjs-node-gpu on a CUDA runner`,
  fallbackDetail: (missing, dirs, failures) => [
    ...missing.length > 0 ? [`${missing.join(" and ")} not installed in ${dirs.join(" or ")}`] : [],
    ...failures,
    ...missing.length > 0 ? ["for faster trials run `npm i -D @tensorflow/tfjs-node` in your project, or @tensorflow/tfjs-node-gpu on a CUDA runner"] : []
  ].join("; ")
};

// src/runners/tfjs/wire.ts
function wireNumber(value) {
  return Number.isFinite(value) ? value : String(value);
}
function outcomeLine(id, outcome) {
  const metrics = Object.fromEntries(Object.entries(outcome.metrics).map(([name, value]) => [name, wireNumber(value)]));
  return JSON.stringify({
    id,
    loss: wireNumber(outcome.loss),
    diverged: outcome.diverged,
    stepsRun: outcome.stepsRun,
    trainLoss: outcome.trainLoss === null ? null : wireNumber(outcome.trainLoss),
    metrics,
    timing: outcome.timing
  });
}
function errorLine(id, error) {
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  return JSON.stringify({ id, loss: null, error: { name, message } });
}

// src/runners/tfjs/children.ts
var CHILD_ENV = "LR_SWEEP_TFJS_CHILD";

// src/runners/tfjs/definition.ts
import { statSync } from "node:fs";
import { extname, isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var OPTIMIZER_NAMES = ["sgd", "momentum", "adam", "adamax", "rmsprop", "adagrad", "adadelta"];
var FIELDS = ["model", "data", "loss", "optimizer", "batchSize", "steps", "lrRange", "metrics"];
var TS_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".mts", ".cts"]);
var JS_EXTENSIONS = /* @__PURE__ */ new Set([".mjs", ".js", ".cjs"]);
function displayPath(path, cwd = process.cwd()) {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
async function loadDefinition(configPath, cwd = process.cwd()) {
  const path = resolve(cwd, configPath);
  const file = displayPath(path, cwd);
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === void 0) throw new UsageError(messages.configNotFound(file));
  if (info.isDirectory()) throw new UsageError(messages.configIsDirectory(file));
  const ext = extname(path);
  let module;
  try {
    if (TS_EXTENSIONS.has(ext)) {
      const { createJiti } = await import("jiti");
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
function defaultExport(module, file) {
  if (typeof module !== "object" || module === null || !("default" in module) || module.default === void 0) {
    throw new ConfigError(messages.configNoDefault(file));
  }
  const value = module.default;
  if (isRecord(value) && !("model" in value) && isRecord(value["default"])) return value["default"];
  return value;
}
function validateConfig(value, file) {
  if (!isRecord(value)) throw new ConfigError(messages.configNotObject(file, value));
  for (const key of Object.keys(value)) {
    if (!FIELDS.includes(key)) throw new ConfigError(messages.fieldUnknown(file, key, FIELDS));
  }
  const need = (field, expected, ok, optional = false) => {
    const v = value[field];
    if (v === void 0) {
      if (optional) return;
      throw new ConfigError(messages.fieldMissing(file, field, expected));
    }
    if (!ok(v)) throw new ConfigError(messages.fieldInvalid(file, field, v, expected));
  };
  const isFunction = (v) => typeof v === "function";
  const positiveInt = (v) => typeof v === "number" && Number.isInteger(v) && v > 0;
  need("model", "a function (tf) => tf.LayersModel", isFunction);
  need("data", "a function (tf, { seed }) => ({ train, validation })", isFunction);
  need(
    "loss",
    'a Keras loss name (e.g. "categoricalCrossentropy") or a function (yTrue, yPred) => tf.Tensor',
    (v) => typeof v === "string" && v.length > 0 || isFunction(v)
  );
  need(
    "optimizer",
    `one of ${OPTIMIZER_NAMES.map((n) => `"${n}"`).join(", ")} or a function (tf, lr) => tf.Optimizer`,
    (v) => typeof v === "string" && OPTIMIZER_NAMES.includes(v) || isFunction(v)
  );
  need("batchSize", "a positive integer", positiveInt);
  need("steps", "a positive integer", positiveInt, true);
  need("lrRange", "a pair [startLr, endLr] with 0 < startLr < endLr", isLrRange, true);
  need(
    "metrics",
    'an array of metric names (e.g. "accuracy") or functions',
    (v) => Array.isArray(v) && v.every((m) => typeof m === "string" && m.length > 0 || isFunction(m)),
    true
  );
  return value;
}
function isLrRange(v) {
  if (!Array.isArray(v) || v.length !== 2) return false;
  const [a, b] = v;
  return typeof a === "number" && typeof b === "number" && Number.isFinite(b) && a > 0 && a < b;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function reasonOf(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}

// src/runners/tfjs/backend.ts
import { createRequire } from "node:module";
import { join } from "node:path";
var AUTO_ORDER = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"];
var NATIVE_PACKAGES = {
  "tensorflow-gpu": "@tensorflow/tfjs-node-gpu",
  tensorflow: "@tensorflow/tfjs-node"
};
var BackendUnavailableError = class extends Error {
  constructor(backend, reason, notInstalled) {
    super(`${backend}: ${reason}`);
    this.backend = backend;
    this.reason = reason;
    this.notInstalled = notInstalled;
  }
  backend;
  reason;
  notInstalled;
  name = "BackendUnavailableError";
};
var ownRequire = createRequire(import.meta.url);
function resolvePackage(pkg, dirs) {
  for (const dir of dirs) {
    try {
      return createRequire(join(dir, "__lr-sweep__.js")).resolve(pkg);
    } catch {
    }
  }
  try {
    return ownRequire.resolve(pkg);
  } catch {
    return null;
  }
}
async function loadBackend(name, options = {}) {
  const dirs = options.searchFrom ?? [process.cwd()];
  if (name === "tensorflow-gpu" || name === "tensorflow") {
    const pkg = NATIVE_PACKAGES[name];
    const from2 = resolvePackage(pkg, dirs);
    if (from2 === null) throw new BackendUnavailableError(name, messages.nativeNotFound(pkg, dirs), true);
    let tf2;
    try {
      tf2 = createRequire(from2)(from2);
    } catch (error) {
      throw new BackendUnavailableError(name, `${pkg} failed to load: ${reasonOf(error)}`, false);
    }
    await activate(tf2, "tensorflow", name);
    return { name, tf: tf2, from: from2 };
  }
  const from = ownPackagePath("@tensorflow/tfjs");
  const tf = await importOwnTfjs();
  tf.env().set("PROD", true);
  if (name !== "wasm") {
    await activate(tf, name, name);
    return { name, tf, from };
  }
  const before = processHandlers();
  try {
    await import("@tensorflow/tfjs-backend-wasm");
    await activate(tf, name, name);
  } catch (error) {
    if (error instanceof BackendUnavailableError) throw error;
    throw new BackendUnavailableError(name, `@tensorflow/tfjs-backend-wasm failed to load: ${reasonOf(error)}`, true);
  } finally {
    removeHandlersAddedSince(before);
  }
  return { name, tf, from };
}
async function importOwnTfjs() {
  const module = await import("@tensorflow/tfjs");
  return module.default ?? module;
}
function ownPackagePath(pkg) {
  try {
    return ownRequire.resolve(pkg);
  } catch {
    return `${pkg} (bundled)`;
  }
}
var PROCESS_EVENTS = ["uncaughtException", "unhandledRejection"];
var emitter = process;
function processHandlers() {
  return new Map(PROCESS_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
}
function removeHandlersAddedSince(before) {
  for (const event of PROCESS_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event).has(listener)) emitter.removeListener(event, listener);
    }
  }
}
async function activate(tf, registered, name) {
  let ok = false;
  try {
    ok = await tf.setBackend(registered);
    await tf.ready();
  } catch (error) {
    throw new BackendUnavailableError(name, `backend '${registered}' failed to initialise: ${reasonOf(error)}`, false);
  }
  if (!ok || tf.getBackend() !== registered) {
    throw new BackendUnavailableError(name, `backend '${registered}' did not initialise`, false);
  }
}
function missingKernels(error) {
  const text = error instanceof Error ? error.message : String(error);
  return [...text.matchAll(/Kernel '([^']+)' not registered for backend/g)].map((m) => m[1]);
}
function remedyFor(name, option) {
  if (name === "tensorflow-gpu" || name === "tensorflow") return messages.installNative(NATIVE_PACKAGES[name]);
  if (name === "wasm") return `reinstall lr-sweep (it depends on @tensorflow/tfjs-backend-wasm) or ${messages.useBackend("cpu", option)}`;
  return "reinstall lr-sweep (it depends on @tensorflow/tfjs)";
}

// src/runners/tfjs/runner.ts
var DEFAULT_DIVERGE_FACTOR = 4;
async function probeSession(session, file) {
  try {
    session.restore();
    const { loss } = await session.evaluate();
    if (!Number.isFinite(loss)) throw new ConfigError(messages.lossAtZeroNotFinite(file, loss));
    const optimizer = session.createOptimizer(1e-3);
    try {
      await session.train(optimizer, 1, () => false);
    } finally {
      session.disposeOptimizer(optimizer);
      session.restore();
    }
    return loss;
  } catch (error) {
    if (error instanceof ConfigError || missingKernels(error).length > 0) throw error;
    throw new ConfigError(messages.trainingStepFailed(file, reasonOf(error)));
  }
}
var TfjsTrialRunner = class {
  constructor(options) {
    this.options = options;
    this.session = options.session ?? null;
    this.divergeFactor = options.divergeFactor ?? DEFAULT_DIVERGE_FACTOR;
    this.clock = options.clock ?? (() => performance.now());
  }
  options;
  session;
  /** The untrained model's evaluation for the current seed: L(0), reused by the lr = 0 trial. */
  untrained = null;
  queue = Promise.resolve();
  closed = false;
  divergeFactor;
  clock;
  /** Runs one trial at `lr` (lr = 0: evaluates the untrained model, giving L(0)). */
  run(lr, request) {
    if (this.closed) return Promise.reject(new TrialError(messages.runnerClosed(lr), lr));
    const result = this.queue.then(() => this.runNow(lr, request));
    this.queue = result.catch(() => void 0);
    return result;
  }
  /** Disposes the session (model, optimizer-free snapshot, data). The runner cannot be used afterwards. */
  async close() {
    this.closed = true;
    await this.queue;
    this.session?.dispose();
    this.session = null;
  }
  async sessionFor(seed) {
    if (this.session?.seed === seed) return this.session;
    this.session?.dispose();
    this.session = null;
    this.session = await this.options.openSession(seed);
    this.untrained = null;
    return this.session;
  }
  async runNow(lr, { steps, seed }) {
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) throw new UsageError(messages.lrInvalid(lr));
    if (!Number.isInteger(steps) || steps < 0) throw new UsageError(messages.stepsInvalid(steps));
    const session = await this.sessionFor(seed);
    const { clock } = this;
    let evalMs = 0;
    let resetMs = 0;
    if (this.untrained === null) {
      const start = clock();
      session.restore();
      this.untrained = await session.evaluate();
      evalMs += clock() - start;
    }
    const untrained = this.untrained;
    const lossAtZero = untrained.loss;
    try {
      if (steps === 0) {
        const timing = { trainMs: 0, evalMs, resetMs };
        const diverged = !Number.isFinite(lossAtZero);
        return { loss: lossAtZero, diverged, stepsRun: 0, trainLoss: null, metrics: untrained.metrics, timing };
      }
      let mark = clock();
      session.restore();
      resetMs += clock() - mark;
      mark = clock();
      const optimizer = session.createOptimizer(lr);
      resetMs += clock() - mark;
      const trainStart = clock();
      let trainEnd = trainStart;
      let trained;
      try {
        const limit = lossAtZero > 0 ? this.divergeFactor * lossAtZero : Number.POSITIVE_INFINITY;
        trained = await session.train(optimizer, steps, (loss) => !Number.isFinite(loss) || loss > limit);
      } finally {
        trainEnd = clock();
        session.disposeOptimizer(optimizer);
        resetMs += clock() - trainEnd;
      }
      const trainMs = trainEnd - trainStart;
      if (trained.stopped) {
        const loss = Number.isNaN(trained.lastLoss) ? Number.NaN : Number.POSITIVE_INFINITY;
        const timing = { trainMs, evalMs, resetMs };
        return { loss, diverged: true, stepsRun: trained.stepsRun, trainLoss: trained.lastLoss, metrics: {}, timing };
      }
      mark = clock();
      const evaluation = await session.evaluate();
      evalMs += clock() - mark;
      return {
        loss: evaluation.loss,
        diverged: !Number.isFinite(evaluation.loss),
        stepsRun: trained.stepsRun,
        trainLoss: trained.lastLoss,
        metrics: evaluation.metrics,
        timing: { trainMs, evalMs, resetMs }
      };
    } catch (error) {
      if (error instanceof ConfigError || error instanceof UsageError || error instanceof TrialError) throw error;
      throw new TrialError(messages.trialFailed(lr, reasonOf(error)), lr);
    }
  }
};

// src/cache/files.ts
import { createHash } from "node:crypto";

// src/cache/key.ts
function canonicalJson(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} is not a finite number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  if (typeof value === "object") {
    const record = value;
    const fields = Object.keys(record).filter((k) => record[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${fields.join(",")}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} cannot be part of a key`);
}

// src/cache/files.ts
function fingerprintData(arrays) {
  const hash = createHash("sha256");
  for (const array of [...arrays].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const header = canonicalJson({ name: array.name, dtype: array.dtype, shape: [...array.shape], bytes: array.values.byteLength });
    hash.update(`${header}
`, "utf8");
    hash.update(new Uint8Array(array.values.buffer, array.values.byteOffset, array.values.byteLength));
  }
  return hash.digest("hex");
}
async function fingerprintTensors(tensors) {
  const arrays = [];
  for (const [name, tensor] of Object.entries(tensors)) {
    const values = await tensor.data();
    if (!ArrayBuffer.isView(values)) throw new TypeError(`fingerprintTensors: ${name} is a ${tensor.dtype} tensor, not numbers`);
    arrays.push({ name, dtype: tensor.dtype, shape: tensor.shape, values });
  }
  return fingerprintData(arrays);
}

// src/runners/tfjs/prng.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function deriveSeed(seed, purpose) {
  let h = (Math.imul(seed | 0, 2654435761) ^ Math.imul(purpose + 1, 2246822507)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2146121005) >>> 0;
  h = Math.imul(h ^ h >>> 15, 2221713035) >>> 0;
  return (h ^ h >>> 16) >>> 0;
}
var SeedPurpose = { weights: 1, data: 2, batches: 3, trial: 4 };
function permutation(n, random) {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
async function withSeededRandom(seed, fn) {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return await fn();
  } finally {
    Math.random = original;
  }
}
function withRandom(random, fn) {
  const original = Math.random;
  Math.random = random;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

// src/runners/tfjs/data.ts
function isDataset(source) {
  return typeof source.iterator === "function";
}
function checkPair(tf, value, file, where) {
  const pair = value;
  if (!pair || typeof pair !== "object" || !(pair.xs instanceof tf.Tensor) || !(pair.ys instanceof tf.Tensor)) {
    throw new ConfigError(messages.dataShape(file, where, value));
  }
  const nx = pair.xs.shape[0] ?? 0;
  const ny = pair.ys.shape[0] ?? 0;
  if (pair.xs.rank === 0 || pair.ys.rank === 0 || nx !== ny) {
    throw new ConfigError(messages.dataCount(file, where.replace(/^data\(tf\)\./, ""), nx, ny));
  }
  return pair;
}
function checkData(tf, value, file) {
  if (!value || typeof value !== "object") throw new ConfigError(messages.dataShape(file, "data(tf)", value));
  const data = value;
  for (const split of ["train", "validation"]) {
    const source = data[split];
    if (!source || typeof source !== "object") throw new ConfigError(messages.dataShape(file, `data(tf).${split}`, source));
    if (!isDataset(source)) checkPair(tf, source, file, `data(tf).${split}`);
    if (!isDataset(source) && (source.xs.shape[0] ?? 0) === 0) throw new ConfigError(messages.dataEmpty(file, split));
  }
  return data;
}
function trainBatches(tf, source, options) {
  return isDataset(source) ? datasetBatches(tf, source, options.file) : tensorBatches(tf, source, options);
}
var EpochOrder = class {
  constructor(n, size, seed) {
    this.n = n;
    this.size = size;
    this.seed = seed;
    this.used = n - n % size;
    this.random = mulberry32(deriveSeed(seed, SeedPurpose.batches));
  }
  n;
  size;
  seed;
  random;
  epoch = -1;
  current = new Int32Array(0);
  used;
  /** Example indices of batch `index` (0-based over the whole sequence). */
  indices(index) {
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
};
function tensorBatches(tf, source, options) {
  const n = source.xs.shape[0];
  const size = Math.min(options.batchSize, n);
  const random = mulberry32(deriveSeed(options.seed, SeedPurpose.batches));
  const order = [];
  const batches = [];
  const later = new EpochOrder(n, size, options.seed);
  const gather = (indices) => tf.tidy(() => {
    const idx = tf.tensor1d(indices, "int32");
    return { xs: tf.keep(tf.gather(source.xs, idx)), ys: tf.keep(tf.gather(source.ys, idx)) };
  });
  return {
    async each(from, count, visit) {
      for (let index = from; index < from + count; index++) {
        const kept = batches[index];
        if (kept !== void 0) {
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
        while (order.length < start + size) order.push(...permutation(n, random).subarray(0, n - n % size));
        batches.push(gather(order.slice(start, start + size)));
      }
      return batches.slice(0, steps);
    },
    dispose() {
      for (const b of batches) tf.dispose([b.xs, b.ys]);
      batches.length = 0;
      tf.dispose([source.xs, source.ys]);
    }
  };
}
function datasetBatches(tf, source, file) {
  const batches = [];
  let iterator = null;
  let exhausted = false;
  return {
    // A dataset is read once and cycled: what it holds bounds the memory, whatever the number of epochs.
    async each(from, count, visit) {
      const all = await this.take(from + count);
      for (let index = from; index < from + count; index++) if (await visit(all[index])) return;
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
      if (batches.length === 0) throw new ConfigError(messages.dataEmpty(file, "train"));
      return Array.from({ length: steps }, (_, i) => batches[i % batches.length]);
    },
    dispose() {
      for (const b of batches) tf.dispose([b.xs, b.ys]);
      batches.length = 0;
    }
  };
}
async function validationChunks(tf, source, chunkSize, file) {
  if (isDataset(source)) {
    const chunks2 = [];
    const iterator = await source.iterator();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      chunks2.push(checkPair(tf, next.value, file, `data(tf).validation batch ${chunks2.length + 1}`));
    }
    if (chunks2.length === 0) throw new ConfigError(messages.dataEmpty(file, "validation"));
    return chunks2;
  }
  const n = source.xs.shape[0];
  if (n <= chunkSize) return [source];
  const chunks = [];
  for (let start = 0; start < n; start += chunkSize) {
    const size = Math.min(chunkSize, n - start);
    chunks.push({ xs: sliceFirst(tf, source.xs, start, size), ys: sliceFirst(tf, source.ys, start, size) });
  }
  tf.dispose([source.xs, source.ys]);
  return chunks;
}
function sliceFirst(tf, t, start, size) {
  const begin = t.shape.map((_, i) => i === 0 ? start : 0);
  const sizes = t.shape.map((d, i) => i === 0 ? size : d);
  return tf.slice(t, begin, sizes);
}

// src/runners/tfjs/session.ts
var TrainingSession = class _TrainingSession {
  constructor(tf, seed, definition, model, batches, validation, initial, dataFingerprint) {
    this.tf = tf;
    this.seed = seed;
    this.definition = definition;
    this.model = model;
    this.batches = batches;
    this.validation = validation;
    this.initial = initial;
    this.dataFingerprint = dataFingerprint;
  }
  tf;
  seed;
  definition;
  model;
  batches;
  validation;
  initial;
  dataFingerprint;
  /**
   * Builds the model (weights drawn from `seed`), compiles it once for its loss and metrics, loads and checks the
   * data and snapshots the initial weights. Throws ConfigError naming the file and the field on any mistake.
   */
  static async open(tf, definition, options = {}) {
    const { config, file } = definition;
    const seed = options.seed ?? 0;
    const model = await callFactory(
      file,
      "model(tf)",
      () => withSeededRandom(deriveSeed(seed, SeedPurpose.weights), () => config.model(tf))
    );
    if (!(model instanceof tf.LayersModel)) throw new ConfigError(messages.modelNotLayersModel(file, model));
    const owned = [];
    let batches = null;
    let data = null;
    let validation = [];
    try {
      if (model.inputs.length !== 1 || model.outputs.length !== 1) {
        throw new ConfigError(messages.modelArity(file, model.inputs.length, model.outputs.length));
      }
      compile(model, config, file);
      data = checkData(
        tf,
        await callFactory(
          file,
          "data(tf, { seed })",
          () => withSeededRandom(deriveSeed(seed, SeedPurpose.data), () => config.data(tf, { seed }))
        ),
        file
      );
      batches = trainBatches(tf, data.train, { batchSize: config.batchSize, seed, file });
      const chunk = options.evalChunk ?? Math.max(config.batchSize, 1e3);
      validation = await validationChunks(tf, data.validation, chunk, file);
      const [first] = await batches.take(1);
      checkShapes(model, config, file, "data(tf).train", "xs" in data.train ? data.train : first);
      checkShapes(model, config, file, "data(tf).validation", "xs" in data.validation ? data.validation : validation[0]);
      const fingerprint = "xs" in data.train && "xs" in data.validation ? await fingerprintTensors({ "train.xs": data.train.xs, "train.ys": data.train.ys, "validation.xs": data.validation.xs, "validation.ys": data.validation.ys }) : null;
      for (const w of model.weights) owned.push(tf.keep(w.read().clone()));
      return new _TrainingSession(tf, seed, definition, model, batches, validation, owned, fingerprint);
    } catch (error) {
      tf.dispose(owned);
      batches?.dispose();
      if (data) {
        for (const split of [data.train, data.validation]) if ("xs" in split) tf.dispose([split.xs, split.ys]);
      }
      for (const chunk of validation) tf.dispose([chunk.xs, chunk.ys]);
      model.dispose();
      throw error;
    }
  }
  /** Number of weight tensors restored per trial (trainable and not, e.g. batch-norm statistics). */
  get weightCount() {
    return this.initial.length;
  }
  /** Puts the initial weights back, in place (the same variables, no rebuild, no recompile). */
  restore() {
    this.model.weights.forEach((w, i) => w.write(this.initial[i]));
  }
  /** A fresh optimizer for one trial at `lr`; the caller disposes it with {@link TrainingSession.disposeOptimizer}. */
  createOptimizer(lr) {
    const { tf } = this;
    const spec = this.definition.config.optimizer;
    if (typeof spec === "function") {
      let optimizer;
      try {
        optimizer = spec(tf, lr);
      } catch (error) {
        throw new ConfigError(messages.factoryThrew(this.definition.file, `optimizer(tf, ${lr})`, reasonOf(error)));
      }
      if (!(optimizer instanceof tf.Optimizer)) throw new ConfigError(messages.optimizerInvalid(this.definition.file, optimizer));
      return optimizer;
    }
    switch (spec) {
      case "sgd":
        return tf.train.sgd(lr);
      case "momentum":
        return tf.train.momentum(lr, 0.9);
      case "adam":
        return tf.train.adam(lr);
      case "adamax":
        return tf.train.adamax(lr);
      case "rmsprop":
        return tf.train.rmsprop(lr);
      case "adagrad":
        return tf.train.adagrad(lr);
      case "adadelta":
        return tf.train.adadelta(lr);
    }
  }
  /** Disposes a trial's optimizer and all its state (moments, accumulators, its learning-rate scalar). */
  disposeOptimizer(optimizer) {
    optimizer.dispose();
    const c = optimizer.c;
    if (optimizer instanceof this.tf.MomentumOptimizer && c instanceof this.tf.Tensor && !c.isDisposed) c.dispose();
  }
  /**
   * Trains `steps` steps on the session's fixed batch sequence. After each step `stop(loss, step)` may end the
   * loop (divergence). Dropout and other random layers draw from a PRNG seeded identically for every call.
   */
  async train(optimizer, steps, stop) {
    return this.run(optimizer, true).train(steps, stop);
  }
  /**
   * Starts a resumable run with `optimizer` at the beginning of the batch sequence: each `run.train(steps, stop)`
   * continues where the previous one ended (next batch, same dropout stream), so an epoch-by-epoch run with
   * evaluations in between trains exactly like one {@link TrainingSession.train} call of all the steps.
   */
  startRun(optimizer) {
    return this.run(optimizer, false);
  }
  run(optimizer, keepBatches) {
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
      }
    };
  }
  async trainFrom(optimizer, from, steps, random, stop, keepBatches) {
    const { tf, model } = this;
    if (keepBatches) await this.batches.take(from + steps);
    const lossFn = compiledLoss(model);
    const variables = model.trainableWeights.map((w) => w.read());
    let lastLoss = Number.NaN;
    let stepsRun = 0;
    let stopped = false;
    await this.batches.each(from, steps, async (batch) => {
      const cost = withRandom(
        random,
        () => optimizer.minimize(
          () => {
            const prediction = model.apply(batch.xs, { training: true });
            let loss = tf.mean(lossFn(batch.ys, prediction));
            for (const penalty of model.calculateLosses()) loss = tf.add(loss, penalty);
            return loss;
          },
          true,
          variables
        )
      );
      lastLoss = cost ? (await cost.data())[0] ?? Number.NaN : Number.NaN;
      cost?.dispose();
      stepsRun += 1;
      stopped = stop(lastLoss, stepsRun);
      return stopped;
    });
    return { stepsRun, lastLoss, stopped };
  }
  /** Validation loss and metrics of the current weights, chunk by chunk inside tidy, read back once. */
  async evaluate() {
    const { tf, model } = this;
    const lossFn = compiledLoss(model);
    const metricFns = model.metricsTensors.map(([fn]) => fn);
    let total = 0;
    let sums = null;
    for (const chunk of this.validation) {
      const n = chunk.xs.shape[0];
      total += n;
      const previous = sums;
      sums = tf.tidy(() => {
        const prediction = model.apply(chunk.xs, { training: false });
        const values2 = [lossFn, ...metricFns].map((fn) => tf.mean(fn(chunk.ys, prediction)));
        const weighted = tf.mul(tf.stack(values2), n);
        return previous ? tf.add(previous, weighted) : weighted;
      });
      previous?.dispose();
    }
    const values = await sums.data();
    sums.dispose();
    const names = model.metricsNames.slice(1);
    const metrics = {};
    names.forEach((name, i) => metrics[name] = values[i + 1] / total);
    return { loss: values[0] / total, metrics };
  }
  /** Disposes the model, its compile-time optimizer, the snapshot and every data tensor. */
  dispose() {
    this.tf.dispose([...this.initial]);
    this.batches.dispose();
    for (const chunk of this.validation) this.tf.dispose([chunk.xs, chunk.ys]);
    this.model.dispose();
  }
};
function releaseFailedStep(tf) {
  const state = tf.engine().state;
  const tape = state?.activeTape;
  if (!state || !tape) return;
  for (const node of tape) for (const tensor of node.saved ?? []) tensor.dispose();
  for (const tensor of tape.at(-1)?.outputs ?? []) tensor.dispose();
  state.activeTape = null;
}
async function callFactory(file, call, fn) {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof TrialError) throw error;
    throw new ConfigError(messages.factoryThrew(file, call, reasonOf(error)));
  }
}
function compile(model, config, file) {
  const previous = model.optimizer;
  try {
    model.compile({
      // A string, so the model owns (and disposes) this optimizer.
      optimizer: "sgd",
      loss: config.loss,
      metrics: config.metrics ? [...config.metrics] : []
    });
  } catch (error) {
    const text = reasonOf(error);
    if (/metric/i.test(text)) throw new ConfigError(messages.metricsInvalid(file, text));
    throw new ConfigError(messages.lossInvalid(file, config.loss, text));
  }
  if (previous && previous !== model.optimizer) previous.dispose();
}
function compiledLoss(model) {
  const core = model.lossFunctions ? model : model.model;
  const fn = core?.lossFunctions?.[0];
  if (!fn) throw new Error("lr-sweep: the model has no compiled loss");
  return fn;
}
function checkShapes(model, config, file, where, batch) {
  const input = model.inputs[0].shape;
  if (!fits(batch.xs.shape, input)) throw new ConfigError(messages.inputShape(file, `${where} xs`, batch.xs.shape, input));
  if (typeof config.loss === "string" && !/sparse/i.test(config.loss)) {
    const output = model.outputs[0].shape;
    if (!fits(batch.ys.shape, output)) {
      throw new ConfigError(messages.targetShape(file, `${where} ys`, batch.ys.shape, output, config.loss));
    }
  }
}
function fits(shape, expected) {
  return shape.length === expected.length && expected.every((d, i) => i === 0 || d === null || d === shape[i]);
}

// src/search/settings.ts
var DEFAULT_SETTINGS = {
  startLr: 1e-7,
  endLr: 10,
  coarseStep: 0.5,
  threshold: 0.05,
  maxTrials: 60,
  steps: 20,
  seed: 0,
  parallel: 1,
  method: "midpoint",
  strictRange: false
};

// src/runners/tfjs/open.ts
async function openOnBackend(requested, definition, options) {
  const { searchFrom, seed = DEFAULT_SETTINGS.seed, backendOption } = options;
  const explicit = requested !== "auto";
  const candidates = explicit ? [requested] : AUTO_ORDER;
  const missing = [];
  const failures = [];
  for (const name of candidates) {
    let backend;
    try {
      backend = await loadBackend(name, { searchFrom });
    } catch (error) {
      if (!(error instanceof BackendUnavailableError)) throw error;
      if (explicit) throw new UsageError(messages.backendUnavailable(name, error.reason, remedyFor(name, backendOption), backendOption));
      if (error.notInstalled && name in NATIVE_PACKAGES) missing.push(NATIVE_PACKAGES[name]);
      else failures.push(error.reason);
      continue;
    }
    let session = null;
    try {
      session = await TrainingSession.open(backend.tf, definition, { seed });
      await probeSession(session, definition.file);
    } catch (error) {
      releaseFailedStep(backend.tf);
      session?.dispose();
      const kernels = missingKernels(error);
      if (kernels.length === 0) throw error;
      const reason = messages.wasmMissingKernels(kernels);
      if (explicit) throw new UsageError(messages.backendUnavailable(name, reason, messages.useBackend("cpu", backendOption), backendOption));
      failures.push(reason);
      continue;
    }
    const detail = name in NATIVE_PACKAGES ? `${NATIVE_PACKAGES[name]} from ${backend.from}` : explicit ? messages.backendRequested(backendOption) : messages.fallbackDetail(missing, searchFrom, failures);
    options.log?.(messages.backendRunning(name, detail));
    return { backend, session, detail };
  }
  throw new UsageError(messages.backendUnavailable("cpu", failures.join("; "), remedyFor("cpu", backendOption), backendOption));
}

// src/runners/tfjs/child.ts
async function open(spec) {
  const definition = await loadDefinition(spec.configPath, spec.cwd);
  const searchFrom = [.../* @__PURE__ */ new Set([dirname(definition.path), spec.cwd])];
  const { backend, session } = await openOnBackend(spec.backend, definition, { searchFrom, seed: spec.seed });
  const openSession = (seed) => TrainingSession.open(backend.tf, definition, { seed });
  return new TfjsTrialRunner({ session, openSession, divergeFactor: spec.divergeFactor });
}
async function main() {
  const spec = JSON.parse(process.env[CHILD_ENV] ?? "");
  console.log = console.error;
  console.info = console.error;
  const write = (line) => process.stdout.write(`${line}
`);
  const opening = open(spec).then(
    (runner) => {
      write(JSON.stringify({ [READY_KEY]: "ready" }));
      return { runner, error: null };
    },
    (error) => ({ runner: null, error })
  );
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on("line", (line) => {
    if (line.trim() === "") return;
    queue = queue.then(async () => {
      const request = JSON.parse(line);
      const { runner, error } = await opening;
      if (runner === null) {
        write(errorLine(request.id, error));
        return;
      }
      try {
        write(outcomeLine(request.id, await runner.run(request.lr, { steps: request.steps, seed: request.seed })));
      } catch (trialError) {
        write(errorLine(request.id, trialError));
      }
    });
  });
  lines.on("close", () => {
    void queue.then(() => opening).then(({ runner }) => runner?.close()).finally(() => process.stdout.write("", () => process.exit(0)));
  });
}
void main();
