import type { Picks } from './types.js';
import type { WindowPoints } from './window.js';
/**
 * The paper's three picks from the window's points (x = log10 lr): method 1 the log-midpoint of
 * [minLr, maxLr], method 2 the half-loss lr, method 3 the steepest descent inside the window.
 */
export declare function picksFromWindow(points: WindowPoints): Picks;
