import type { Clock, ProgressSink, SearchSettings, SweepResult, TrialRunner } from './types.js';

/** What the search loop needs from the outside world; tests pass fakes. */
export interface SearchDeps {
  /** Milliseconds clock. Default `performance.now`. */
  readonly clock?: Clock;
  /** Called once per finished trial. Default: nothing. */
  readonly progress?: ProgressSink;
}

/**
 * Runs the adaptive step-sampling search: coarse grid plus lr = 0, then refinement rounds.
 * STUB: replaced by the search work of issue 2.
 */
export async function search(runner: TrialRunner, settings: SearchSettings, deps: SearchDeps = {}): Promise<SweepResult> {
  void runner;
  void settings;
  void deps;
  throw new Error('search: not implemented yet');
}
