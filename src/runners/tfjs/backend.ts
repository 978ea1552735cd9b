import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Tf } from './definition.js';
import { reasonOf } from './definition.js';
import { messages } from './messages.js';

/** Backends a TensorFlow.js search can train on; `auto` picks the fastest that loads. */
export type BackendName = (typeof BACKEND_NAMES)[number];

/** A backend that can actually be loaded (everything but `auto`). */
export type ConcreteBackend = Exclude<BackendName, 'auto'>;

/** Every accepted `--backend` value. */
export const BACKEND_NAMES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;

/** The order `auto` tries, fastest first. */
export const AUTO_ORDER: readonly ConcreteBackend[] = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];

/** npm packages of the native backends, resolved from the user's project. */
export const NATIVE_PACKAGES = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
} as const;

/** A loaded backend: the `tf` namespace to train with (and hand to the user's factories) and where it came from. */
export interface LoadedBackend {
  readonly name: ConcreteBackend;
  readonly tf: Tf;
  /** Resolved module file, for the log line. */
  readonly from: string;
}

/** Options for {@link loadBackend}. */
export interface BackendLoadOptions {
  /**
   * Directories to resolve `@tensorflow/tfjs-node(-gpu)` from, in order: the config's directory, the working
   * directory. lr-sweep's own install is always tried last. Default: the working directory.
   */
  readonly searchFrom?: readonly string[];
}

/** Thrown when a backend cannot load here; `reason` says why (not installed, native library missing, …). */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
  constructor(
    readonly backend: ConcreteBackend,
    readonly reason: string,
    /** True when the package was not found at all (as opposed to found but failing to load). */
    readonly notInstalled: boolean,
  ) {
    super(`${backend}: ${reason}`);
  }
}

const ownRequire = createRequire(import.meta.url);

/** Resolves `pkg` from the first of `dirs` where Node finds it, then from lr-sweep's own install; null when absent. */
export function resolvePackage(pkg: string, dirs: readonly string[]): string | null {
  for (const dir of dirs) {
    try {
      return createRequire(join(dir, '__lr-sweep__.js')).resolve(pkg);
    } catch {
      // not installed there; try the next directory
    }
  }
  try {
    return ownRequire.resolve(pkg);
  } catch {
    return null;
  }
}

/**
 * Loads one backend and makes it the active one. Native backends are `require`d from the user's project, so
 * the `tf` returned is their package's namespace (their copy of tfjs); wasm and cpu use lr-sweep's own tfjs.
 * Throws {@link BackendUnavailableError} when it cannot load.
 */
export async function loadBackend(name: ConcreteBackend, options: BackendLoadOptions = {}): Promise<LoadedBackend> {
  const dirs = options.searchFrom ?? [process.cwd()];
  if (name === 'tensorflow-gpu' || name === 'tensorflow') {
    const pkg = NATIVE_PACKAGES[name];
    const from = resolvePackage(pkg, dirs);
    if (from === null) throw new BackendUnavailableError(name, messages.nativeNotFound(pkg, dirs), true);
    let tf: Tf;
    try {
      tf = createRequire(from)(from) as Tf;
    } catch (error) {
      throw new BackendUnavailableError(name, `${pkg} failed to load: ${reasonOf(error)}`, false);
    }
    // tfjs-node and tfjs-node-gpu both register their native backend as 'tensorflow'.
    await activate(tf, 'tensorflow', name);
    return { name, tf, from };
  }
  const from = ownPackagePath('@tensorflow/tfjs');
  const tf = await importOwnTfjs();
  // PROD silences tfjs's "install tfjs-node" banner on stdout; lr-sweep's own backend line says it, once.
  tf.env().set('PROD', true);
  if (name !== 'wasm') {
    await activate(tf, name, name);
    return { name, tf, from };
  }
  // The emscripten glue installs process-wide uncaughtException/unhandledRejection handlers that rethrow (and
  // print its whole minified source); lr-sweep's CLI owns error reporting, so they are removed once it is ready.
  const before = processHandlers();
  try {
    await import('@tensorflow/tfjs-backend-wasm');
    await activate(tf, name, name);
  } catch (error) {
    if (error instanceof BackendUnavailableError) throw error;
    throw new BackendUnavailableError(name, `@tensorflow/tfjs-backend-wasm failed to load: ${reasonOf(error)}`, true);
  } finally {
    removeHandlersAddedSince(before);
  }
  return { name, tf, from };
}

/**
 * lr-sweep's own tfjs, through a literal dynamic import so bundlers (the action's dist) include it; the CommonJS
 * module's full exports object is its `default` both in Node and in an esbuild bundle.
 */
async function importOwnTfjs(): Promise<Tf> {
  const module = (await import('@tensorflow/tfjs')) as unknown as Tf & { default?: Tf };
  return module.default ?? module;
}

/** Where a package of lr-sweep's own resolves, for the log; inside a bundle there is no such file. */
function ownPackagePath(pkg: string): string {
  try {
    return ownRequire.resolve(pkg);
  } catch {
    return `${pkg} (bundled)`;
  }
}

type ProcessEvent = 'uncaughtException' | 'unhandledRejection';
const PROCESS_EVENTS: readonly ProcessEvent[] = ['uncaughtException', 'unhandledRejection'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;
const emitter: NodeJS.EventEmitter = process;

function processHandlers(): Map<ProcessEvent, Set<Listener>> {
  return new Map(PROCESS_EVENTS.map((event) => [event, new Set<Listener>(emitter.listeners(event) as Listener[])]));
}

function removeHandlersAddedSince(before: Map<ProcessEvent, Set<Listener>>): void {
  for (const event of PROCESS_EVENTS) {
    for (const listener of emitter.listeners(event) as Listener[]) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener);
    }
  }
}

async function activate(tf: Tf, registered: string, name: ConcreteBackend): Promise<void> {
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

/** Kernel names from tfjs "Kernel 'X' not registered for backend 'wasm'" errors; empty when the error is something else. */
export function missingKernels(error: unknown): string[] {
  const text = error instanceof Error ? error.message : String(error);
  return [...text.matchAll(/Kernel '([^']+)' not registered for backend/g)].map((m) => m[1]!);
}

/** How to get a backend that failed to load, for error messages. */
export function remedyFor(name: ConcreteBackend, option?: string): string {
  if (name === 'tensorflow-gpu' || name === 'tensorflow') return messages.installNative(NATIVE_PACKAGES[name]);
  if (name === 'wasm') return `reinstall lr-sweep (it depends on @tensorflow/tfjs-backend-wasm) or ${messages.useBackend('cpu', option)}`;
  return 'reinstall lr-sweep (it depends on @tensorflow/tfjs)';
}
