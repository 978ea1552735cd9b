import type { SearchCurve } from '../baselines/lowestLoss.js';
import type { RangeStep } from '../baselines/types.js';
import { createRangeTestRecorder } from './recorder.js';
import type { RangeTestResult, RangeTestSettings, StepTrainer } from './types.js';

/** What {@link runRangeTest} needs from the outside world; tests pass fakes. */
export interface RangeTestDeps {
  /** Milliseconds clock. Default `performance.now`. */
  readonly clock?: () => number;
  /** Called after every step. Default: nothing. */
  readonly progress?: (step: RangeStep, index: number, numIt: number) => void;
  /** A step-sampling result, for the "lowest loss after reset" suggestion. Default: none. */
  readonly search?: SearchCurve;
}

/**
 * Runs the classic LR range test: one continuous run (no resets), lr growing exponentially per step,
 * the raw training loss smoothed (bias-corrected EMA), stopped once the smoothed loss exceeds
 * stopFactor × its best or is not finite; then every baseline suggestion.
 */
export async function runRangeTest(
  trainer: StepTrainer,
  settings: RangeTestSettings,
  deps: RangeTestDeps = {},
): Promise<RangeTestResult> {
  const clock = deps.clock ?? (() => performance.now());
  const started = clock();
  const recorder = createRangeTestRecorder(settings);
  for (let i = 0; ; i += 1) {
    const stop = recorder.record(await trainer.step(recorder.lrFor(i)));
    deps.progress?.(recorder.steps[i] as RangeStep, i + 1, settings.numIt);
    if (stop) break;
  }
  return recorder.finish(clock() - started, deps.search);
}
