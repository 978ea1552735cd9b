import type { TopLevelSpec } from 'vega-lite';
import { BASELINE_LABELS } from '../baselines/suggest.js';
import { CHART_CONFIG } from '../report/theme.js';
import { BASELINE_STYLES } from '../validate/chart.js';
import { formatLr } from '../validate/format.js';
import type { RangeTestResult } from './types.js';

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
  const picks = result.suggestions
    .filter((s) => s.lr !== null && s.loss !== null)
    .map((s) => ({ lr: s.lr as number, loss: s.loss as number, label: `${BASELINE_LABELS[s.method]}: ${formatLr(s.lr as number)}`, ...BASELINE_STYLES[s.method] }));
  const width = options.width ?? 380;
  const height = options.height ?? 300;
  const colour = {
    field: 'label',
    type: 'nominal' as const,
    title: 'suggestion',
    sort: picks.map((p) => p.label),
    scale: { domain: picks.map((p) => p.label), range: picks.map((p) => p.color) },
  };
  const dash = {
    field: 'label',
    type: 'nominal' as const,
    sort: picks.map((p) => p.label),
    scale: { domain: picks.map((p) => p.label), range: picks.map((p) => [...p.dash]) },
  };
  const smoothedLayers: unknown[] = [
    { data: { values }, mark: { type: 'line', color: '#1f77b4', strokeWidth: 2, clip: true }, encoding: { x, y: { ...ySmooth, field: 'smoothed' } } },
  ];
  if (picks.length > 0) {
    smoothedLayers.push(
      { data: { values: picks }, mark: { type: 'rule', strokeWidth: 1.6 }, encoding: { x, color: colour, strokeDash: dash } },
      { data: { values: picks }, mark: { type: 'point', filled: true, size: 60, clip: true }, encoding: { x, y: { ...ySmooth, field: 'loss' }, color: colour } },
    );
  }
  const stop = result.stopReason === 'completed' ? 'all steps run' : `${result.steps.length} steps, stopped: ${result.stopReason === 'diverged' ? `smoothed loss passed ${result.settings.stopFactor}x its best` : 'loss not finite'}`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `LR range test${options.model ? `: ${options.model}` : ''}`,
      subtitle: `one run, lr ${formatLr(result.settings.startLr)} → ${formatLr(result.settings.endLr)} over ${result.settings.numIt} steps (${stop}); smoothing beta ${result.settings.beta}`,
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

