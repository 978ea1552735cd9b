import type { Analysis } from '../analysis/types.js';
import type { SweepResult } from '../search/types.js';
import type { ReportOptions } from './types.js';
/** Default length budget, characters: GitHub's 65,536 limit minus room for a caller's header. */
export declare const DEFAULT_MAX_CHARS = 60000;
/** Re-reads a result's samples the way the search did (pure and deterministic). */
export declare function analyzeResult(result: SweepResult): Analysis;
/**
 * Renders the Markdown report: a summary table (window, picks, selection, trials, drift verdict),
 * an inline Mermaid chart of the curve, the trial table in a collapsed `<details>`, and the artifact
 * link. Stays under `options.maxChars` (default {@link DEFAULT_MAX_CHARS}) by cutting the trial
 * table only. Pure; recomputes the analysis with `analyze` unless `options.analysis` is given.
 *
 * @example
 * const md = renderMarkdown(result, { drift, artifactUrl });
 */
export declare function renderMarkdown(result: SweepResult, options?: ReportOptions): string;
