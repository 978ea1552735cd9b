import type { PickMethod } from './types.js';
/** How reports name each method. */
export declare function methodLabel(method: PickMethod): string;
/** True for lr-sweep's own methods (as opposed to the baselines). */
export declare function isOurMethod(method: PickMethod): boolean;
