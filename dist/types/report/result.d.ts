import type { SweepResult } from '../search/types.js';
/**
 * Parses results.json text. Throws UsageError with one line, `<path>: <problem>`, for invalid JSON or
 * a field the report cannot use. Missing `settings` fields take the defaults.
 */
export declare function parseResult(text: string, path: string): SweepResult;
