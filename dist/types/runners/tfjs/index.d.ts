import type { SearchSettings, TrialRequest, TrialRunner } from '../../search/types.js';
import { type BackendName, type ConcreteBackend } from './backend.js';
import { type Tf } from './definition.js';
import { type TfjsTrialOutcome } from './runner.js';
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
export declare function createTfjsRunner(options: TfjsRunnerOptions): Promise<TfjsRunner>;
