import { type Curve } from './curve.js';
import type { Suggestion } from './types.js';
/**
 * fastai `minimum`: the lr at the lowest smoothed loss, divided by 10 ("one order of magnitude below
 * the point where the loss stops improving", Gugger 2018). Null for an empty curve.
 */
export declare function fastaiMinimum(curve: Curve): Suggestion | null;
