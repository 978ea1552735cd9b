import { dirname } from 'node:path';
import { UsageError } from '../../errors.js';
import type { SearchSettings, TrialRequest, TrialRunner } from '../../search/types.js';
import { BACKEND_NAMES, type BackendName, type ConcreteBackend } from './backend.js';
import { loadDefinition, type Tf } from './definition.js';
import { messages } from './messages.js';
import { openOnBackend } from './open.js';
import { DEFAULT_DIVERGE_FACTOR, TfjsTrialRunner, type TfjsTrialOutcome } from './runner.js';
import { TrainingSession } from './session.js';
import { slotCount } from '../devices.js';
import { createTfjsChildren } from './children.js';

export type { BackendName, ConcreteBackend } from './backend.js';
export { BACKEND_NAMES } from './backend.js';
export type { LrSweepConfig, LrSweepData, DataContext, OptimizerName, OptimizerFactory, LossFunction, Tf } from './definition.js';
export { defineConfig, OPTIMIZER_NAMES } from './definition.js';
export type { TfjsTrialOutcome } from './runner.js';

/** Options for {@link createTfjsRunner}. */
export interface TfjsRunnerOptions {
  /** Path to the user's model definition module (lr-sweep.config.mjs / .js / .ts), relative to `cwd`. */
  readonly configPath: string;
  /** Backend to train on. Default 'auto' (tfjs-node-gpu, tfjs-node, wasm if the model's kernels exist there, cpu). */
  readonly backend?: BackendName;
  /** A trial diverges once its training loss exceeds this multiple of L(0). Default 4. */
  readonly divergeFactor?: number;
  /** One-line log messages (which backend runs, fallbacks). Default: nothing. */
  readonly log?: (line: string) => void;
  /** Seed the model and data are prepared for up front (a run with another seed rebuilds them). Default 0. */
  readonly seed?: number;
  /** How messages name the backend setting: `--backend` (default) on the command line, `the backend input` in the action. */
  readonly backendOption?: string;
  /** Working directory: resolves `configPath` and is searched for tfjs-node after the config's directory. Default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * Trials run at once, each slot in its own child process with its own backend and model (same samples as one
   * slot on cpu and wasm). Default: one per device, else 1 (trials in this process, one at a time).
   */
  readonly slots?: number;
  /** Devices, one per slot: each slot's child sees only its device (CUDA_VISIBLE_DEVICES, LR_SWEEP_DEVICE). Default: none. */
  readonly devices?: readonly string[];
  /** How `devices` is named in messages. Default '--devices'. */
  readonly devicesInput?: string;
}

/** The TensorFlow.js runner: a TrialRunner plus what the CLI and benchmarks may show. */
export interface TfjsRunner extends TrialRunner {
  run(lr: number, request: TrialRequest): Promise<TfjsTrialOutcome>;
  close(): Promise<void>;
  /** SIGKILLs the child processes' groups now (a second interrupt); nothing when trials run in this process. */
  kill(): void;
  /** What runs: `config:<absolute config path>#backend=<backend>`. */
  readonly identity: string;
  /** Trials run at once (child processes when more than one, or when devices are given). */
  readonly slots: number;
  /** The backend trials run on. */
  readonly backend: ConcreteBackend;
  /** The tf namespace trials run with (the one the user's factories received). */
  readonly tf: Tf;
  /** The config file as messages show it. */
  readonly file: string;
  /** Fingerprint of the tensors the data function returned for the runner's seed (the trial cache keys on it); null when the data are datasets. */
  readonly dataFingerprint: string | null;
  /** The config's own search defaults, when it sets them: `steps`, and `lrRange` as `startLr`/`endLr`. Flags win over these. */
  readonly defaults: Partial<Pick<SearchSettings, 'steps' | 'startLr' | 'endLr'>>;
}

/**
 * Loads the user's model definition and returns a runner that trains it with exact resets. Picks the backend,
 * builds the model and data once, and checks them with one probe step before returning. With one slot trials
 * run in this process; with `slots` > 1 (or `devices`) in that many child processes, started on first use, each
 * on the backend chosen here, with the same samples and the same errors.
 *
 * @example
 * ```ts
 * const runner = await createTfjsRunner({ configPath: 'lr-sweep.config.mjs', log: console.error });
 * try { await search(runner, resolveSettings()); } finally { await runner.close(); }
 * ```
 */
export async function createTfjsRunner(options: TfjsRunnerOptions): Promise<TfjsRunner> {
  const requested = options.backend ?? 'auto';
  if (!BACKEND_NAMES.includes(requested)) throw new UsageError(messages.backendInvalid(requested, BACKEND_NAMES, options.backendOption));
  const divergeFactor = options.divergeFactor ?? DEFAULT_DIVERGE_FACTOR;
  if (typeof divergeFactor !== 'number' || !(divergeFactor > 1) || !Number.isFinite(divergeFactor)) {
    throw new UsageError(messages.divergeFactorInvalid(divergeFactor));
  }
  const cwd = options.cwd ?? process.cwd();
  const seed = options.seed ?? 0;
  const slots = slotCount(options.slots, options.devices, options.devicesInput);
  const definition = await loadDefinition(options.configPath, cwd);
  const searchFrom = [...new Set([dirname(definition.path), cwd])];
  const { backend, session } = await openOnBackend(requested, definition, {
    searchFrom,
    seed,
    ...(options.log ? { log: options.log } : {}),
    ...(options.backendOption === undefined ? {} : { backendOption: options.backendOption }),
  });

  const { steps, lrRange } = definition.config;
  const { dataFingerprint } = session;
  let runner: Pick<TfjsRunner, 'run' | 'close' | 'kill'>;
  if (slots === 1 && options.devices === undefined) {
    const openSession = (s: number): Promise<TrainingSession> => TrainingSession.open(backend.tf, definition, { seed: s });
    const inProcess = new TfjsTrialRunner({ session, openSession, divergeFactor });
    runner = { run: (lr, request) => inProcess.run(lr, request), close: () => inProcess.close(), kill: () => undefined };
  } else {
    // The probe above already chose the backend and reported any config mistake; the children reuse the choice.
    session.dispose();
    runner = createTfjsChildren({
      spec: { configPath: options.configPath, cwd, backend: backend.name, seed, divergeFactor },
      slots,
      ...(options.devices === undefined ? {} : { devices: options.devices }),
      ...(options.devicesInput === undefined ? {} : { devicesInput: options.devicesInput }),
      ...(options.log === undefined ? {} : { log: options.log }),
    });
  }
  return {
    run: (lr, request) => runner.run(lr, request),
    close: () => runner.close(),
    kill: () => runner.kill(),
    identity: `config:${definition.path}#backend=${backend.name}`,
    slots,
    backend: backend.name,
    tf: backend.tf,
    file: definition.file,
    dataFingerprint,
    defaults: {
      ...(steps !== undefined ? { steps } : {}),
      ...(lrRange !== undefined ? { startLr: lrRange[0], endLr: lrRange[1] } : {}),
    },
  };
}

