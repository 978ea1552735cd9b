import { type Curve } from './curve.js';
import type { Suggestion } from './types.js';
/**
 * fastai `steep`: forward differences (loss[i+1] - loss[i]) / (ln lr[i+1] - ln lr[i]); the pick is the
 * left end lr[i] of the most negative one. Null with fewer than 2 points.
 */
export declare function fastaiSteep(curve: Curve): Suggestion | null;
