import { createLossSmoother } from '../baselines/smooth.js';
import { suggestBaselines } from '../baselines/suggest.js';
import type { SearchCurve } from '../baselines/lowestLoss.js';
import type { RangeStep } from '../baselines/types.js';
import { rangeTestLr } from './schedule.js';
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
  const smoother = createLossSmoother({ beta: settings.beta, stopFactor: settings.stopFactor });
  const steps: RangeStep[] = [];
  let stopReason: RangeTestResult['stopReason'] = 'completed';
  for (let i = 0; i < settings.numIt; i += 1) {
    const lr = rangeTestLr(i, settings.startLr, settings.endLr, settings.numIt);
    const loss = await trainer.step(lr);
    const { smoothed, stop } = smoother.add(loss);
    const step = { lr, loss, smoothed };
    steps.push(step);
    deps.progress?.(step, i + 1, settings.numIt);
    if (stop) {
      stopReason = Number.isFinite(smoothed) ? 'diverged' : 'non-finite';
      break;
    }
  }
  const suggestions = suggestBaselines(steps, {
    numIt: settings.numIt,
    ...(deps.search ? { search: deps.search } : {}),
  });
  return { settings, steps, stopReason, suggestions, elapsedMs: clock() - started };
}
