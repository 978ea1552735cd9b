/**
 * Every user-facing sentence of the report area, in one place; tests compare against these
 * functions rather than copied strings.
 */
import { type Method } from '../analysis/types.js';
/** Names of the paper's methods as shown to readers. */
export declare const METHOD_LABELS: Readonly<Record<Method, string>>;
export declare const messages: {
    /** One line when PNG output is skipped because node-canvas is unavailable. */
    pngSkipped: (why: string) => string;
    /** One line when results.json cannot be used. */
    badResultFile: (path: string, problem: string) => string;
    /** results.json problem: the text is not JSON. */
    notJson: (detail: string) => string;
    /** results.json problem: the document is not an object. */
    notResultsObject: (got: unknown) => string;
    /** results.json problem: `samples` is not an array. */
    samplesNotArray: (got: unknown) => string;
    /** results.json problem: a trial is not an object. */
    sampleNotObject: (i: number, got: unknown) => string;
    /** results.json problem: a trial's lr. */
    sampleLr: (i: number, got: unknown) => string;
    /** results.json problem: a trial's loss. */
    sampleLoss: (i: number, got: unknown) => string;
    /** results.json problem: a trial's diverged flag. */
    sampleDiverged: (i: number, got: unknown) => string;
    /** results.json problem: a trial's round. */
    sampleRound: (i: number, got: unknown) => string;
    /** results.json problem: `picks` has the wrong shape. */
    picksShape: (got: unknown) => string;
    /** results.json problem: one pick is not a positive number. */
    pickValue: (method: Method, got: unknown) => string;
    /** results.json problem: `method` is not one of the methods. */
    methodValue: (allowed: readonly string[], got: unknown) => string;
    /** results.json problem: a top-level field that must be a finite number or null. */
    numberOrNull: (key: string, got: unknown) => string;
    /** results.json problem: `reason`. */
    reasonValue: (got: unknown) => string;
    /** results.json problem: `settings`. */
    settingsValue: (got: unknown) => string;
    /** results.json problem: `trials`. */
    trialsValue: (got: unknown) => string;
    /** One line when a report file or folder cannot be written. */
    cannotWrite: (path: string, error: unknown) => string;
    /** What `lr-sweep report` prints on success: the files, one per line. */
    reportWritten: (files: readonly string[]) => string;
    /** The curve chart's title. */
    curveTitle: (steps: number | undefined) => string;
    /** Subtitle line naming the window and the selected pick. */
    windowSubtitle: (minLr: number, maxLr: number, method: Method, selected: number) => string;
    /** Subtitle line naming the window and the selected median over repeated searches. */
    windowSubtitleMedian: (minLr: number, maxLr: number, method: Method, median: number, repeats: number) => string;
    /** Subtitle line saying what the spread bands and the lines stand for. */
    spreadSubtitle: (repeats: number) => string;
    /** Title of the spread legend. */
    spreadLegendTitle: (repeats: number) => string;
    /** One entry of the spread legend: the pick's range, its width in decades and its median. */
    spreadLegendLabel: (method: Method, lo: number, hi: number, median: number, count: number, repeats: number) => string;
    /** The selected median's line in the "Curve and picks" legend. */
    selectedMedianLabel: (method: Method, median: number) => string;
    /** Subtitle when there is no window: the analysis' reason, prominent. */
    noWindowSubtitle: (reason: string) => string;
    /** Subtitle line when the loss axis is cut to keep the descent readable. */
    lossClipped: (clippedAt: number, above: number) => string;
    /** Subtitle line when some trials diverged. */
    divergedNote: (count: number) => string;
    /** The curvature chart's title. */
    curvatureTitle: () => string;
    /** The curvature chart's subtitle: the footnote's rule. */
    curvatureSubtitle: () => readonly [string, string];
    /** Curvature subtitle when there is no fitted curve. */
    noFitSubtitle: (reason: string) => string;
    /** Subtitle line when the curvature axis is cut. */
    curvatureClipped: () => string;
    /** Markdown: heading line. */
    heading: () => string;
    /** Markdown: the selected-lr sentence. */
    selectedSentence: (method: Method, lr: number) => string;
    /** Markdown: the selected-lr sentence when the selection is the median over repeated searches. */
    selectedMedianSentence: (method: Method, lr: number, repeats: number) => string;
    /** Markdown: first cell of a pick's row over repeated searches. */
    spreadRowLabel: (method: Method, repeats: number) => string;
    /** Markdown: a pick's median and spread over repeated searches (lrs in code spans). */
    spreadRowValue: (median: number, lo: number, hi: number, spreadDecades: number, count: number, repeats: number) => string;
    /** Markdown: a pick no repeated search found. */
    spreadRowNone: () => string;
    /** Markdown: the selected cell's note when it is the median. */
    selectedMedianNote: (repeats: number) => string;
    /** Markdown: drift verdict cell. */
    verdict: (verdict: "pass" | "fail" | "updated", drift: number, tolerance: number) => string;
    /** Markdown: caption under the Mermaid chart, saying what it plots. */
    mermaidCaption: (stepDecades: number, from: string, to: string, clippedAt: number | null) => string;
    /** Markdown: caption when there is no fit and the chart shows trials directly. */
    mermaidSamplesCaption: () => string;
    /** Markdown: what the Mermaid chart's marks are (the chart has no legend of its own). */
    mermaidLegend: (window: {
        minLr: number;
        maxLr: number;
    } | null, selected: {
        lr: number;
        label: string;
    } | null) => string;
    /** Markdown: in place of the chart when no trial has a finite loss. */
    mermaidNothing: () => string;
    /** Markdown: summary line of the collapsed trial table. */
    trialsSummary: (count: number) => string;
    /** Markdown: note under a cut trial table. */
    trialsTruncated: (shown: number, total: number) => string;
    /** Markdown: the artifact link line. */
    artifactLink: (url: string) => string;
};
