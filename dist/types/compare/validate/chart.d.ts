import type { TopLevelSpec } from 'vega-lite';
import type { BaselineMethod } from '../baselines/types.js';
import type { PickMethod, ValidationReport } from './types.js';
/** Grey styles for the baselines: one grey and one dash pattern each, so they read apart in print. */
export declare const BASELINE_STYLES: Readonly<Record<BaselineMethod, {
    readonly color: string;
    readonly dash: readonly number[];
}>>;
/** The stroke colour and dash of a pick's rule: the paper's colours for ours, greys for the baselines. */
export declare function pickStyle(method: PickMethod): {
    color: string;
    dash: readonly number[];
};
/** Options for {@link validationSpec}. */
export interface ValidationChartOptions {
    /** Plot width, CSS pixels. Default 560. */
    readonly width?: number;
    /** Plot height, CSS pixels. Default 320. */
    readonly height?: number;
}
/**
 * The paper's Figure 9 for one model: final validation accuracy against log lr for the grid (line and
 * points), the band within 1 point of the best shaded, and a vertical rule per pick (paper colours for
 * midpoint/halfLoss/steepest, grey dashes for the baselines) with a legend giving each lr. Pure.
 */
export declare function validationSpec(report: ValidationReport, options?: ValidationChartOptions): TopLevelSpec;
