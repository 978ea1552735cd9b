import { UsageError } from '../../errors.js';
import {
  AUTO_ORDER,
  BackendUnavailableError,
  loadBackend,
  missingKernels,
  NATIVE_PACKAGES,
  remedyFor,
  type BackendName,
  type ConcreteBackend,
  type LoadedBackend,
} from './backend.js';
import type { LoadedDefinition } from './definition.js';
import { messages } from './messages.js';
import { probeSession } from './runner.js';
import { releaseFailedStep, TrainingSession } from './session.js';
import { DEFAULT_SETTINGS } from '../../search/settings.js';

/** Options for {@link openOnBackend}. */
export interface OpenOptions {
  /** Directories to resolve tfjs-node(-gpu) from: the config's directory, then the working directory. */
  readonly searchFrom: readonly string[];
  /** Seed for weights, data and batch order. Default the search default (0). */
  readonly seed?: number;
  /** Receives the one line naming the backend. Default: nothing. */
  readonly log?: (line: string) => void;
  /** How messages name the backend setting: `--backend` (default), `the backend input` in the action. */
  readonly backendOption?: string;
}

/** A backend with an open, probed session on it. */
export interface Opened {
  readonly backend: LoadedBackend;
  readonly session: TrainingSession;
  /** The parenthesis of the log line: where the backend came from, or why faster ones were skipped. */
  readonly detail: string;
}

/**
 * Loads the requested backend and opens a probed {@link TrainingSession} on it. Under 'auto' it tries
 * tfjs-node-gpu, tfjs-node (from `searchFrom`), wasm (only if one probe step of this model runs there), then cpu,
 * and logs one line saying which backend runs and how to get a faster one. An explicit backend that cannot
 * load, or lacks kernels for the model, is a UsageError.
 */
export async function openOnBackend(requested: BackendName, definition: LoadedDefinition, options: OpenOptions): Promise<Opened> {
  const { searchFrom, seed = DEFAULT_SETTINGS.seed, backendOption } = options;
  const explicit = requested !== 'auto';
  const candidates: readonly ConcreteBackend[] = explicit ? [requested] : AUTO_ORDER;
  const missing: string[] = [];
  const failures: string[] = [];
  for (const name of candidates) {
    let backend: LoadedBackend;
    try {
      backend = await loadBackend(name, { searchFrom });
    } catch (error) {
      if (!(error instanceof BackendUnavailableError)) throw error;
      if (explicit) throw new UsageError(messages.backendUnavailable(name, error.reason, remedyFor(name, backendOption), backendOption));
      if (error.notInstalled && name in NATIVE_PACKAGES) missing.push(NATIVE_PACKAGES[name as keyof typeof NATIVE_PACKAGES]);
      else failures.push(error.reason);
      continue;
    }
    let session: TrainingSession | null = null;
    try {
      session = await TrainingSession.open(backend.tf, definition, { seed });
      await probeSession(session, definition.file);
    } catch (error) {
      releaseFailedStep(backend.tf);
      session?.dispose();
      const kernels = missingKernels(error);
      if (kernels.length === 0) throw error;
      const reason = messages.wasmMissingKernels(kernels);
      if (explicit) throw new UsageError(messages.backendUnavailable(name, reason, messages.useBackend('cpu', backendOption), backendOption));
      failures.push(reason);
      continue;
    }
    const detail =
      name in NATIVE_PACKAGES
        ? `${NATIVE_PACKAGES[name as keyof typeof NATIVE_PACKAGES]} from ${backend.from}`
        : explicit
          ? messages.backendRequested(backendOption)
          : messages.fallbackDetail(missing, searchFrom, failures);
    options.log?.(messages.backendRunning(name, detail));
    return { backend, session, detail };
  }
  // cpu is last in AUTO_ORDER and always loads; reaching here means even it failed.
  throw new UsageError(messages.backendUnavailable('cpu', failures.join('; '), remedyFor('cpu', backendOption), backendOption));
}
