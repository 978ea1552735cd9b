import type { RangeTestSettings } from './types.js';
/** Defaults for every range-test setting (fastai's `lr_find` defaults). */
export declare const DEFAULT_RANGE_TEST: RangeTestSettings;
/**
 * Fills defaults and validates; throws UsageError naming the setting, the value and what is allowed.
 * @param nameOf how the edge names a setting in messages (the CLI: `--num-it`); default the setting's key (`numIt`)
 */
export declare function resolveRangeTestSettings(input?: Partial<RangeTestSettings>, nameOf?: (key: keyof RangeTestSettings) => string): RangeTestSettings;
