/**
 * The curve chart (curve.png): validation loss against learning rate on a log axis, as in the
 * paper's Figures 3 and 5–8. Pure: builds a Vega-Lite spec, touches nothing.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput, ChartOptions } from './types.js';
/**
 * Builds the curve chart's Vega-Lite spec: trials as points (coarse grid and refinement apart,
 * diverged ✕ and off-axis ▲ on the top edge), the fitted curve, the shaded window, rules for minLr,
 * maxLr and the picks (the paper's three, and an opt-in method when selected; the selected one thick), L(0)
 * as a horizontal line. Pure.
 */
export declare function curveSpec(input: ChartInput, options?: ChartOptions): TopLevelSpec;
