import type { TrialRequest, TrialRunner } from '../../search/types.js';
import type { ConcreteBackend } from './backend.js';
import type { TfjsTrialOutcome } from './runner.js';
/** Environment variable that carries a child's {@link ChildSpec} as JSON. */
export declare const CHILD_ENV = "LR_SWEEP_TFJS_CHILD";
/** What a child opens: the same definition, cwd, backend, seed and divergence rule as the parent. */
export interface ChildSpec {
    /** The config path as the user gave it (messages show it the same way). */
    readonly configPath: string;
    /** Working directory: resolves `configPath` and tfjs-node. */
    readonly cwd: string;
    /** The concrete backend the parent resolved ('auto' already decided). */
    readonly backend: ConcreteBackend;
    /** Seed the model and data are first prepared for. */
    readonly seed: number;
    /** Multiple of L(0) past which a trial counts as diverged. */
    readonly divergeFactor: number;
}
/** Options for {@link createTfjsChildren}. */
export interface TfjsChildrenOptions {
    /** What each child opens. */
    readonly spec: ChildSpec;
    /** Child processes, one per slot. A whole number >= 1. Default: one per device, else 1. */
    readonly slots?: number;
    /** Devices, one per slot (CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE of that slot's child). Default: none. */
    readonly devices?: readonly string[];
    /** How `devices` is named in messages. Default '--devices'. */
    readonly devicesInput?: string;
    /** Receives the children's start-up times, restarts and anything they print on stdout. Default: dropped. */
    readonly log?: (line: string) => void;
}
/**
 * The argv that starts a child: `node <dist>/tfjs-child.js` from a bundle (the entry sits in the bundle's
 * folder, one up from split chunks), `node --import tsx <src>/runners/tfjs/child.ts` from the sources.
 */
export declare function childArgv(): readonly string[];
/** `argv` as one /bin/sh command line, every word single-quoted. */
export declare function shellLine(argv: readonly string[]): string;
/**
 * A TrialRunner over TensorFlow.js child processes: trials run in up to `slots` children at once, each child
 * started on first use and kept; a child that dies is restarted and its trial retried once (worker runner).
 * Outcomes and errors read exactly as the in-process runner's.
 */
export declare function createTfjsChildren(options: TfjsChildrenOptions): TrialRunner & {
    run(lr: number, request: TrialRequest): Promise<TfjsTrialOutcome>;
    close(): Promise<void>;
    kill(): void;
};
