/**
 * Pure preparation of what the charts draw: trial classes, the log-lr domain and its ticks, and a
 * loss range that keeps the descent readable when losses explode near blow-up.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Analysis, FittedCurve } from '../analysis/types.js';
import type { TrialRecord } from '../search/types.js';
import { RULE_LABEL } from './theme.js';

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

/** A blow-up region may dwarf the descent by this factor before the axis is cut. */
const CLIP_RATIO = 3;
/** Room above the plateau kept when the axis is cut, as a fraction of the descent's height. */
const CLIP_HEADROOM = 0.5;
/** Fewest power-of-ten ticks before 2× and 5× ticks are added. */
const MIN_DECADE_TICKS = 4;
/** Padding of the lr axis beyond the outermost trials, decades. */
const LR_PAD_DECADES = 0.15;

/** True when the trial counts as diverged: flagged, or no finite loss. */
export function isDiverged(record: TrialRecord): boolean {
  return record.diverged || record.loss === null || !Number.isFinite(record.loss);
}

/** Finite losses of trials with lr > 0. */
function finiteTrials(samples: readonly TrialRecord[]): { lr: number; loss: number }[] {
  const out: { lr: number; loss: number }[] = [];
  for (const s of samples) {
    if (s.lr > 0 && !isDiverged(s)) out.push({ lr: s.lr, loss: s.loss as number });
  }
  return out;
}

/**
 * The loss axis: from the lowest loss to a little above the plateau (L(0) and every loss left of the
 * minimum), cut there only when the blow-up region would otherwise squash the descent to under a
 * third of the height. Empty input gives [0, 1].
 */
export function lossRange(samples: readonly TrialRecord[], analysis: Analysis): ValueRange {
  const trials = finiteTrials(samples);
  const l0 = analysis.lossAtZero !== null && Number.isFinite(analysis.lossAtZero) ? analysis.lossAtZero : null;
  const fitValues = (analysis.fit?.y ?? []).filter(Number.isFinite);
  const all = [...trials.map((t) => t.loss), ...(l0 === null ? [] : [l0])];
  if (all.length === 0) return { domain: [0, 1], clippedAt: null };

  const lowest = Math.min(...all, ...fitValues);
  const highest = Math.max(...all);
  const best = trials.reduce<{ lr: number; loss: number } | null>((b, t) => (b === null || t.loss < b.loss ? t : b), null);
  const left = trials.filter((t) => best !== null && t.lr <= best.lr).map((t) => t.loss);
  const plateau = Math.max(...left, ...(l0 === null ? [] : [l0]), lowest);
  const descent = plateau - lowest;

  if (descent > 0 && highest - lowest > CLIP_RATIO * descent) {
    const domain = pad(lowest, plateau + CLIP_HEADROOM * descent);
    return { domain, clippedAt: domain[1] };
  }
  return { domain: pad(lowest, highest), clippedAt: null };
}

/** [lo, hi] widened a little, so points do not sit on the frame; a flat range gets ±10 %. */
function pad(lo: number, hi: number): readonly [number, number] {
  const span = hi - lo;
  if (!(span > 0)) {
    const half = Math.abs(lo) * 0.1 || 0.5;
    return [lo - half, hi + half];
  }
  return [lo - 0.05 * span, hi + 0.1 * span];
}

/** Every trial with lr > 0, classified and placed; diverged and off-axis ones sit on the top edge. */
export function trialPoints(samples: readonly TrialRecord[], range: ValueRange): TrialPoint[] {
  const topEdge = range.domain[1];
  return samples
    .filter((s) => s.lr > 0)
    .map((s): TrialPoint => {
      if (isDiverged(s)) return { lr: s.lr, loss: null, y: topEdge, round: s.round, kind: 'diverged' };
      const loss = s.loss as number;
      if (range.clippedAt !== null && loss > topEdge) return { lr: s.lr, loss, y: topEdge, round: s.round, kind: 'above loss axis' };
      return { lr: s.lr, loss, y: loss, round: s.round, kind: s.round === 0 ? 'coarse grid' : 'refinement' };
    })
    .sort((a, b) => a.lr - b.lr);
}

/**
 * The lr axis over every trial with lr > 0 (diverged included) and the fitted curve, padded a little;
 * ticks at each power of ten, plus 2× and 5× when fewer than four powers of ten fall inside. No
 * trials: 1e-7..10.
 */
export function lrAxis(samples: readonly TrialRecord[], fit: FittedCurve | null): LrAxis {
  const logs = samples.filter((s) => s.lr > 0 && Number.isFinite(s.lr)).map((s) => Math.log10(s.lr));
  if (fit !== null) logs.push(...fit.x.filter(Number.isFinite));
  const lo = logs.length > 0 ? Math.min(...logs) - LR_PAD_DECADES : -7;
  const hi = logs.length > 0 ? Math.max(...logs) + LR_PAD_DECADES : 1;
  const ticksAt = (multiples: readonly number[]): number[] => {
    const out: number[] = [];
    for (let d = Math.floor(lo); d <= Math.ceil(hi); d++) {
      for (const m of multiples) {
        const lv = Math.log10(m) + d;
        if (lv >= lo - 1e-9 && lv <= hi + 1e-9) out.push(Number((m * 10 ** d).toPrecision(12)));
      }
    }
    return out;
  };
  const decades = ticksAt([1]);
  // Fewer than four labelled decades leaves the reader guessing; add 2× and 5× between them.
  const ticks = decades.length >= MIN_DECADE_TICKS ? decades : ticksAt([1, 2, 5]);
  return { domain: [10 ** lo, 10 ** hi], ticks, format: '.0e' };
}

/** A curvature curve may exceed the knee region's range by this factor before the axis is cut. */
const CURVATURE_CLIP_RATIO = 5;

/**
 * The curvature axis. The footnote's rule acts left of halfLoss, so that region (left of maxLr, or
 * all of it, when there is no halfLoss) sets the scale; when the rest of the curve (typically spikes
 * where the fit bends hard at its minimum) exceeds it by more than {@link CURVATURE_CLIP_RATIO}, the
 * axis is cut to the region's range, mirrored so positive bends stay visible. No curve: [-1, 1].
 */
export function curvatureRange(fit: FittedCurve | null, focusLr: number | null): ValueRange {
  const ks = fit === null ? [] : fit.curvature.filter(Number.isFinite);
  if (fit === null || ks.length === 0) return { domain: [-1, 1], clippedAt: null };
  const limit = focusLr === null ? Infinity : Math.log10(focusLr);
  const inside = fit.curvature.filter((k, i) => Number.isFinite(k) && (fit.x[i] ?? Infinity) <= limit);
  const roi = inside.length > 1 ? inside : ks;
  const lo = Math.min(...roi, 0);
  const hi = Math.max(...roi, 0);
  const allLo = Math.min(...ks);
  const allHi = Math.max(...ks);
  const span = hi - lo;
  if (span > 0 && allHi - allLo > CURVATURE_CLIP_RATIO * span) {
    const reach = Math.max(hi, -lo);
    const margin = 0.15 * reach;
    const domain: readonly [number, number] = [Math.min(lo, -reach) - margin, reach + margin];
    return { domain, clippedAt: domain[1] };
  }
  return { domain: pad(allLo, allHi), clippedAt: null };
}

/** The shared x encoding of the curve and curvature charts: learning rate on a log axis with power-of-ten ticks. */
export function lrEncoding(axis: LrAxis) {
  return {
    field: 'lr',
    type: 'quantitative' as const,
    title: 'learning rate (log scale)',
    scale: { type: 'log' as const, domain: [...axis.domain], nice: false },
    axis: { values: [...axis.ticks], format: axis.format, grid: true },
  };
}

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
export function seriesEncodings(series: readonly LineSeries[], title: string) {
  const legend = { orient: 'right' as const, symbolType: 'stroke', symbolStrokeWidth: 2.5, symbolSize: 260 };
  const domain = series.map((s) => s.label);
  const base = { field: 'series', type: 'nominal' as const, title, legend };
  return {
    color: { ...base, scale: { domain, range: series.map((s) => s.color) } },
    strokeDash: { ...base, scale: { domain, range: series.map((s) => [...s.dash]) } },
  };
}

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

/** Average glyph width of the chart font, as a fraction of its size (DejaVu Sans is wide). */
const GLYPH_WIDTH = 0.62;
/** Rules closer than this, pixels, are drawn this far apart so each stays visible. */
const RULE_SEPARATION_PX = 3.5;
/** Space kept between two labels in one lane, and between a rule and its label, pixels. */
const LABEL_GAP_PX = 4;

/**
 * Places rules for drawing: rules within {@link RULE_SEPARATION_PX} of each other are spread that far
 * apart (centred on their cluster), and each label takes the highest lane where it clears the labels
 * already placed, so two picks at one learning rate show two lines and two readable labels. Sorted by
 * lr; ties keep their input order. Pure; empty input gives [].
 */
export function placeRules(rules: readonly RuleMark[], axis: LrAxis, options: PlaceRulesOptions): PlacedRule[] {
  const fontSize = options.fontSize ?? 10.5;
  const [lo, hi] = axis.domain.map(Math.log10) as [number, number];
  const pxPerDecade = hi > lo ? options.width / (hi - lo) : 1;
  const sorted = rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.lr > 0 && Number.isFinite(rule.lr))
    .sort((a, b) => a.rule.lr - b.rule.lr || a.index - b.index)
    .map(({ rule }) => rule);
  const px = sorted.map((r) => (Math.log10(r.lr) - lo) * pxPerDecade);
  // Clusters of rules closer than the separation are fanned out around their mean position.
  const drawn = [...px];
  let start = 0;
  for (let i = 1; i <= px.length; i++) {
    if (i < px.length && (px[i] as number) - (px[i - 1] as number) < RULE_SEPARATION_PX) continue;
    const size = i - start;
    if (size > 1) {
      const centre = px.slice(start, i).reduce((a, b) => a + b, 0) / size;
      for (let k = 0; k < size; k++) drawn[start + k] = centre + (k - (size - 1) / 2) * RULE_SEPARATION_PX;
    }
    start = i;
  }
  const lanes: [number, number][][] = [];
  return sorted.map((rule, i) => {
    const x = drawn[i] as number;
    const textWidth = rule.label.length * fontSize * GLYPH_WIDTH;
    const align = x + LABEL_GAP_PX + textWidth <= options.width ? 'left' : 'right';
    const span: [number, number] = align === 'left' ? [x + LABEL_GAP_PX, x + LABEL_GAP_PX + textWidth] : [x - LABEL_GAP_PX - textWidth, x - LABEL_GAP_PX];
    const clear = (lane: readonly [number, number][]): boolean => lane.every(([a, b]) => span[1] + LABEL_GAP_PX <= a || b + LABEL_GAP_PX <= span[0]);
    let lane = lanes.findIndex(clear);
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane]?.push(span);
    return { ...rule, drawLr: 10 ** (lo + x / pxPerDecade), lane, labelY: 3 + lane * (fontSize + 3), align };
  });
}

/**
 * The rule labels as two text layers (right of the rule, or left of it near the plot's right edge),
 * each label at its lane's pixel height from the top of the plot.
 */
export function ruleLabelLayers(rows: readonly { drawLr: number; labelY: number; align: 'left' | 'right'; label: string }[], x: object): TopLevelSpec[] {
  return (['left', 'right'] as const).flatMap((align) => {
    const values = rows.filter((r) => r.align === align).map((r) => ({ drawLr: r.drawLr, labelY: r.labelY, label: r.label }));
    if (values.length === 0) return [];
    return [
      {
        // Layer names must be unique in a spec: labels right of their rule, then those flipped left of it.
        name: align === 'left' ? 'ruleLabels' : 'ruleLabelsFlipped',
        data: { values },
        mark: { type: 'text', align, baseline: 'top', dx: align === 'left' ? 4 : -4, fontSize: RULE_LABEL.fontSize, color: RULE_LABEL.color },
        encoding: { x: { ...x, field: 'drawLr' }, y: { field: 'labelY', type: 'quantitative', scale: null }, text: { field: 'label', type: 'nominal' } },
      } as TopLevelSpec,
    ];
  });
}
