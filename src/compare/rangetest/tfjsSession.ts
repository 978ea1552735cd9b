import { dirname } from 'node:path';
import { UsageError } from '../../errors.js';
import { BACKEND_NAMES, type BackendName, type ConcreteBackend } from '../../runners/tfjs/backend.js';
import { loadDefinition, type LoadedDefinition, type LrSweepConfig, type Tf } from '../../runners/tfjs/definition.js';
import { messages as tfjsMessages } from '../../runners/tfjs/messages.js';
import { openOnBackend } from '../../runners/tfjs/open.js';
import type { TrainingSession } from '../../runners/tfjs/session.js';

/** Options for {@link openTfjsSession}. */
export interface OpenSessionOptions {
  /** The user's model definition module, relative to `cwd`. */
  readonly configPath: string;
  /** Backend. Default 'auto' (as the search: native, then wasm when the model trains there, then cpu). */
  readonly backend?: BackendName;
  /** Seed for initial weights and batch order. Default 0. */
  readonly seed?: number;
  /** Working directory. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Adds the `accuracy` metric when the config has none, so validation can report accuracy. Default false. */
  readonly withAccuracy?: boolean;
  /** One-line log messages (which backend runs). Default: nothing. */
  readonly log?: (line: string) => void;
}

/** An open session and what the range test and validation need to know about it. */
export interface OpenedSession {
  readonly session: TrainingSession;
  readonly tf: Tf;
  readonly backend: ConcreteBackend;
  readonly definition: LoadedDefinition;
  /** Training examples per epoch when the training split is tensors; null for a dataset. */
  readonly trainExamples: () => number | null;
}

const ACCURACY_NAMES = new Set(['accuracy', 'acc']);

/**
 * Opens a {@link TrainingSession} for the range test or validation through the search's own backend selection
 * ({@link openOnBackend}: the same fallback under 'auto' and the same log line). The config is wrapped (never
 * modified): `accuracy` is added to its metrics when asked, and the size of the training split is noted as
 * `data()` returns it.
 */
export async function openTfjsSession(options: OpenSessionOptions): Promise<OpenedSession> {
  const requested = options.backend ?? 'auto';
  if (!BACKEND_NAMES.includes(requested)) throw new UsageError(tfjsMessages.backendInvalid(requested, BACKEND_NAMES));
  const cwd = options.cwd ?? process.cwd();
  const loaded = await loadDefinition(options.configPath, cwd);
  let trainExamples: number | null = null;
  const original = loaded.config;
  const metrics = original.metrics ?? [];
  const config: LrSweepConfig = {
    ...original,
    model: (tf) => original.model(tf),
    data: async (tf, context) => {
      const data = await original.data(tf, context);
      const train = data?.train as { xs?: { shape?: number[] } } | undefined;
      trainExamples = train?.xs?.shape?.[0] ?? null;
      return data;
    },
    ...(options.withAccuracy && !metrics.some((m) => typeof m === 'string' && ACCURACY_NAMES.has(m))
      ? { metrics: [...metrics, 'accuracy'] }
      : {}),
  };
  const definition: LoadedDefinition = { ...loaded, config };
  const searchFrom = [...new Set([dirname(definition.path), cwd])];
  const { backend, session } = await openOnBackend(requested, definition, {
    searchFrom,
    seed: options.seed ?? 0,
    ...(options.log ? { log: options.log } : {}),
  });
  return { session, tf: backend.tf, backend: backend.name, definition, trainExamples: () => trainExamples };
}
