import type { SettingsSource, SweepResult, TrialRecord } from './types.js';
/** results.json's `schemaVersion`: 1 was the unversioned first release; 2 added `schemaVersion` and `settingsSource`. */
export declare const SCHEMA_VERSION = 2;
/** The results.json document: the search's result, its version and where each setting came from. */
export interface ResultsDocument extends SweepResult {
    readonly schemaVersion: typeof SCHEMA_VERSION;
    readonly settingsSource: SettingsSource;
}
/** results.json's keys, in their documented order (docs/results-schema.md); the compiler checks each is a {@link ResultsDocument} key. */
export declare const RESULT_KEYS: readonly ["schemaVersion", "minLr", "maxLr", "picks", "method", "selectedLr", "lossAtZero", "trials", "reason", "samples", "settings", "settingsSource", "extended", "warnings"];
/** File names of the search's own output documents (the report adds its own files beside them). */
export declare const OUTPUT_FILES: {
    readonly results: "results.json";
    readonly samples: "samples.csv";
};
/** The results.json text: exactly the {@link ResultsDocument} keys, in their documented order. */
export declare function resultsJson(result: SweepResult, settingsSource: SettingsSource): string;
/** samples.csv: header `lr,loss,diverged,round,cached`; lr written exactly, loss empty for a diverged trial, cached false without a cache. */
export declare function samplesCsv(records: readonly TrialRecord[]): string;
/** True for a parsed JSON value shaped like a results.json (has samples, settings and method). */
export declare function looksLikeResults(value: unknown): boolean;
