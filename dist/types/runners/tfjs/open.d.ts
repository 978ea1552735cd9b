import { type BackendName, type LoadedBackend } from './backend.js';
import type { LoadedDefinition } from './definition.js';
import { TrainingSession } from './session.js';
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
export declare function openOnBackend(requested: BackendName, definition: LoadedDefinition, options: OpenOptions): Promise<Opened>;
