import type { BackendName, TfjsRunner, TfjsRunnerOptions } from '../runners/tfjs/index.js';
import type { SearchSettings, TrialRunner } from '../search/types.js';
import { type RunSettingKey } from '../names.js';
/**
 * How trials run: a shell command per trial, a persistent worker per slot (the JSON-lines contract), or a
 * TensorFlow.js model definition trained in-process (in one child process per slot when slots > 1).
 */
export type TrialSource = {
    readonly kind: 'command';
    /** The command template, with `{lr}`, `{steps}`, `{seed}`. */
    readonly command: string;
    /** Seconds a trial may run. Default: no limit. */
    readonly trialTimeout?: number;
} | {
    readonly kind: 'worker';
    /** The worker command, started once per slot and kept for the whole sweep (no `{lr}` substitution). */
    readonly command: string;
    /** Seconds a trial may take, start-up included. Default 600. */
    readonly trialTimeout?: number;
} | {
    readonly kind: 'config';
    /** The model definition, relative to the sweep's `cwd`. */
    readonly configPath: string;
    /** Where to train. Default 'auto'. */
    readonly backend?: BackendName;
    /** A trial diverges once its training loss exceeds this multiple of L(0). Default 4. */
    readonly divergeFactor?: number;
};
/** What the TensorFlow.js factory must give back; tests pass fakes typed against it. */
export type TfjsRunnerHandle = Pick<TfjsRunner, 'run' | 'close' | 'defaults' | 'backend'> & Partial<Pick<TfjsRunner, 'dataFingerprint'>>;
/** A runner opened from a source, with what the sweep needs to know about it. */
export interface OpenedRunner {
    readonly runner: TrialRunner;
    /** A stable text of what runs: `command:<template>`, `config:<absolute path>#backend=<backend>`. */
    readonly identity: string;
    /** The model definition's own search defaults (they lose to explicit flags and inputs). */
    readonly defaults: Partial<SearchSettings>;
    /** The concrete backend trials run on (`cpu`, `wasm`, ...), or null when lr-sweep does not choose it (command, worker). */
    readonly backend: string | null;
    /** Runner options that change a trial's loss (the trial cache keys on them), e.g. the effective `divergeFactor`. */
    readonly keyOptions: Readonly<Record<string, string | number | boolean>>;
    /** Fingerprint of a model definition's data tensors (the trial cache keys on it); null or absent when none. */
    readonly dataFingerprint?: string | null;
    /**
     * How an abort reaches running trials: 'signal' when the runner honours `request.signal`, 'close' when
     * the sweep must call `close()`, 'finish' when a running trial is short and simply ends (in-process).
     */
    readonly onAbort: 'signal' | 'close' | 'finish';
}
/** What opening a runner may use of the outside world. */
export interface RunnerContext {
    /** Working directory of trials; relative paths resolve against it. */
    readonly cwd: string;
    /** Base environment of trial processes. Default `process.env`. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Seed the model is prepared for up front. */
    readonly seed: number;
    /** Trials run at once (the `parallel` setting): process runners keep one process group per slot. */
    readonly slots: number;
    /** One device per slot (`CUDA_VISIBLE_DEVICES` of its processes). Default: none, every trial sees every device. */
    readonly devices?: readonly string[];
    /** One-line log of the runner (backend chosen, fallbacks). */
    readonly log: (line: string) => void;
    /**
     * How runner messages name a run setting (`--devices` on the command line, `the devices input` in the action).
     * Default: the neutral name ({@link RUN_SETTING_NAMES}).
     */
    readonly runNameOf?: (key: RunSettingKey) => string;
    /** Builds the TensorFlow.js runner. Default `createTfjsRunner`, imported on first use. */
    readonly createTfjsRunner?: (options: TfjsRunnerOptions) => Promise<TfjsRunnerHandle>;
}
type Opener<K extends TrialSource['kind']> = (source: Extract<TrialSource, {
    kind: K;
}>, context: RunnerContext) => Promise<OpenedRunner>;
/** One opener per source kind. */
export declare const RUNNER_KINDS: {
    readonly [K in TrialSource['kind']]: Opener<K>;
};
/** Opens the runner of `source` through its registry entry. */
export declare function openRunner(source: TrialSource, context: RunnerContext): Promise<OpenedRunner>;
export {};
