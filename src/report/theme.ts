/**
 * The look shared by every chart: the paper's pick colours, sizes that read in a PR comment, and a
 * Vega-Lite config block.
 */
import type { Method } from '../analysis/types.js';
import { METHOD_NAMES, methodColumn } from '../names.js';

/** The paper's colours (Figure 9): method 1 orange, method 2 blue, method 3 green (from {@link METHOD_NAMES}). */
export const PICK_COLORS: Readonly<Record<Method, string>> = methodColumn('colour');

/** Colours of everything else on the charts. */
export const COLORS = {
  fit: '#222222',
  window: '#777777',
  windowShade: '#f6e7cf',
  /** The window's shade under spread bands: neutral, so the orange midpoint band stays distinct from it. */
  windowShadeNeutral: '#e9e9e9',
  lossAtZero: '#9a9a9a',
  coarse: '#555555',
  refinement: '#9467bd',
  aboveAxis: '#8c564b',
  diverged: '#d62728',
  curvature: '#222222',
  searchShade: '#dbe9f6',
  warning: '#b00020',
} as const;

/** Default plot sizes, CSS pixels; the PNG is rendered at 2×. */
export const SIZES = {
  width: 560,
  curveHeight: 320,
  curvatureHeight: 200,
} as const;

/**
 * Dash patterns of the vertical rules, one per rule, so each reads without colour: minLr long dashes,
 * maxLr dash-dot, the picks solid, dashed and dotted. L(0), the one horizontal line, is dotted.
 */
export const RULE_DASHES = {
  minLr: [10, 4],
  maxLr: [10, 3, 2, 3],
  ...methodColumn('dash'),
  lossAtZero: [2, 3],
} as const satisfies Readonly<Record<Method | 'minLr' | 'maxLr' | 'lossAtZero', readonly number[]>>;

/** The text beside each rule: small, dark enough to read over the window's shade. */
export const RULE_LABEL = { fontSize: 10.5, color: '#333333' } as const;

/** Stroke widths: the selected pick stands out, the others stay readable. */
export const STROKES = { selected: 3.5, pick: 1.8, bound: 1.5, fit: 2.2 } as const;

/** A filled ✕, for diverged trials (Vega symbol paths live in a unit square around 0). */
export const CROSS_SHAPE =
  'M-1,-0.7L-0.7,-1L0,-0.3L0.7,-1L1,-0.7L0.3,0L1,0.7L0.7,1L0,0.3L-0.7,1L-1,0.7L-0.3,0Z';

/** The Vega-Lite `config` every chart uses. */
export const CHART_CONFIG = {
  font: 'DejaVu Sans, Helvetica, Arial, sans-serif',
  view: { stroke: '#bbbbbb' },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#eeeeee', tickColor: '#999999', domainColor: '#999999' },
  legend: { labelFontSize: 11, titleFontSize: 11.5, labelLimit: 260, symbolSize: 110, rowPadding: 3 },
  title: { fontSize: 15, subtitleFontSize: 11.5, subtitleColor: '#444444', anchor: 'start', offset: 10, subtitlePadding: 4 },
} as const;
