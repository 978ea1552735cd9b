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
export function fastaiValley(curve: Curve): Suggestion | null {
  const losses = curve.losses;
  const n = losses.length;
  if (n === 0) return null;
  const lds = new Array<number>(n).fill(1);
  let maxEnd = 0;
  for (let i = 1; i < n; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if ((losses[i] as number) < (losses[j] as number) && (lds[i] as number) < (lds[j] as number) + 1) {
        lds[i] = (lds[j] as number) + 1;
      }
    }
    if ((lds[maxEnd] as number) < (lds[i] as number)) maxEnd = i;
  }
  const length = lds[maxEnd] as number;
  const start = maxEnd - length;
  const sections = length / 3;
  const idx = Math.max(0, start + Math.floor(sections) + Math.floor(sections / 2));
  return { lr: curve.lrs[idx] as number, loss: losses[idx] as number };
}
