/**
 * Parallel TensorFlow.js trials: N child processes (./child.ts), each with its own backend and model, driven
 * through the worker runner. Processes, not threads: tfjs-node(-gpu) is not thread-safe.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TrialRequest, TrialRunner } from '../../search/types.js';
import { createWorkerRunner } from '../worker/index.js';
import type { ConcreteBackend } from './backend.js';
import type { TfjsTrialOutcome } from './runner.js';
import { readOutcome } from './wire.js';

/** Environment variable that carries a child's {@link ChildSpec} as JSON. */
export const CHILD_ENV = 'LR_SWEEP_TFJS_CHILD';

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

/** The bundle's child entry file name, set by scripts/build.mjs; undefined when running from src/. */
declare const __LR_SWEEP_TFJS_CHILD__: string | undefined;

/**
 * The argv that starts a child: `node <dist>/tfjs-child.js` from a bundle (the entry sits in the bundle's
 * folder, one up from split chunks), `node --import tsx <src>/runners/tfjs/child.ts` from the sources.
 */
export function childArgv(): readonly string[] {
  const here = fileURLToPath(import.meta.url);
  if (typeof __LR_SWEEP_TFJS_CHILD__ === 'string') {
    for (const dir of [dirname(here), dirname(dirname(here))]) {
      const entry = join(dir, __LR_SWEEP_TFJS_CHILD__);
      if (existsSync(entry)) return [process.execPath, entry];
    }
    throw new Error(`lr-sweep: ${__LR_SWEEP_TFJS_CHILD__} is missing next to ${here}; the package is incomplete`);
  }
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs');
  return [process.execPath, '--import', pathToFileURL(tsx).href, join(dirname(here), 'child.ts')];
}

/** `argv` as one /bin/sh command line, every word single-quoted. */
export function shellLine(argv: readonly string[]): string {
  return argv.map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(' ');
}

/**
 * A TrialRunner over TensorFlow.js child processes: trials run in up to `slots` children at once, each child
 * started on first use and kept; a child that dies is restarted and its trial retried once (worker runner).
 * Outcomes and errors read exactly as the in-process runner's.
 */
export function createTfjsChildren(options: TfjsChildrenOptions): TrialRunner & {
  run(lr: number, request: TrialRequest): Promise<TfjsTrialOutcome>;
  close(): Promise<void>;
  kill(): void;
} {
  const workers = createWorkerRunner({
    command: shellLine(childArgv()),
    cwd: options.spec.cwd,
    env: { ...process.env, [CHILD_ENV]: JSON.stringify(options.spec) },
    answer: (answer, lr) => readOutcome(answer.fields, lr),
    ...(options.slots === undefined ? {} : { slots: options.slots }),
    ...(options.devices === undefined ? {} : { devices: options.devices }),
    ...(options.devicesInput === undefined ? {} : { devicesInput: options.devicesInput }),
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  return {
    run: (lr, request) => workers.run(lr, request) as Promise<TfjsTrialOutcome>,
    close: async () => workers.close?.(),
    kill: () => workers.kill?.(),
  };
}
