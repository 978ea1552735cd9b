/**
 * Pure preparation of what the charts draw: trial classes, the log-lr domain and its ticks, and a
 * loss range that keeps the descent readable when losses explode near blow-up.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Analysis, FittedCurve } from '../analysis/types.js';
import type { TrialRecord } from '../search/types.js';
/** How a trial is drawn. */
export type TrialKind = 'coarse grid' | 'refinement' | 'above loss axis' | 'diverged';
/** One trial as the curve chart plots it (lr > 0 only; lr = 0 becomes the L(0) line). */
export interface TrialPoint {
    readonly lr: number;
    /** The measured loss, or null when the trial diverged. */
    readonly loss: number | null;
    /** Where the point is drawn: the loss, or the top edge for diverged and off-axis trials. */
    readonly y: number;
    readonly round: number;
    readonly kind: TrialKind;
}
/** A loss (or curvature) axis range and whether it was cut. */
export interface ValueRange {
    /** [bottom, top] of the axis. */
    readonly domain: readonly [number, number];
    /** The axis top when the axis was cut (larger values sit on the top edge); null when everything fits. */
    readonly clippedAt: number | null;
}
/** A log-lr axis: its domain and the tick values to label. */
export interface LrAxis {
    readonly domain: readonly [number, number];
    readonly ticks: readonly number[];
    /** d3-format string for the tick labels. */
    readonly format: string;
}
/** True when the trial counts as diverged: flagged, or no finite loss. */
export declare function isDiverged(record: TrialRecord): boolean;
/**
 * The loss axis: from the lowest loss to a little above the plateau (L(0) and every loss left of the
 * minimum), cut there only when the blow-up region would otherwise squash the descent to under a
 * third of the height. Empty input gives [0, 1].
 */
export declare function lossRange(samples: readonly TrialRecord[], analysis: Analysis): ValueRange;
/** Every trial with lr > 0, classified and placed; diverged and off-axis ones sit on the top edge. */
export declare function trialPoints(samples: readonly TrialRecord[], range: ValueRange): TrialPoint[];
/**
 * The lr axis over every trial with lr > 0 (diverged included) and the fitted curve, padded a little;
 * ticks at each power of ten, plus 2× and 5× when fewer than four powers of ten fall inside. No
 * trials: 1e-7..10.
 */
export declare function lrAxis(samples: readonly TrialRecord[], fit: FittedCurve | null): LrAxis;
/**
 * The curvature axis. The footnote's rule acts left of halfLoss, so that region (left of maxLr, or
 * all of it, when there is no halfLoss) sets the scale; when the rest of the curve (typically spikes
 * where the fit bends hard at its minimum) exceeds it by more than {@link CURVATURE_CLIP_RATIO}, the
 * axis is cut to the region's range, mirrored so positive bends stay visible. No curve: [-1, 1].
 */
export declare function curvatureRange(fit: FittedCurve | null, focusLr: number | null): ValueRange;
/** The shared x encoding of the curve and curvature charts: learning rate on a log axis with power-of-ten ticks. */
export declare function lrEncoding(axis: LrAxis): {
    field: string;
    type: "quantitative";
    title: string;
    scale: {
        type: "log";
        domain: number[];
        nice: boolean;
    };
    axis: {
        values: number[];
        format: string;
        grid: boolean;
    };
};
/** One line of a chart's legend: its label, colour and dash pattern. */
export interface LineSeries {
    readonly label: string;
    readonly color: string;
    readonly dash: readonly number[];
}
/**
 * The colour and dash encodings of a chart's lines. They share field, title and legend settings so
 * Vega-Lite merges them into one legend that shows each line's colour and dash.
 */
export declare function seriesEncodings(series: readonly LineSeries[], title: string): {
    color: {
        scale: {
            domain: string[];
            range: string[];
        };
        field: string;
        type: "nominal";
        title: string;
        legend: {
            orient: "right";
            symbolType: string;
            symbolStrokeWidth: number;
            symbolSize: number;
        };
    };
    strokeDash: {
        scale: {
            domain: string[];
            range: number[][];
        };
        field: string;
        type: "nominal";
        title: string;
        legend: {
            orient: "right";
            symbolType: string;
            symbolStrokeWidth: number;
            symbolSize: number;
        };
    };
};
/** A vertical rule to draw and label: where it is and its short label. */
export interface RuleMark {
    readonly lr: number;
    /** Short name written beside the rule, e.g. "minLr" or "midpoint ★". */
    readonly label: string;
}
/** A rule placed on the plot: the lr it is drawn at and the lane (row from the top) of its label. */
export interface PlacedRule extends RuleMark {
    /** The lr the line is drawn at: `lr`, nudged a few pixels apart from rules that would hide it. */
    readonly drawLr: number;
    /** Label row from the top of the plot, 0 first; labels that would overlap take the next row. */
    readonly lane: number;
    /** Top of the label, CSS pixels from the top of the plot. */
    readonly labelY: number;
    /** Which side of the rule the label sits on: right, or left when it would run past the plot's edge. */
    readonly align: 'left' | 'right';
}
/** Options for {@link placeRules}. */
export interface PlaceRulesOptions {
    /** Plot width, CSS pixels. Required: it turns decades into pixels. */
    readonly width: number;
    /** Label font size, CSS pixels. Default 10.5. */
    readonly fontSize?: number;
}
/**
 * Places rules for drawing: rules within {@link RULE_SEPARATION_PX} of each other are spread that far
 * apart (centred on their cluster), and each label takes the highest lane where it clears the labels
 * already placed, so two picks at one learning rate show two lines and two readable labels. Sorted by
 * lr; ties keep their input order. Pure; empty input gives [].
 */
export declare function placeRules(rules: readonly RuleMark[], axis: LrAxis, options: PlaceRulesOptions): PlacedRule[];
/**
 * The rule labels as two text layers (right of the rule, or left of it near the plot's right edge),
 * each label at its lane's pixel height from the top of the plot.
 */
export declare function ruleLabelLayers(rows: readonly {
    drawLr: number;
    labelY: number;
    align: 'left' | 'right';
    label: string;
}[], x: object): TopLevelSpec[];
