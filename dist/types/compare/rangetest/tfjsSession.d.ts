import { type BackendName, type ConcreteBackend } from '../../runners/tfjs/backend.js';
import { type LoadedDefinition, type Tf } from '../../runners/tfjs/definition.js';
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
/**
 * Opens a {@link TrainingSession} for the range test or validation through the search's own backend selection
 * ({@link openOnBackend}: the same fallback under 'auto' and the same log line). The config is wrapped (never
 * modified): `accuracy` is added to its metrics when asked, and the size of the training split is noted as
 * `data()` returns it.
 */
export declare function openTfjsSession(options: OpenSessionOptions): Promise<OpenedSession>;
