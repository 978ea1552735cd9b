/**
 * The curve chart (curve.png): validation loss against learning rate on a log axis, as in the
 * paper's Figures 3 and 5–8. Pure: builds a Vega-Lite spec, touches nothing.
 */
import type { TopLevelSpec } from 'vega-lite';
import { shownMethods } from '../names.js';
import type { SpreadBand } from '../repeats/summary.js';
import { lossRange, lrAxis, lrEncoding, placeRules, ruleLabelLayers, seriesEncodings, trialPoints, type LineSeries, type TrialKind } from './chartData.js';
import { formatLoss } from './format.js';
import { messages, METHOD_LABELS } from './messages.js';
import { CHART_CONFIG, COLORS, CROSS_SHAPE, PICK_COLORS, RULE_DASHES, RULE_LABEL, SIZES, STROKES } from './theme.js';
import type { ChartInput, ChartOptions } from './types.js';
import { displayLr } from '../numbers.js';

/** Opacity of a spread band on the plot, and of its legend swatch (a little stronger, to read at 11 px). */
const SPREAD_OPACITY = 0.25;
const SPREAD_LEGEND_OPACITY = 0.45;

const TRIAL_STYLE: Readonly<Record<TrialKind, { fill: string; shape: string }>> = {
  'coarse grid': { fill: COLORS.coarse, shape: 'circle' },
  refinement: { fill: COLORS.refinement, shape: 'diamond' },
  'above loss axis': { fill: COLORS.aboveAxis, shape: 'triangle-up' },
  diverged: { fill: COLORS.diverged, shape: CROSS_SHAPE },
};

const TRIAL_ORDER: readonly TrialKind[] = ['coarse grid', 'refinement', 'above loss axis', 'diverged'];

/**
 * Builds the curve chart's Vega-Lite spec: trials as points (coarse grid and refinement apart,
 * diverged ✕ and off-axis ▲ on the top edge), the fitted curve, the shaded window, rules for minLr,
 * maxLr and the picks (the paper's three, and an opt-in method when selected; the selected one thick), L(0)
 * as a horizontal line. Pure.
 */
export function curveSpec(input: ChartInput, options: ChartOptions = {}): TopLevelSpec {
  const { analysis, samples, method } = input;
  const width = options.width ?? SIZES.width;
  const height = options.height ?? SIZES.curveHeight;
  const range = lossRange(samples, analysis);
  const axis = lrAxis(samples, analysis.fit);
  const points = trialPoints(samples, range);

  const series: LineSeries[] = [];
  const lineLayers: TopLevelSpec[] = [];
  const ruleRows: { lr: number; series: string; selected: boolean; label: string }[] = [];

  // Say when the window was read off the shape model rather than the spline (see how-it-works.md).
  const fitLabel = analysis.curveModel === 'shape' ? 'fitted curve (shape model)' : 'fitted curve';
  if (analysis.fit !== null) series.push({ label: fitLabel, color: COLORS.fit, dash: [1, 0] });
  const l0Label = analysis.lossAtZero === null ? null : `L(0) = ${formatLoss(analysis.lossAtZero)} (lr = 0, untrained)`;
  if (l0Label !== null) series.push({ label: l0Label, color: COLORS.lossAtZero, dash: RULE_DASHES.lossAtZero });
  if (analysis.minLr !== null && analysis.maxLr !== null) {
    const minLabel = `minLr = ${displayLr(analysis.minLr)} (knee)`;
    const maxLabel = `maxLr = ${displayLr(analysis.maxLr)} (curve minimum)`;
    series.push({ label: minLabel, color: COLORS.window, dash: RULE_DASHES.minLr }, { label: maxLabel, color: COLORS.window, dash: RULE_DASHES.maxLr });
    ruleRows.push({ lr: analysis.minLr, series: minLabel, selected: false, label: 'minLr' }, { lr: analysis.maxLr, series: maxLabel, selected: false, label: 'maxLr' });
  }
  const shown = shownMethods(method);
  const bands = (input.spread ?? []).filter((b) => shown.includes(b.method));
  // With the median selected, the star and the thick line belong to the band's median, not to the first seed's pick.
  const medianSelected = input.selection === 'median';
  if (analysis.picks !== null) {
    for (const m of shown) {
      const lr = analysis.picks[m];
      const starred = m === method && !medianSelected;
      const label = `${METHOD_LABELS[m]} = ${displayLr(lr)}${bands.length > 0 ? ' (first seed)' : ''}${starred ? '  ★ selected' : ''}`;
      series.push({ label, color: PICK_COLORS[m], dash: RULE_DASHES[m] });
      ruleRows.push({ lr, series: label, selected: starred, label: `${METHOD_LABELS[m]}${starred ? ' ★' : ''}` });
    }
  }
  const selectedBand = medianSelected ? bands.find((b) => b.method === method) : undefined;
  if (selectedBand !== undefined) {
    const label = messages.selectedMedianLabel(method, selectedBand.median);
    series.push({ label, color: PICK_COLORS[method], dash: RULE_DASHES[method] });
    ruleRows.push({ lr: selectedBand.median, series: label, selected: true, label: `${METHOD_LABELS[method]} median ★` });
  }

  const { color, strokeDash } = seriesEncodings(series, 'Curve and picks');
  const x = lrEncoding(axis);
  const y = {
    field: 'loss',
    type: 'quantitative' as const,
    title: 'validation loss',
    scale: { domain: [...range.domain], zero: false, nice: false },
  };

  if (analysis.minLr !== null && analysis.maxLr !== null) {
    lineLayers.push({
      name: 'window',
      data: { values: [{ minLr: analysis.minLr, maxLr: analysis.maxLr }] },
      mark: { type: 'rect', color: bands.length > 0 ? COLORS.windowShadeNeutral : COLORS.windowShade, opacity: 0.6 },
      encoding: { x: { ...x, field: 'minLr' }, x2: { field: 'maxLr' } },
    } as TopLevelSpec);
  }
  lineLayers.push(...spreadLayers(bands, x));
  if (l0Label !== null) {
    lineLayers.push({
      name: 'lossAtZero',
      data: { values: [{ loss: analysis.lossAtZero, series: l0Label }] },
      mark: { type: 'rule', strokeWidth: STROKES.bound, clip: true },
      encoding: { y, color, strokeDash },
    } as TopLevelSpec);
  }
  if (ruleRows.length > 0) {
    // Rules at (nearly) one lr are drawn a few pixels apart and their labels stacked, so none hides another.
    const placed = placeRules(ruleRows, axis, { width, fontSize: RULE_LABEL.fontSize });
    const rows = ruleRows.map((r) => {
      const p = placed.find((q) => q.lr === r.lr && q.label === r.label);
      return { ...r, drawLr: p?.drawLr ?? r.lr, labelY: p?.labelY ?? 0, align: p?.align ?? 'left' };
    });
    lineLayers.push({
      name: 'picks',
      data: { values: rows },
      mark: { type: 'rule' },
      encoding: {
        x: { ...x, field: 'drawLr' },
        color,
        strokeDash,
        strokeWidth: { condition: { test: 'datum.selected', value: STROKES.selected }, value: STROKES.pick },
      },
    } as TopLevelSpec);
    lineLayers.push(...ruleLabelLayers(rows, x));
  }

  if (analysis.fit !== null) {
    const fit = analysis.fit;
    const rows = fit.x.flatMap((lx, i) => {
      const loss = fit.y[i];
      return loss !== undefined && Number.isFinite(loss) && Number.isFinite(lx) ? [{ lr: 10 ** lx, loss, series: fitLabel }] : [];
    });
    lineLayers.push({
      name: 'fit',
      data: { values: rows },
      mark: { type: 'line', clip: true, strokeWidth: STROKES.fit, interpolate: 'linear' },
      encoding: { x, y, color, strokeDash },
    } as TopLevelSpec);
  }
  const kinds = TRIAL_ORDER.filter((k) => points.some((p) => p.kind === k));
  const counts = new Map(kinds.map((k) => [k, points.filter((p) => p.kind === k).length]));
  const kindLabel = (k: TrialKind): string => `${k} (${counts.get(k) ?? 0})`;
  const trialDomain = kinds.map(kindLabel);
  const trialLayer = {
    name: 'trials',
    data: { values: points.map((p) => ({ lr: p.lr, loss: p.y, measured: p.loss, round: p.round, kind: kindLabel(p.kind) })) },
    mark: { type: 'point', filled: true, size: 46, opacity: 0.9, strokeWidth: 0 },
    encoding: {
      x,
      y,
      fill: {
        field: 'kind',
        type: 'nominal',
        title: 'Trials',
        scale: { domain: trialDomain, range: kinds.map((k) => TRIAL_STYLE[k].fill) },
        legend: { orient: 'right' },
      },
      shape: {
        field: 'kind',
        type: 'nominal',
        title: 'Trials',
        scale: { domain: trialDomain, range: kinds.map((k) => TRIAL_STYLE[k].shape) },
        legend: { orient: 'right' },
      },
    },
  } as TopLevelSpec;

  const subtitle = curveSubtitle(input, range.clippedAt, points.filter((p) => p.kind === 'above loss axis').length, counts.get('diverged') ?? 0);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    padding: 12,
    width,
    height,
    title: {
      text: messages.curveTitle(input.steps),
      subtitle,
      ...(analysis.reason !== null ? { subtitleColor: COLORS.warning } : {}),
    },
    config: CHART_CONFIG,
    layer: [...lineLayers, trialLayer],
    // The spread bands have their own fill legend; the trial kinds keep theirs (fill and shape merged).
    resolve: { scale: { fill: 'independent', shape: 'independent' } },
  } as TopLevelSpec;
}

/**
 * The spread layers: per pick a translucent band from its smallest to its largest lr over the repeats
 * (legend "Pick spread over K seeds"), and its median as ▲ on the bottom edge. Empty without bands.
 */
function spreadLayers(bands: readonly SpreadBand[], x: object): TopLevelSpec[] {
  if (bands.length === 0) return [];
  const repeats = Math.max(...bands.map((b) => b.repeats));
  const rows = bands.map((b) => ({
    lo: b.lo,
    hi: b.hi,
    median: b.median,
    color: PICK_COLORS[b.method],
    band: messages.spreadLegendLabel(b.method, b.lo, b.hi, b.median, b.count, b.repeats),
  }));
  return [
    {
      name: 'spread',
      data: { values: rows },
      mark: { type: 'rect', opacity: SPREAD_OPACITY },
      encoding: {
        x: { ...x, field: 'lo' },
        x2: { field: 'hi' },
        fill: {
          field: 'band',
          type: 'nominal',
          title: messages.spreadLegendTitle(repeats),
          scale: { domain: rows.map((r) => r.band), range: rows.map((r) => r.color) },
          legend: { orient: 'right', symbolType: 'square', symbolOpacity: SPREAD_LEGEND_OPACITY, symbolSize: 200, labelLimit: 420 },
        },
      },
    } as TopLevelSpec,
    {
      name: 'spreadMedian',
      data: { values: rows },
      mark: { type: 'point', shape: 'triangle-up', filled: true, opacity: 1, strokeWidth: 0, size: 90, yOffset: -6, clip: false },
      encoding: {
        x: { ...x, field: 'median' },
        y: { value: { expr: 'height' } },
        fill: { field: 'color', type: 'nominal', scale: null, legend: null },
      },
    } as TopLevelSpec,
  ];
}

/** The subtitle lines: the window (or why there is none), then what was cut or marked. */
function curveSubtitle(input: ChartInput, clippedAt: number | null, above: number, diverged: number): string[] {
  const { analysis, method } = input;
  const lines: string[] = [];
  const bands = input.spread ?? [];
  const selectedBand = bands.find((b) => b.method === method);
  if (analysis.reason !== null) lines.push(messages.noWindowSubtitle(analysis.reason.message));
  else if (analysis.minLr !== null && analysis.maxLr !== null && analysis.picks !== null) {
    lines.push(
      input.selection === 'median' && selectedBand !== undefined
        ? messages.windowSubtitleMedian(analysis.minLr, analysis.maxLr, method, selectedBand.median, selectedBand.repeats)
        : messages.windowSubtitle(analysis.minLr, analysis.maxLr, method, analysis.picks[method]),
    );
  }
  if (bands.length > 0) lines.push(messages.spreadSubtitle(Math.max(...bands.map((b) => b.repeats))));
  if (clippedAt !== null) lines.push(messages.lossClipped(clippedAt, above));
  if (diverged > 0) lines.push(messages.divergedNote(diverged));
  return lines;
}
