import type { TopLevelSpec } from 'vega-lite';
import type { ValidationReport } from './types.js';
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
