import type { Picks } from './types.js';
import type { WindowPoints } from './window.js';
/**
 * The picks from the window's points (x = log10 lr): the paper's method 1 the log-midpoint of
 * [minLr, maxLr], method 2 the half-loss lr, method 3 the steepest descent inside the window; and the
 * opt-in basin pick, the larger of the midpoint and the basin's lower edge (see {@link basinPickX}).
 */
export declare function picksFromWindow(points: WindowPoints): Picks;
/**
 * The basin pick in x: the midpoint, moved up to the basin's lower edge when the edge lies above it. A
 * broad basin (Adam, momentum) keeps the midpoint; a narrow minimum at the edge of stability (plain SGD,
 * where the loss keeps falling until it blows up) moves the pick into the basin. Never above maxX, since
 * the edge is not. A NaN edge keeps the midpoint.
 */
export declare function basinPickX(midX: number, basinX: number): number;
