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

/** A grid lr as `1e-4` on whole decades, `3.2e-4` between. */
function gridLabel(logLr: number): string {
  const rounded = Math.round(logLr);
  if (Math.abs(logLr - rounded) < 1e-9) return `1e${rounded}`;
  return (10 ** logLr).toExponential(1).replace('e+', 'e');
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
export function mermaidChart(samples: readonly TrialRecord[], analysis: Analysis, title: string): MermaidChart {
  const range = lossRange(samples, analysis);
  const bottom = roundOut(range.domain[0], 'down');
  const top = roundOut(range.domain[1], 'up');
  const clamp = (v: number): number => Math.min(Math.max(v, bottom), top);
  let labels: string[];
  let values: number[];
  let caption: string;

  const fit = analysis.fit;
  const finiteFit = fit === null ? [] : fit.x.map((x, i) => ({ x, y: fit.y[i] as number })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (finiteFit.length >= 2) {
    const xs = finiteFit.map((p) => p.x);
    const ys = finiteFit.map((p) => p.y);
    const hi = xs[xs.length - 1] as number;
    // The plateau far left of the knee says little; spend the few categories on the descent.
    const lo = analysis.minLr === null ? (xs[0] as number) : Math.max(xs[0] as number, Math.log10(analysis.minLr) - FOCUS_DECADES);
    let step = hi - lo <= 6 ? 0.25 : 0.5;
    while ((hi - lo) / step + 1 > MAX_POINTS) step *= 2;
    const grid: number[] = [];
    for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + 1e-9; k++) grid.push(k * step);
    if (grid.length < 2) grid.splice(0, grid.length, lo, hi);
    labels = grid.map(gridLabel);
    values = grid.map((x) => clamp(interpolate(xs, ys, x)));
    caption = messages.mermaidCaption(step, labels[0] ?? '', labels[labels.length - 1] ?? '', range.clippedAt);
  } else {
    const finite = samples.filter((s) => s.lr > 0 && !isDiverged(s)).sort((a, b) => a.lr - b.lr);
    if (finite.length === 0) return { block: null, caption: messages.mermaidNothing() };
    const stride = Math.ceil(finite.length / MAX_POINTS);
    const kept = finite.filter((_, i) => i % stride === 0);
    labels = kept.map((s) => s.lr.toExponential(1).replace('e+', 'e'));
    values = kept.map((s) => clamp(s.loss as number));
    caption = messages.mermaidSamplesCaption();
  }
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis "learning rate" [${labels.map(quote).join(', ')}]`,
    `  y-axis "validation loss" ${formatPlain(bottom, 3)} --> ${formatPlain(top, 3)}`,
    `  line [${values.map((v) => formatPlain(v, 4)).join(', ')}]`,
    '```',
  ];
  return { block: lines.join('\n'), caption };
}
