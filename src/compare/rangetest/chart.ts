import type { TopLevelSpec } from 'vega-lite';
import { BASELINE_LABELS } from '../baselines/suggest.js';
import type { BaselineMethod } from '../baselines/types.js';
import { placeRules, ruleLabelLayers } from '../../report/chartData.js';
import { CHART_CONFIG, RULE_LABEL } from '../../report/theme.js';

import type { RangeTestResult } from './types.js';
import { displayLr } from '../../numbers.js';

/**
 * How each suggestion is drawn: an Okabe–Ito colour (distinct for colour-blind readers), a dash for its
 * rule, a point shape where it meets the curve, and the short name written beside the rule, so the six
 * stay apart in greyscale too.
 */
export const SUGGESTION_STYLES: Readonly<Record<BaselineMethod, { color: string; dash: readonly number[]; shape: string; short: string }>> = {
  fastaiValley: { color: '#009e73', dash: [1, 0], shape: 'circle', short: 'valley' },
  fastaiMinimum: { color: '#0072b2', dash: [6, 3], shape: 'square', short: 'minimum' },
  fastaiSteep: { color: '#e69f00', dash: [2, 2], shape: 'triangle-up', short: 'steep' },
  fastaiSlide: { color: '#cc79a7', dash: [8, 2, 2, 2], shape: 'diamond', short: 'slide' },
  lightningSteepest: { color: '#d55e00', dash: [4, 4], shape: 'triangle-down', short: 'Lightning' },
  lowestLoss: { color: '#555555', dash: [10, 3], shape: 'cross', short: 'lowest after reset' },
};

/** Options for {@link rangeTestSpec}. */
export interface RangeTestChartOptions {
  /** Width of each panel, CSS pixels. Default 380. */
  readonly width?: number;
  /** Height, CSS pixels. Default 300. */
  readonly height?: number;
  /** Title suffix, e.g. the config file. Default none. */
  readonly model?: string;
}

/**
 * The paper's Figure 2 for one range test: training loss per step against lr (log axis), raw on the left
 * and smoothed on the right, with a grey rule and point per baseline suggestion on the smoothed panel.
 * The y axis is cut at twice the first smoothed loss so the blow-up at the end does not flatten the rest. Pure.
 */
export function rangeTestSpec(result: RangeTestResult, options: RangeTestChartOptions = {}): TopLevelSpec {
  const finite = result.steps.filter((s) => Number.isFinite(s.loss));
  const values = finite.map((s) => ({ lr: s.lr, loss: s.loss, smoothed: s.smoothed }));
  const first = result.steps[0]?.smoothed ?? 1;
  const lows = finite.map((s) => Math.min(s.loss, s.smoothed));
  const yMin = lows.length > 0 ? Math.min(...lows) : 0;
  const yMax = Math.max(2 * first, yMin + 1e-6);
  const y = { type: 'quantitative' as const, title: 'training loss', scale: { domain: [Math.max(0, yMin * 0.95), yMax], clamp: true } };
  const smooth = finite.map((s) => s.smoothed).filter((v) => Number.isFinite(v));
  const sMin = smooth.length > 0 ? Math.min(...smooth) : 0;
  const sMax = smooth.length > 0 ? Math.min(Math.max(...smooth), yMax) : 1;
  const pad = Math.max((sMax - sMin) * 0.08, 1e-6);
  const ySmooth = { ...y, title: 'smoothed training loss', scale: { domain: [sMin - pad, sMax + pad], clamp: true } };
  const lrs = result.steps.map((s) => s.lr);
  const lo = Math.min(...lrs, ...result.suggestions.flatMap((s) => (s.lr === null ? [] : [s.lr])));
  const hi = Math.max(...lrs);
  const decades: number[] = [];
  for (let k = Math.ceil(Math.log10(lo / 1.2)); k <= Math.floor(Math.log10(hi * 1.2)); k += 1) decades.push(10 ** k);
  const x = {
    field: 'lr',
    type: 'quantitative' as const,
    scale: { type: 'log' as const, domain: [lo / 1.2, hi * 1.2] },
    title: 'learning rate (log scale)',
    axis: { values: decades, format: '.0e' },
  };
  const width = options.width ?? 380;
  const height = options.height ?? 300;
  const suggested = result.suggestions
    .filter((s) => s.lr !== null && s.loss !== null)
    .map((s) => ({ lr: s.lr as number, loss: s.loss as number, label: `${BASELINE_LABELS[s.method]}: ${displayLr(s.lr as number)}`, ...SUGGESTION_STYLES[s.method] }));
  // Suggestions at (nearly) one lr are drawn a few pixels apart with their names stacked, so none hides another.
  const placed = placeRules(
    suggested.map((p) => ({ lr: p.lr, label: p.short })),
    { domain: [lo / 1.2, hi * 1.2], ticks: decades, format: '.0e' },
    { width, fontSize: RULE_LABEL.fontSize },
  );
  const picks = suggested.map((p) => {
    const at = placed.find((q) => q.lr === p.lr && q.label === p.short);
    return { ...p, drawLr: at?.drawLr ?? p.lr, labelY: at?.labelY ?? 0, align: at?.align ?? ('left' as const) };
  });
  // One field and title for colour, dash and shape, so Vega-Lite merges them into one legend.
  const legendOf = <T>(range: readonly T[]) => ({
    field: 'label',
    type: 'nominal' as const,
    title: 'suggestion',
    sort: picks.map((p) => p.label),
    scale: { domain: picks.map((p) => p.label), range: [...range] },
    // The rules' dashes would outline the legend's shapes; the shapes and colours name them there.
    legend: { symbolStrokeWidth: 0, symbolSize: 110 },
  });
  const colour = legendOf(picks.map((p) => p.color));
  const smoothedLayers: unknown[] = [
    { data: { values }, mark: { type: 'line', color: '#333333', strokeWidth: 2, clip: true }, encoding: { x, y: { ...ySmooth, field: 'smoothed' } } },
  ];
  if (picks.length > 0) {
    smoothedLayers.push(
      { name: 'suggestions', data: { values: picks }, mark: { type: 'rule', strokeWidth: 1.8 }, encoding: { x: { ...x, field: 'drawLr' }, color: colour, strokeDash: legendOf(picks.map((p) => [...p.dash])) } },
      {
        name: 'suggestionPoints',
        data: { values: picks },
        mark: { type: 'point', filled: true, size: 80, opacity: 1, clip: true },
        encoding: { x: { ...x, field: 'drawLr' }, y: { ...ySmooth, field: 'loss' }, color: colour, shape: legendOf(picks.map((p) => p.shape)) },
      },
      ...ruleLabelLayers(picks.map((p) => ({ ...p, label: p.short })), x),
    );
  }
  const stop = result.stopReason === 'completed' ? 'all steps run' : `${result.steps.length} steps, stopped: ${result.stopReason === 'diverged' ? `smoothed loss passed ${result.settings.stopFactor}x its best` : 'loss not finite'}`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `LR range test${options.model ? `: ${options.model}` : ''}`,
      subtitle: `one run, lr ${displayLr(result.settings.startLr)} → ${displayLr(result.settings.endLr)} over ${result.settings.numIt} steps (${stop}); smoothing beta ${result.settings.beta}`,
    },
    config: CHART_CONFIG,
    hconcat: [
      {
        title: 'raw loss per batch',
        width,
        height,
        data: { values },
        mark: { type: 'line', color: '#7f7f7f', strokeWidth: 1.2, clip: true },
        encoding: { x, y: { ...y, field: 'loss' } },
      },
      { title: 'smoothed (bias-corrected EMA) with suggestions', width, height, layer: smoothedLayers },
    ],
  } as TopLevelSpec;
}

