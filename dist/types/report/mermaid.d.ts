/**
 * The inline Mermaid `xychart-beta` of the curve for PR comments and job summaries, where GitHub
 * renders Mermaid but strips `data:` images. Pure.
 *
 * An xychart x-axis is categorical (or a plain numeric range), so the curve cannot sit on a log axis
 * with uneven samples. Instead the fitted curve is read on a regular grid of log10(lr) and each grid
 * point becomes one category labelled with its learning rate.
 */
import type { Analysis } from '../analysis/types.js';
import type { TrialRecord } from '../search/types.js';
/** Options for {@link mermaidChart}. */
export interface MermaidOptions {
    /** The selected learning rate and its name; the chart puts it on the lr axis, starred. Default: none. */
    readonly selected?: {
        readonly lr: number;
        readonly label: string;
    };
}
/**
 * The chart's own colours, so it does not take Mermaid's pale theme default: each reads on GitHub's
 * light and dark backgrounds (contrast at least 3:1 against #ffffff and #0d1117).
 */
export declare const MERMAID_COLORS: {
    /** The fitted curve: a strong raspberry that no pick colour uses. */
    readonly curve: "#d6336c";
    /** The window's bracket above the curve. */
    readonly window: "#8b949e";
};
/** The chart block and the caption saying what it plots. */
export interface MermaidChart {
    /** The fenced ```mermaid block, or null when there is nothing finite to plot. */
    readonly block: string | null;
    readonly caption: string;
}
/**
 * Builds the Mermaid chart: the fitted curve every quarter decade from two decades left of minLr (the
 * whole fit without a window; every half decade or coarser when that spans more than six decades),
 * losses clamped to the same cut axis as the PNG. With no fitted curve, the finite trials
 * themselves, one category each in lr order.
 */
export declare function mermaidChart(samples: readonly TrialRecord[], analysis: Analysis, title: string, options?: MermaidOptions): MermaidChart;
