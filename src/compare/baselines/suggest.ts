import { fastaiCurve } from './curve.js';
import { lightningSteepest, LIGHTNING_MIN_POINTS } from './lightning.js';
import { lowestLossAfterReset, type SearchCurve } from './lowestLoss.js';
import * as messages from './messages.js';
import { fastaiMinimum } from './minimum.js';
import { fastaiSlide, type SlideOptions } from './slide.js';
import { fastaiSteep } from './steep.js';
import type { BaselineMethod, BaselineResult, RangeStep, Suggestion } from './types.js';
import { fastaiValley } from './valley.js';

/** Options for {@link suggestBaselines}. */
export interface SuggestOptions {
  /** Steps the range test was asked for (fastai `num_it`), which sets fastai's leading skip. Required. */
  readonly numIt: number;
  /** The step-sampling result for "lowest loss after reset"; without it that row says why it is missing. */
  readonly search?: SearchCurve;
  /** fastai slide-rule settings. Default fastai's (15, 0.005, 1). */
  readonly slide?: SlideOptions;
}

/** Human names of the baselines, as reports show them. */
export const BASELINE_LABELS: Readonly<Record<BaselineMethod, string>> = {
  fastaiMinimum: 'fastai minimum',
  fastaiSteep: 'fastai steep',
  fastaiValley: 'fastai valley',
  fastaiSlide: 'fastai slide',
  lightningSteepest: 'Lightning steepest',
  lowestLoss: 'lowest loss after reset',
};

function result(method: BaselineMethod, s: Suggestion | null, reason: string): BaselineResult {
  return s ? { method, lr: s.lr, loss: s.loss, reason: null } : { method, lr: null, loss: null, reason };
}

/**
 * Every baseline suggestion for one range-test run (and, when given, the step-sampling search), in
 * {@link BASELINE_METHODS} order. Pure. Rules without an answer carry a reason instead of a number.
 */
export function suggestBaselines(steps: readonly RangeStep[], options: SuggestOptions): BaselineResult[] {
  const curve = fastaiCurve(steps, { numIt: options.numIt });
  const n = curve.lrs.length;
  const lrDiff = options.slide?.lrDiff ?? 15;
  const lightningPoints = Math.max(0, steps.slice(10, -1).filter((s) => Number.isFinite(s.smoothed)).length);
  return [
    result('fastaiMinimum', fastaiMinimum(curve), messages.tooFewPoints(BASELINE_LABELS.fastaiMinimum, 1, n)),
    result('fastaiSteep', fastaiSteep(curve), messages.tooFewPoints(BASELINE_LABELS.fastaiSteep, 2, n)),
    result('fastaiValley', fastaiValley(curve), messages.tooFewPoints(BASELINE_LABELS.fastaiValley, 1, n)),
    result(
      'fastaiSlide',
      fastaiSlide(curve, options.slide),
      messages.tooFewPoints(BASELINE_LABELS.fastaiSlide, lrDiff + 1, n),
    ),
    result(
      'lightningSteepest',
      lightningSteepest(steps),
      messages.tooFewPoints(BASELINE_LABELS.lightningSteepest, LIGHTNING_MIN_POINTS, lightningPoints),
    ),
    options.search
      ? result('lowestLoss', lowestLossAfterReset(options.search), messages.noSearchCurve(null))
      : { method: 'lowestLoss', lr: null, loss: null, reason: messages.noSearchCurve('pass the results.json of lr-sweep search') },
  ];
}
