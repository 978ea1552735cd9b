import { type SearchCurve } from './lowestLoss.js';
import { type SlideOptions } from './slide.js';
import type { BaselineMethod, BaselineResult, RangeStep } from './types.js';
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
export declare const BASELINE_LABELS: Readonly<Record<BaselineMethod, string>>;
/**
 * Every baseline suggestion for one range-test run (and, when given, the step-sampling search), in
 * {@link BASELINE_METHODS} order. Pure. Rules without an answer carry a reason instead of a number.
 */
export declare function suggestBaselines(steps: readonly RangeStep[], options: SuggestOptions): BaselineResult[];
