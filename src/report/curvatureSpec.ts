/**
 * The curvature chart (curvature.png): k of the fitted curve against log lr, as in the paper's
 * Figure 4, with the footnote's rule drawn: minLr is the lowest k left of halfLoss. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { curvatureRange, lrAxis, lrEncoding, placeRules, ruleLabelLayers, seriesEncodings, type LineSeries } from './chartData.js';

import { messages } from './messages.js';
import { CHART_CONFIG, COLORS, PICK_COLORS, RULE_DASHES, RULE_LABEL, SIZES, STROKES } from './theme.js';
import type { ChartInput, ChartOptions } from './types.js';
import { displayLr } from '../numbers.js';

/** Linear interpolation of `ys` over ascending `xs` at `x`; NaN outside. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  for (let i = 1; i < xs.length; i++) {
    const x0 = xs[i - 1] as number;
    const x1 = xs[i] as number;
    if (x >= x0 && x <= x1) {
      const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
      return (ys[i - 1] as number) * (1 - t) + (ys[i] as number) * t;
    }
  }
  return Number.NaN;
}

/**
 * Builds the curvature chart's Vega-Lite spec: k = y''/(1+y'²)^(3/2) of the fitted curve, the region
 * searched for the knee (left of halfLoss) shaded, rules at halfLoss (blue, the search bound), minLr
 * (with a dot on the curve) and maxLr. No fit: an empty frame whose subtitle says why. Pure.
 */
export function curvatureSpec(input: ChartInput, options: ChartOptions = {}): TopLevelSpec {
  const { analysis, samples } = input;
  const fit = analysis.fit;
  const width = options.width ?? SIZES.width;
  const height = options.height ?? SIZES.curvatureHeight;
  const axis = lrAxis(samples, fit);
  const range = curvatureRange(fit, analysis.picks?.halfLoss ?? analysis.maxLr);

  const rows =
    fit === null
      ? []
      : fit.x.flatMap((lx, i) => {
          const k = fit.curvature[i];
          return k !== undefined && Number.isFinite(k) && Number.isFinite(lx) ? [{ lr: 10 ** lx, k, series: 'curvature k' }] : [];
        });

  const series: LineSeries[] = [];
  if (fit !== null) series.push({ label: 'curvature k', color: COLORS.curvature, dash: [1, 0] });
  const rules: { lr: number; series: string; label: string }[] = [];
  const layers: TopLevelSpec[] = [];
  const halfLoss = analysis.picks?.halfLoss ?? null;
  const searchLabel = halfLoss === null ? null : `halfLoss = ${displayLr(halfLoss)} (search bound)`;
  const minLabel = analysis.minLr === null ? null : `minLr = ${displayLr(analysis.minLr)} (lowest k left of it)`;
  const maxLabel = analysis.maxLr === null ? null : `maxLr = ${displayLr(analysis.maxLr)}`;
  if (searchLabel !== null && halfLoss !== null) {
    series.push({ label: searchLabel, color: PICK_COLORS.halfLoss, dash: RULE_DASHES.halfLoss });
    rules.push({ lr: halfLoss, series: searchLabel, label: 'halfLoss' });
  }
  if (minLabel !== null && analysis.minLr !== null) {
    series.push({ label: minLabel, color: COLORS.window, dash: RULE_DASHES.minLr });
    rules.push({ lr: analysis.minLr, series: minLabel, label: 'minLr' });
  }
  if (maxLabel !== null && analysis.maxLr !== null) {
    series.push({ label: maxLabel, color: COLORS.window, dash: RULE_DASHES.maxLr });
    rules.push({ lr: analysis.maxLr, series: maxLabel, label: 'maxLr' });
  }

  const { color, strokeDash } = seriesEncodings(series, 'Curve and bounds');
  const x = lrEncoding(axis);
  const y = {
    field: 'k',
    type: 'quantitative' as const,
    title: 'curvature k',
    scale: { domain: [...range.domain], zero: false, nice: false },
  };

  if (fit !== null && halfLoss !== null && fit.x.length > 0) {
    layers.push({
      name: 'searchRegion',
      data: { values: [{ from: 10 ** (fit.x[0] as number), to: halfLoss }] },
      mark: { type: 'rect', color: COLORS.searchShade, opacity: 0.7 },
      encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' } },
    } as TopLevelSpec);
  }
  layers.push({
    name: 'zero',
    data: { values: [{ k: 0 }] },
    mark: { type: 'rule', color: '#bbbbbb', strokeWidth: 1 },
    encoding: { y },
  } as TopLevelSpec);
  if (rules.length > 0) {
    const placed = placeRules(rules, axis, { width, fontSize: RULE_LABEL.fontSize });
    const rows = rules.map((r) => {
      const p = placed.find((q) => q.lr === r.lr && q.label === r.label);
      return { ...r, drawLr: p?.drawLr ?? r.lr, labelY: p?.labelY ?? 0, align: p?.align ?? ('left' as const) };
    });
    layers.push({
      name: 'bounds',
      data: { values: rows },
      mark: { type: 'rule', strokeWidth: STROKES.pick },
      encoding: { x: { ...x, field: 'drawLr' }, color, strokeDash },
    } as TopLevelSpec);
    layers.push(...ruleLabelLayers(rows, x));
  }
  layers.push({
    name: 'curvature',
    data: { values: rows },
    mark: { type: 'line', clip: true, strokeWidth: STROKES.fit },
    encoding: { x, y, color, strokeDash },
  } as TopLevelSpec);
  if (fit !== null && analysis.minLr !== null) {
    const k = interpolate(fit.x, fit.curvature, Math.log10(analysis.minLr));
    if (Number.isFinite(k)) {
      layers.push({
        name: 'knee',
        data: { values: [{ lr: analysis.minLr, k }] },
        mark: { type: 'point', filled: true, size: 70, color: COLORS.fit, clip: true },
        encoding: { x, y },
      } as TopLevelSpec);
    }
  }

  const subtitle: string[] = [];
  if (fit === null) subtitle.push(messages.noFitSubtitle(analysis.reason?.message ?? 'too few finite trials'));
  else {
    const [definition, rule] = messages.curvatureSubtitle();
    // Without a window there is no minLr to explain; the reason comes first instead.
    if (analysis.reason !== null) subtitle.push(messages.noWindowSubtitle(analysis.reason.message), definition);
    else subtitle.push(definition, rule);
    if (range.clippedAt !== null) subtitle.push(messages.curvatureClipped());
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    padding: 12,
    width,
    height,
    title: {
      text: messages.curvatureTitle(),
      subtitle,
      ...(analysis.reason !== null ? { subtitleColor: COLORS.warning } : {}),
    },
    config: CHART_CONFIG,
    layer: layers,
  } as TopLevelSpec;
}
