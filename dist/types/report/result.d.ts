import type { SearchSettings, SettingsSource, SweepResult } from '../search/types.js';
/** A results.json as read back by {@link readResultsFile}. */
export interface ResultsFile {
    /** The result, with every setting the file does not state filled with its default. */
    readonly result: SweepResult;
    /** Only the settings the file states, with its method: what may be shown as the file's own. */
    readonly stated: Partial<SearchSettings>;
    /** The file's `settingsSource` (schema 2) when it is valid; else null. */
    readonly settingsSource: SettingsSource | null;
}
/**
 * Parses results.json text. Throws UsageError with one line, `<path>: <problem>`, for invalid JSON or
 * a field the report cannot use. Missing `settings` fields take the defaults.
 */
export declare function parseResult(text: string, path: string): SweepResult;
/**
 * Parses results.json text into the result and what the file itself states (see {@link ResultsFile}).
 * A trial without `round` is round 0. Throws as {@link parseResult} does.
 */
export declare function readResultsFile(text: string, path: string): ResultsFile;
