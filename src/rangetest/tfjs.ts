import type { SearchCurve } from '../baselines/lowestLoss.js';
import type { RangeStep } from '../baselines/types.js';
import { setOptimizerLearningRate } from './learningRate.js';
import { createRangeTestRecorder } from './recorder.js';
import type { OpenedSession } from './tfjsSession.js';
import type { RangeTestResult, RangeTestSettings } from './types.js';

/** Options for {@link runTfjsRangeTest}. */
export interface TfjsRangeTestOptions {
  /** Milliseconds clock. Default `performance.now`. */
  readonly clock?: () => number;
  /** Called after every step. Default: nothing. */
  readonly progress?: (step: RangeStep, index: number, numIt: number) => void;
  /** A step-sampling result, for the "lowest loss after reset" suggestion. Default: none. */
  readonly search?: SearchCurve;
}

/**
 * The range test on a TensorFlow.js session: initial weights restored once, ONE optimizer for the whole run
 * (its moments carry over, as in fastai), its learning rate set before every step to the schedule's value,
 * the loss of each step's batch recorded before its update. Weights are restored afterwards.
 */
export async function runTfjsRangeTest(
  opened: OpenedSession,
  settings: RangeTestSettings,
  options: TfjsRangeTestOptions = {},
): Promise<RangeTestResult> {
  const clock = options.clock ?? (() => performance.now());
  const { session } = opened;
  const started = clock();
  const recorder = createRangeTestRecorder(settings);
  session.restore();
  const optimizer = session.createOptimizer(recorder.lrFor(0));
  try {
    setOptimizerLearningRate(optimizer, recorder.lrFor(0));
    await session.train(optimizer, settings.numIt, (loss, step) => {
      const stop = recorder.record(loss);
      options.progress?.(recorder.steps[step - 1] as RangeStep, step, settings.numIt);
      if (!stop) setOptimizerLearningRate(optimizer, recorder.lrFor(step));
      return stop;
    });
  } finally {
    session.disposeOptimizer(optimizer);
    session.restore();
  }
  return recorder.finish(clock() - started, options.search);
}
