import { type SettingNamer } from '../analysis/messages.js';
import { type Analysis, type Sample } from '../analysis/types.js';
import type { SearchSettings, SweepResult, TrialRecord } from './types.js';
/**
 * The analysis view of recorded trials, the one records-to-samples mapping: a diverged trial, a null
 * loss or a non-finite loss becomes a NaN loss.
 */
export declare function samplesFromRecords(records: readonly TrialRecord[]): Sample[];
/** Builds a results.json document from an analysis of the records. */
export declare function resultFromAnalysis(analysis: Analysis, records: readonly TrialRecord[], settings: SearchSettings, nameOf?: SettingNamer): SweepResult;
/**
 * Builds a SweepResult (the results.json shape) from recorded trials: analyses them and fills the
 * window, picks, selectedLr (the pick of `settings.method`) and reason. Used by `lr-sweep analyze`
 * and for repeats. Throws UsageError for a negative or non-finite lr.
 */
export declare function resultFromSamples(records: readonly TrialRecord[], settings: SearchSettings, nameOf?: SettingNamer): SweepResult;
