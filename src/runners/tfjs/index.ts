import type { TrialRunner } from '../../search/types.js';

/** Backends a TensorFlow.js search can train on; `auto` picks the fastest that loads. */
export type BackendName = 'auto' | 'tensorflow-gpu' | 'tensorflow' | 'wasm' | 'cpu';

/** Options for {@link createTfjsRunner}. */
export interface TfjsRunnerOptions {
  /** Path to the user's model definition module (lr-sweep.config.mjs / .js / .ts). */
  readonly configPath: string;
  /** Backend to train on. Default 'auto'. */
  readonly backend?: BackendName;
  /** A trial diverges once its training loss exceeds this multiple of L(0). Default 4. */
  readonly divergeFactor?: number;
  /** One-line log messages (which backend runs, fallbacks). Default: nothing. */
  readonly log?: (line: string) => void;
}

/**
 * Loads the user's model definition and returns a runner that trains it in-process with exact resets.
 * STUB: replaced by issue 3.
 */
export async function createTfjsRunner(options: TfjsRunnerOptions): Promise<TrialRunner> {
  void options;
  throw new Error('createTfjsRunner: not implemented yet');
}
