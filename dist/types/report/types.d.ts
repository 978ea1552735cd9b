import type { Analysis, Method } from '../analysis/types.js';
import type { RepeatsSummary, SpreadBand } from '../repeats/summary.js';
import type { TrialRecord } from '../search/types.js';
/**
 * Which value is the selected learning rate: the pick of the (first) search, or, with repeated
 * searches, the median of the selected method's picks over the seeds (what the action guards).
 */
export type Selection = 'first-run' | 'median';
/** The committed-value check, when there is one, as shown in the report. */
export interface DriftCheck {
    /** The committed learning rate. */
    readonly expectedLr: number;
    /** |log10(selected) - log10(expected)|, decades. */
    readonly driftDecades: number;
    /** Allowed drift, decades. */
    readonly toleranceDecades: number;
    readonly verdict: 'pass' | 'fail' | 'updated';
}
/** Options for {@link writeReport} and {@link renderMarkdown}. */
export interface ReportOptions {
    /** The drift guard's outcome, shown in the summary table. Default: none. */
    readonly drift?: DriftCheck;
    /** Link to the run's artifact with the PNGs (for PR comments). Default: none. */
    readonly artifactUrl?: string;
    /** The analysis of `result.samples`, when the caller already has it. Default: `analyze(result.samples)`. */
    readonly analysis?: Analysis;
    /**
     * Longest Markdown allowed, characters; the trial table is cut (with a note) to fit, never the
     * summary. Default 60,000: GitHub's comment limit is 65,536 and callers may add a header.
     */
    readonly maxChars?: number;
    /**
     * The repeated searches' medians and spreads (repeats.json), shown per pick and, with a drift check,
     * compared with the tolerance. Default: none (one search).
     */
    readonly repeats?: RepeatsSummary;
    /** Whether the selected lr is the first run's pick or the median over `repeats`. Default 'first-run'. */
    readonly selection?: Selection;
    /** Training steps per trial, for the chart titles. Default `result.settings.steps`; null names none (trials from a CSV, which does not say). */
    readonly steps?: number | null;
    /** True when the search ran with a trial cache: a row says `N of M trials from cache` (samples[].cached). Default false. */
    readonly trialCache?: boolean;
}
/** Loads node-canvas; resolves to anything truthy when it works, rejects with why it does not. */
export type CanvasLoader = () => Promise<unknown>;
/** Options for {@link writeReport}: the Markdown options plus rendering. */
export interface WriteReportOptions extends ReportOptions {
    /** PNG pixel ratio. Default 2. */
    readonly scale?: number;
    /** How node-canvas is loaded; tests pass a failing loader. Default `import('canvas')`. */
    readonly loadCanvas?: CanvasLoader;
}
/** What {@link writeReport} wrote. */
export interface WrittenReport {
    /** Absolute paths of every file written. */
    readonly files: readonly string[];
    /** The report.md text. */
    readonly markdown: string;
    /** Null when PNGs were written; otherwise one line saying why they were skipped. */
    readonly pngSkipped: string | null;
}
/** What the chart builders draw: the trials as run, their analysis and the method that selects. */
export interface ChartInput {
    /** Every trial, lr = 0 and diverged ones included. */
    readonly samples: readonly TrialRecord[];
    /** `analyze` of those samples (window, picks, fitted curve, L(0), reason). */
    readonly analysis: Analysis;
    /** The method whose pick is selected; its rule is drawn emphasised. */
    readonly method: Method;
    /** Training steps per trial, for the title. Default: not shown. */
    readonly steps?: number;
    /**
     * Each pick's range over repeated searches (from `spreadBands`), drawn as a translucent band in the
     * pick's colour with its median marked. Default: none.
     */
    readonly spread?: readonly SpreadBand[];
    /** Whether the selected lr is the first run's pick or the median of its band. Default 'first-run'. */
    readonly selection?: Selection;
}
/** Options for the chart builders. */
export interface ChartOptions {
    /** Plot width, CSS pixels (legend and axes come on top). Default 560. */
    readonly width?: number;
    /** Plot height, CSS pixels. Default 320 for the curve, 200 for the curvature. */
    readonly height?: number;
}
