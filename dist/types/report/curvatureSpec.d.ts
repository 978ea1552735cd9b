/**
 * The curvature chart (curvature.png): k of the fitted curve against log lr, as in the paper's
 * Figure 4, with the footnote's rule drawn: minLr is the lowest k left of halfLoss. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput, ChartOptions } from './types.js';
/**
 * Builds the curvature chart's Vega-Lite spec: k = y''/(1+y'²)^(3/2) of the fitted curve, the region
 * searched for the knee (left of halfLoss) shaded, rules at halfLoss (blue, the search bound), minLr
 * (with a dot on the curve) and maxLr. No fit: an empty frame whose subtitle says why. Pure.
 */
export declare function curvatureSpec(input: ChartInput, options?: ChartOptions): TopLevelSpec;
