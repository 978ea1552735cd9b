import type { Curve } from './curve.js';
import type { Suggestion } from './types.js';
/**
 * fastai `valley`: the longest strictly decreasing subsequence of the smoothed loss (O(n²) dynamic
 * programme; the first one found wins ties), then fastai's index arithmetic:
 * start = end - length, sections = length / 3, idx = start + ⌊sections⌋ + ⌊sections / 2⌋,
 * i.e. about half way along. fastai's `start` is one before the subsequence's first point when the
 * subsequence is contiguous, and for a 1- or 2-point valley idx can reach -1, which Python wraps to the
 * last point; here idx is clamped to 0 instead. Null for an empty curve.
 */
export declare function fastaiValley(curve: Curve): Suggestion | null;
