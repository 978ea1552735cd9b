import type { RangeStep, Suggestion } from './types.js';
/** Options for {@link lightningSteepest}; defaults are Lightning's `suggestion()`. */
export interface LightningOptions {
    /** Points skipped at the start. Default 10. */
    readonly skipBegin?: number;
    /** Points skipped at the end. Default 1. */
    readonly skipEnd?: number;
}
/** Points the Lightning rule needs after skipping (`torch.gradient` needs two). */
export declare const LIGHTNING_MIN_POINTS = 2;
/**
 * Lightning's `suggestion()`: drop the first `skipBegin` and last `skipEnd` points, keep the finite
 * smoothed losses, take `torch.gradient` (second-order central differences) and pick the lr of the most
 * negative one. The gradient here is against ln lr, as in Lightning before 2.5.3; 2.5.3+ takes it
 * against raw lr, where the tiny spacing at small rates inflates the slopes there and pulls the pick
 * toward tiny rates. Null with fewer than 2 points left.
 */
export declare function lightningSteepest(steps: readonly RangeStep[], options?: LightningOptions): Suggestion | null;
