import type { RangeStep } from '../baselines/types.js';
import { setOptimizerLearningRate } from './learningRate.js';
import { createRangeTestRecorder } from './recorder.js';
import type { RangeTestDeps } from './run.js';
import type { OpenedSession } from './tfjsSession.js';
import type { RangeTestResult, RangeTestSettings } from './types.js';

/** Options for {@link runTfjsRangeTest}: the same outside-world hooks as {@link runRangeTest}. */
export type TfjsRangeTestOptions = RangeTestDeps;

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
