import type { TopLevelSpec } from 'vega-lite';
import type { Method } from '../../analysis/types.js';
import type { BaselineMethod } from '../baselines/types.js';
import { CHART_CONFIG, PICK_COLORS, SIZES } from '../../report/theme.js';

import { isOurMethod, methodLabel } from './labels.js';
import * as messages from './messages.js';
import type { PickMethod, ValidationReport } from './types.js';
import { displayLr } from '../../numbers.js';

/** Grey styles for the baselines: one grey and one dash pattern each, so they read apart in print. */
const BASELINE_STYLES: Readonly<Record<BaselineMethod, { readonly color: string; readonly dash: readonly number[] }>> = {
  fastaiMinimum: { color: '#4d4d4d', dash: [6, 3] },
  fastaiSteep: { color: '#7a7a7a', dash: [2, 2] },
  fastaiValley: { color: '#363636', dash: [1, 0] },
  fastaiSlide: { color: '#8f8f8f', dash: [8, 2, 2, 2] },
  lightningSteepest: { color: '#5e5e5e', dash: [4, 4] },
  lowestLoss: { color: '#a6a6a6', dash: [10, 3] },
};

/** The stroke colour and dash of a pick's rule: the paper's colours for ours, greys for the baselines. */
function pickStyle(method: PickMethod): { color: string; dash: readonly number[] } {
  return isOurMethod(method) ? { color: PICK_COLORS[method as Method], dash: [1, 0] } : BASELINE_STYLES[method as BaselineMethod];
}

/** Options for {@link validationSpec}. */
export interface ValidationChartOptions {
  /** Plot width, CSS pixels. Default 560. */
  readonly width?: number;
  /** Plot height, CSS pixels. Default 320. */
  readonly height?: number;
}

/**
 * The paper's Figure 9 for one model: final validation accuracy against log lr for the grid (line and
 * points), the band within 1 point of the best shaded, and a vertical rule per pick (paper colours for
 * midpoint/halfLoss/steepest, grey dashes for the baselines) with a legend giving each lr. Pure.
 */
export function validationSpec(report: ValidationReport, options: ValidationChartOptions = {}): TopLevelSpec {
  const grid = report.grid.filter((g) => g.accuracy !== null).map((g) => ({ lr: g.lr, accuracy: 100 * (g.accuracy as number) }));
  const picks = report.picks
    .filter((p) => p.lr !== null)
    .map((p) => ({ lr: p.lr as number, label: `${methodLabel(p.method)}: ${displayLr(p.lr as number)}`, ...pickStyle(p.method) }));
  const lrs = [...report.grid.map((g) => g.lr), ...picks.map((p) => p.lr)];
  const xDomain = [Math.min(...lrs) / 1.5, Math.max(...lrs) * 1.5];
  const decades: number[] = [];
  for (let k = Math.ceil(Math.log10(xDomain[0] as number)); k <= Math.floor(Math.log10(xDomain[1] as number)); k += 1) decades.push(10 ** k);
  const x = {
    field: 'lr',
    type: 'quantitative' as const,
    scale: { type: 'log' as const, domain: xDomain },
    title: 'learning rate (log scale)',
    axis: { values: decades, format: '.0e' },
  };
  const layers: unknown[] = [];
  if (report.band) {
    layers.push({
      data: { values: [{ lo: report.band.loLr, hi: report.band.hiLr, y: 100 * (report.band.bestAccuracy - report.band.points) }] },
      layer: [
        { mark: { type: 'rect', color: '#f6e7cf', opacity: 0.8 }, encoding: { x: { ...x, field: 'lo' }, x2: { field: 'hi' } } },
        {
          mark: { type: 'rule', color: '#b0b0b0', strokeDash: [3, 3] },
          encoding: { y: { field: 'y', type: 'quantitative' } },
        },
      ],
    });
  }
  layers.push({
    data: { values: grid },
    layer: [
      { mark: { type: 'line', color: '#222222', strokeWidth: 1.8 } },
      { mark: { type: 'point', filled: true, color: '#222222', size: 36 } },
    ],
    encoding: { x, y: { field: 'accuracy', type: 'quantitative', title: messages.accuracyAxisTitle(report.settings), scale: { zero: false } } },
  });
  if (picks.length > 0) {
    layers.push({
      data: { values: picks },
      mark: { type: 'rule', strokeWidth: 2 },
      encoding: {
        x,
        color: {
          field: 'label',
          type: 'nominal',
          title: 'pick',
          sort: picks.map((p) => p.label),
          scale: { domain: picks.map((p) => p.label), range: picks.map((p) => p.color) },
        },
        strokeDash: {
          field: 'label',
          type: 'nominal',
          sort: picks.map((p) => p.label),
          scale: { domain: picks.map((p) => p.label), range: picks.map((p) => [...p.dash]) },
        },
      },
    });
  }
  const subtitle = report.band
    ? `shaded: learning rates within ${(report.band.points * 100).toFixed(0)} point of the best grid accuracy (${(100 * report.band.bestAccuracy).toFixed(1)} %)`
    : 'no grid accuracy';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: messages.chartTitle(report.settings, report.model), subtitle },
    width: options.width ?? SIZES.width,
    height: options.height ?? SIZES.curveHeight,
    config: CHART_CONFIG,
    layer: layers,
  } as TopLevelSpec;
}
