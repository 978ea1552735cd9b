import type { FittedCurve } from './types.js';

/** Default share of the loss drop L(0) − L(maxLr) the basin may rise above its floor. */
export const DEFAULT_BASIN_FRACTION = 0.1;

/** Options for {@link basinEdgeX}. */
export interface BasinOptions {
  /** The basin is where the fitted loss is within this share of the drop L(0) − floor above the floor; 0 < fraction < 1. Default 0.1. */
  readonly fraction?: number;
}

/**
 * The lower edge of the loss basin, in x = log10 lr: walking left from maxX on the dense fit, the smallest x
 * whose fitted loss and every fitted loss up to maxX stay within `fraction` of the drop above the floor (the
 * lowest fitted loss in [minX, maxX]); the crossing is interpolated linearly between grid points and never
 * falls below minX. A steep, one-sided minimum (plain SGD: the loss keeps falling until the edge of
 * stability) gives an edge close to maxX; a broad basin (Adam, momentum) gives an edge far below it.
 * Pure. Returns maxX when no fitted point lies in [minX, maxX], and NaN when an input is NaN or
 * lossAtZero is not above the floor.
 * @example
 * const x = basinEdgeX(analysis.fit, { minX: -3, maxX: -1 }, 2.3, { fraction: 0.1 });
 */
export function basinEdgeX(
  curve: Pick<FittedCurve, 'x' | 'y'>,
  window: { readonly minX: number; readonly maxX: number },
  lossAtZero: number,
  options: BasinOptions = {},
): number {
  const fraction = options.fraction ?? DEFAULT_BASIN_FRACTION;
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`basinEdgeX: fraction must be in (0, 1), got ${fraction}`);
  const { minX, maxX } = window;
  if (Number.isNaN(minX) || Number.isNaN(maxX) || Number.isNaN(lossAtZero)) return Number.NaN;
  let top = -1;
  let floor = Number.POSITIVE_INFINITY;
  for (let i = 0; i < curve.x.length; i += 1) {
    const x = curve.x[i]!;
    if (x < minX || x > maxX) continue;
    top = i;
    floor = Math.min(floor, curve.y[i]!);
  }
  if (top < 0) return maxX;
  if (!(lossAtZero > floor)) return Number.NaN;
  const ceiling = floor + fraction * (lossAtZero - floor);
  let i = top;
  while (i > 0 && curve.x[i - 1]! >= minX && curve.y[i - 1]! <= ceiling) i -= 1;
  if (i === 0 || curve.x[i - 1]! < minX) return Math.max(minX, curve.x[i]! <= maxX ? curve.x[i]! : maxX);
  // Between grid points i-1 (above the ceiling) and i (inside the basin): the crossing, linearly.
  const x0 = curve.x[i - 1]!;
  const x1 = curve.x[i]!;
  const y0 = curve.y[i - 1]!;
  const y1 = curve.y[i]!;
  const x = y0 === y1 ? x1 : x0 + ((ceiling - y0) * (x1 - x0)) / (y1 - y0);
  return Math.min(maxX, Math.max(minX, x));
}
