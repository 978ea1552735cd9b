/**
 * The look shared by every chart: the paper's pick colours, sizes that read in a PR comment, and a
 * Vega-Lite config block.
 */
import type { Method } from '../analysis/types.js';
/** The paper's colours (Figure 9): method 1 orange, method 2 blue, method 3 green (from {@link METHOD_NAMES}). */
export declare const PICK_COLORS: Readonly<Record<Method, string>>;
/** Colours of everything else on the charts. */
export declare const COLORS: {
    readonly fit: "#222222";
    readonly window: "#777777";
    readonly windowShade: "#f6e7cf";
    /** The window's shade under spread bands: neutral, so the orange midpoint band stays distinct from it. */
    readonly windowShadeNeutral: "#e9e9e9";
    readonly lossAtZero: "#9a9a9a";
    readonly coarse: "#555555";
    readonly refinement: "#9467bd";
    readonly aboveAxis: "#8c564b";
    readonly diverged: "#d62728";
    readonly curvature: "#222222";
    readonly searchShade: "#dbe9f6";
    readonly warning: "#b00020";
};
/** Default plot sizes, CSS pixels; the PNG is rendered at 2×. */
export declare const SIZES: {
    readonly width: 560;
    readonly curveHeight: 320;
    readonly curvatureHeight: 200;
};
/**
 * Dash patterns of the vertical rules, one per rule, so each reads without colour: minLr long dashes,
 * maxLr dash-dot, the picks solid, dashed and dotted. L(0), the one horizontal line, is dotted.
 */
export declare const RULE_DASHES: {
    readonly lossAtZero: readonly [2, 3];
    readonly midpoint: readonly number[];
    readonly halfLoss: readonly number[];
    readonly steepest: readonly number[];
    readonly basin: readonly number[];
    readonly minLr: readonly [10, 4];
    readonly maxLr: readonly [10, 3, 2, 3];
};
/** The text beside each rule: small, dark enough to read over the window's shade. */
export declare const RULE_LABEL: {
    readonly fontSize: 10.5;
    readonly color: "#333333";
};
/** Stroke widths: the selected pick stands out, the others stay readable. */
export declare const STROKES: {
    readonly selected: 3.5;
    readonly pick: 1.8;
    readonly bound: 1.5;
    readonly fit: 2.2;
};
/** A filled ✕, for diverged trials (Vega symbol paths live in a unit square around 0). */
export declare const CROSS_SHAPE = "M-1,-0.7L-0.7,-1L0,-0.3L0.7,-1L1,-0.7L0.3,0L1,0.7L0.7,1L0,0.3L-0.7,1L-1,0.7L-0.3,0Z";
/** The Vega-Lite `config` every chart uses. */
export declare const CHART_CONFIG: {
    readonly font: "DejaVu Sans, Helvetica, Arial, sans-serif";
    readonly view: {
        readonly stroke: "#bbbbbb";
    };
    readonly axis: {
        readonly labelFontSize: 11;
        readonly titleFontSize: 12;
        readonly titleFontWeight: "normal";
        readonly gridColor: "#eeeeee";
        readonly tickColor: "#999999";
        readonly domainColor: "#999999";
    };
    readonly legend: {
        readonly labelFontSize: 11;
        readonly titleFontSize: 11.5;
        readonly labelLimit: 260;
        readonly symbolSize: 110;
        readonly rowPadding: 3;
    };
    readonly title: {
        readonly fontSize: 15;
        readonly subtitleFontSize: 11.5;
        readonly subtitleColor: "#444444";
        readonly anchor: "start";
        readonly offset: 10;
        readonly subtitlePadding: 4;
    };
};
