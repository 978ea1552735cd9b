import type { FittedCurve } from './types.js';
/** Default share of the loss drop L(0) − L(maxLr) the basin may rise above its floor. */
export declare const DEFAULT_BASIN_FRACTION = 0.1;
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
export declare function basinEdgeX(curve: Pick<FittedCurve, 'x' | 'y'>, window: {
    readonly minX: number;
    readonly maxX: number;
}, lossAtZero: number, options?: BasinOptions): number;
