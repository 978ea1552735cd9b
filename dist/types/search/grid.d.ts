/** Two lrs closer than this in log10 are the same lr (float noise from 10^x). */
export declare const SAME_LR_DECADES = 1e-9;
/**
 * The coarse grid: startLr · 10^(k · step) for k = 0, 1, ... up to endLr, with endLr itself always
 * included (appended when the last grid step does not land on it). Ascending. Pure.
 */
export declare function coarseGrid(startLr: number, endLr: number, step: number): number[];
