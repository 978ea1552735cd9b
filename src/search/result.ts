import { analyze } from '../analysis/analyze.js';
import { neutralName, wordNoWindow, type SettingNamer } from '../analysis/messages.js';
import { METHODS, type Analysis, type Method, type Picks, type Sample } from '../analysis/types.js';
import { extendedRange } from './edges.js';
import type { MethodPicks, SearchSettings, SweepResult, TrialRecord } from './types.js';
import { precisionWarnings } from './warnings.js';

/**
 * The analysis view of recorded trials, the one records-to-samples mapping: a diverged trial, a null
 * loss or a non-finite loss becomes a NaN loss.
 */
export function samplesFromRecords(records: readonly TrialRecord[]): Sample[] {
  return records.map((r) => ({ lr: r.lr, loss: r.diverged || r.loss === null || !Number.isFinite(r.loss) ? Number.NaN : r.loss }));
}

/** One learning rate per method, in METHODS order (the analysis's own Picks may carry more). */
function pickOf(picks: Picks): MethodPicks {
  return Object.fromEntries(METHODS.map((m) => [m, picks[m]])) as Record<Method, number>;
}

/** Builds a results.json document from an analysis of the records. */
export function resultFromAnalysis(analysis: Analysis, records: readonly TrialRecord[], settings: SearchSettings, nameOf: SettingNamer = neutralName): SweepResult {
  return {
    minLr: analysis.minLr,
    maxLr: analysis.maxLr,
    picks: analysis.picks ? pickOf(analysis.picks) : null,
    method: settings.method,
    selectedLr: analysis.picks ? analysis.picks[settings.method] : null,
    lossAtZero: analysis.lossAtZero,
    trials: records.length,
    reason: analysis.reason ? wordNoWindow(analysis.reason.facts, nameOf) : null,
    samples: records.map((r) => ({ lr: r.lr, loss: r.diverged ? null : r.loss, diverged: r.diverged, round: r.round, ...(r.cached === undefined ? {} : { cached: r.cached }) })),
    settings: { ...settings },
    // edges (issue 14): the range actually searched and why answers may be imprecise.
    extended: extendedRange(records, settings),
    warnings: precisionWarnings(samplesFromRecords(records), analysis, settings),
  };
}

/**
 * Builds a SweepResult (the results.json shape) from recorded trials: analyses them and fills the
 * window, picks, selectedLr (the pick of `settings.method`) and reason. Used by `lr-sweep analyze`
 * and for repeats. Throws UsageError for a negative or non-finite lr.
 */
export function resultFromSamples(records: readonly TrialRecord[], settings: SearchSettings, nameOf: SettingNamer = neutralName): SweepResult {
  return resultFromAnalysis(analyze(samplesFromRecords(records)), records, settings, nameOf);
}
