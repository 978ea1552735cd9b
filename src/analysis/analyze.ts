import type { Analysis, Sample } from './types.js';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** L(0), the untrained model's validation loss. Defaults to the mean loss of the lr = 0 samples. */
  readonly lossAtZero?: number;
}

/**
 * Reads the viable window and the three picks off (lr, loss) samples. Pure.
 * STUB: replaced by the analysis work of issue 2.
 */
export function analyze(samples: readonly Sample[], options: AnalyzeOptions = {}): Analysis {
  void samples;
  void options;
  throw new Error('analyze: not implemented yet');
}
