import type { RangeTestSettings } from './types.js';
/** Defaults for every range-test setting (fastai's `lr_find` defaults). */
export declare const DEFAULT_RANGE_TEST: RangeTestSettings;
/** Fewest steps a range test may run: fastai's `LRFinder` raises `num_it` below 6 to 6. */
export declare const MIN_NUM_IT = 6;
/** Fills defaults and validates; throws UsageError naming the setting, the value and what is allowed. */
export declare function resolveRangeTestSettings(input?: Partial<RangeTestSettings>): RangeTestSettings;
