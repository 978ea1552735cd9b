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
import { isDiverged, lossRange } from './chartData.js';
import { formatPlain } from './format.js';
import { messages } from './messages.js';
import { displayLr } from '../numbers.js';

/** Options for {@link mermaidChart}. */
export interface MermaidOptions {
  /** The selected learning rate and its name; the chart puts it on the lr axis, starred. Default: none. */
  readonly selected?: { readonly lr: number; readonly label: string };
}

/**
 * The chart's own colours, so it does not take Mermaid's pale theme default: each reads on GitHub's
 * light and dark backgrounds (contrast at least 3:1 against #ffffff and #0d1117).
 */
export const MERMAID_COLORS = {
  /** The fitted curve: a strong raspberry that no pick colour uses. */
  curve: '#d6336c',
  /** The window's bracket above the curve. */
  window: '#8b949e',
} as const;

/** Room added above the loss axis for the window's bracket, as a fraction of the axis span. */
const BRACKET_ROOM = 0.16;
/** The bracket's foot and top above the old axis top, as fractions of the span. */
const BRACKET_FOOT = 0.05;
const BRACKET_TOP = 0.13;

/** The chart block and the caption saying what it plots. */
export interface MermaidChart {
  /** The fenced ```mermaid block, or null when there is nothing finite to plot. */
  readonly block: string | null;
  readonly caption: string;
}

/** Most categories a chart gets before labels collide at GitHub's default width. */
const MAX_POINTS = 25;
/** How far left of minLr the chart starts, decades. */
const FOCUS_DECADES = 2;

/** A grid lr as `1e-4` on whole decades, `3.16e-4` between. */
function gridLabel(logLr: number): string {
  const rounded = Math.round(logLr);
  if (Math.abs(logLr - rounded) < 1e-9) return `1e${rounded}`;
  return displayLr(10 ** logLr);
}

/** Linear interpolation over ascending xs; clamps outside. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (xs.length === 0) return Number.NaN;
  if (x <= (xs[0] as number)) return ys[0] as number;
  for (let i = 1; i < xs.length; i++) {
    const x1 = xs[i] as number;
    if (x <= x1) {
      const x0 = xs[i - 1] as number;
      const t = (x - x0) / (x1 - x0);
      return (ys[i - 1] as number) * (1 - t) + (ys[i] as number) * t;
    }
  }
  return ys[ys.length - 1] as number;
}

/** Rounds outward to three significant digits, so the printed axis still holds every value. */
function roundOut(value: number, direction: 'down' | 'up'): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return (direction === 'down' ? Math.floor(value / unit) : Math.ceil(value / unit)) * unit;
}

/** Quotes a category for the xychart grammar (no quotes allowed inside). */
function quote(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

/**
 * Builds the Mermaid chart: the fitted curve every quarter decade from two decades left of minLr (the
 * whole fit without a window; every half decade or coarser when that spans more than six decades),
 * losses clamped to the same cut axis as the PNG. With no fitted curve, the finite trials
 * themselves, one category each in lr order.
 */
export function mermaidChart(samples: readonly TrialRecord[], analysis: Analysis, title: string, options: MermaidOptions = {}): MermaidChart {
  const range = lossRange(samples, analysis);
  const bottom = roundOut(range.domain[0], 'down');
  const top = roundOut(range.domain[1], 'up');
  const clamp = (v: number): number => Math.min(Math.max(v, bottom), top);
  let labels: string[];
  let values: number[];
  let caption: string;
  const grid: number[] = [];
  let step = 0;
  let starred = false;
  let pickIndex = -1;

  const fit = analysis.fit;
  const finiteFit = fit === null ? [] : fit.x.map((x, i) => ({ x, y: fit.y[i] as number })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (finiteFit.length >= 2) {
    const xs = finiteFit.map((p) => p.x);
    const ys = finiteFit.map((p) => p.y);
    const hi = xs[xs.length - 1] as number;
    // The plateau far left of the knee says little; spend the few categories on the descent.
    const lo = analysis.minLr === null ? (xs[0] as number) : Math.max(xs[0] as number, Math.log10(analysis.minLr) - FOCUS_DECADES);
    step = hi - lo <= 6 ? 0.25 : 0.5;
    while ((hi - lo) / step + 1 > MAX_POINTS) step *= 2;
    for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + 1e-9; k++) grid.push(k * step);
    if (grid.length < 2) {
      grid.splice(0, grid.length, lo, hi);
      step = hi - lo;
    }
    // The selected lr replaces its nearest grid point (at most half a step away) and is starred.
    const pick = options.selected === undefined ? -1 : nearestIndex(grid, step, options.selected.lr);
    if (pick >= 0 && options.selected !== undefined) grid[pick] = Math.log10(options.selected.lr);
    labels = grid.map((x, i) => (i === pick && options.selected !== undefined ? `★${displayLr(options.selected.lr)}` : gridLabel(x)));
    values = grid.map((x) => clamp(interpolate(xs, ys, x)));
    starred = pick >= 0;
    pickIndex = pick;
    caption = messages.mermaidCaption(step, labels[0] ?? '', labels[labels.length - 1] ?? '', range.clippedAt);
  } else {
    const finite = samples.filter((s) => s.lr > 0 && !isDiverged(s)).sort((a, b) => a.lr - b.lr);
    if (finite.length === 0) return { block: null, caption: messages.mermaidNothing() };
    const stride = Math.ceil(finite.length / MAX_POINTS);
    const kept = finite.filter((_, i) => i % stride === 0);
    labels = kept.map((s) => displayLr(s.lr));
    values = kept.map((s) => clamp(s.loss as number));
    caption = messages.mermaidSamplesCaption();
  }
  const bracket = windowBracket(grid, step, analysis, bottom, top)?.map((v, i) => (starred && i === pickIndex ? (values[i] as number) : v)) ?? null;
  const axisTop = bracket === null ? top : roundOut(top + BRACKET_ROOM * (top - bottom), 'up');
  const palette = [...(bracket === null ? [] : [MERMAID_COLORS.window]), MERMAID_COLORS.curve];
  const numbers = (vs: readonly number[]): string => vs.map((v) => formatPlain(v, 4)).join(', ');
  const lines = [
    '```mermaid',
    // Front matter config (Mermaid >= 10.5, what GitHub runs): the palette replaces the theme's pale
    // default; a wider chart keeps the lr labels apart. GitHub still picks the light or dark theme.
    '---',
    'config:',
    '  xyChart:',
    `    width: ${CHART_WIDTH}`,
    '    xAxis:',
    `      labelFontSize: ${AXIS_FONT}`,
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette.join(', ')}"`,
    '---',
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis "learning rate" [${labels.map(quote).join(', ')}]`,
    `  y-axis "validation loss" ${formatPlain(bottom, 3)} --> ${formatPlain(axisTop, 3)}`,
    ...(bracket === null ? [] : [`  line [${numbers(bracket)}]`]),
    `  line [${numbers(values)}]`,
    '```',
  ];
  const legend = messages.mermaidLegend(bracket === null ? null : { minLr: analysis.minLr ?? 0, maxLr: analysis.maxLr ?? 0 }, starred ? (options.selected ?? null) : null);
  return { block: lines.join('\n'), caption: `${caption} ${legend}`.trim() };
}

/** Chart width, CSS pixels: room for 25 lr labels at {@link AXIS_FONT} px (GitHub scales it to the page). */
const CHART_WIDTH = 1000;
const AXIS_FONT = 12;

/**
 * The window as a bracket above the curve: one value per grid category (log10 lr), raised over the
 * categories inside [minLr, maxLr] (or touching a window narrower than a category). Null without a
 * window or a grid.
 */
function windowBracket(grid: readonly number[], step: number, analysis: Analysis, bottom: number, top: number): number[] | null {
  if (grid.length < 2 || analysis.minLr === null || analysis.maxLr === null) return null;
  const span = top - bottom;
  const [lo, hi] = [Math.log10(analysis.minLr), Math.log10(analysis.maxLr)];
  const half = step / 2;
  return grid.map((x) => {
    const inside = (x >= lo && x <= hi) || (Math.abs(x - lo) <= half && Math.abs(x - hi) <= half);
    return top + (inside ? BRACKET_TOP : BRACKET_FOOT) * span;
  });
}

/** Index of the grid point (spaced `step` decades) within half a step of `lr`, or -1. */
function nearestIndex(grid: readonly number[], step: number, lr: number): number {
  if (grid.length < 2 || !(lr > 0)) return -1;
  const at = Math.log10(lr);
  const half = step / 2;
  let best = -1;
  grid.forEach((x, i) => {
    if (Math.abs(x - at) <= half + 1e-9 && (best < 0 || Math.abs(x - at) < Math.abs((grid[best] as number) - at))) best = i;
  });
  return best;
}
