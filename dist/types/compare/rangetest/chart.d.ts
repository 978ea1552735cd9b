import type { TopLevelSpec } from 'vega-lite';
import type { BaselineMethod } from '../baselines/types.js';
import type { RangeTestResult } from './types.js';
/**
 * How each suggestion is drawn: an Okabe–Ito colour (distinct for colour-blind readers), a dash for its
 * rule, a point shape where it meets the curve, and the short name written beside the rule, so the six
 * stay apart in greyscale too.
 */
export declare const SUGGESTION_STYLES: Readonly<Record<BaselineMethod, {
    color: string;
    dash: readonly number[];
    shape: string;
    short: string;
}>>;
/** Options for {@link rangeTestSpec}. */
export interface RangeTestChartOptions {
    /** Width of each panel, CSS pixels. Default 380. */
    readonly width?: number;
    /** Height, CSS pixels. Default 300. */
    readonly height?: number;
    /** Title suffix, e.g. the config file. Default none. */
    readonly model?: string;
}
/**
 * The paper's Figure 2 for one range test: training loss per step against lr (log axis), raw on the left
 * and smoothed on the right, with a grey rule and point per baseline suggestion on the smoothed panel.
 * The y axis is cut at twice the first smoothed loss so the blow-up at the end does not flatten the rest. Pure.
 */
export declare function rangeTestSpec(result: RangeTestResult, options?: RangeTestChartOptions): TopLevelSpec;
