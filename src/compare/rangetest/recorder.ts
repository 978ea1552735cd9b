import { createLossSmoother } from '../baselines/smooth.js';
import { suggestBaselines } from '../baselines/suggest.js';
import type { SearchCurve } from '../baselines/lowestLoss.js';
import type { RangeStep } from '../baselines/types.js';
import { rangeTestLr } from './schedule.js';
import type { RangeTestResult, RangeTestSettings } from './types.js';

/** The range test's bookkeeping, independent of how steps are run: which lr next, record, when to stop. */
export interface RangeTestRecorder {
  /** Learning rate for step `i` (0-based). */
  lrFor(i: number): number;
  /** Records the training loss of the next step (run at `lrFor(recorded)`); true when the run must stop now. */
  record(loss: number): boolean;
  /** Steps recorded so far. */
  readonly steps: readonly RangeStep[];
  /** The result: steps, why it ended, and every baseline suggestion. */
  finish(elapsedMs: number, search?: SearchCurve): RangeTestResult;
}

/** Creates a {@link RangeTestRecorder}. Pure. */
export function createRangeTestRecorder(settings: RangeTestSettings): RangeTestRecorder {
  const smoother = createLossSmoother({ beta: settings.beta, stopFactor: settings.stopFactor });
  const steps: RangeStep[] = [];
  let stopReason: RangeTestResult['stopReason'] = 'completed';
  const lrFor = (i: number): number => rangeTestLr(i, settings.startLr, settings.endLr, settings.numIt);
  return {
    lrFor,
    steps,
    record(loss) {
      const { smoothed, stop } = smoother.add(loss);
      steps.push({ lr: lrFor(steps.length), loss, smoothed });
      if (stop) stopReason = Number.isFinite(smoothed) ? 'diverged' : 'non-finite';
      return stop || steps.length >= settings.numIt;
    },
    finish(elapsedMs, search) {
      const suggestions = suggestBaselines(steps, { numIt: settings.numIt, ...(search ? { search } : {}) });
      return { settings, steps: [...steps], stopReason, suggestions, elapsedMs };
    },
  };
}
