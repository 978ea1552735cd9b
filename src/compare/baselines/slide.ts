import { lossAt, type Curve } from './curve.js';
import { gradient } from './gradient.js';
import type { Suggestion } from './types.js';

/** Options for {@link fastaiSlide}; defaults are fastai's. */
export interface SlideOptions {
  /** Window width, points. Default 15. */
  readonly lrDiff?: number;
  /** Largest difference of the loss gradients (per point) at the window's ends that counts as agreement. Default 0.005. */
  readonly thresh?: number;
  /** Factor applied to the found lr. Default 1. */
  readonly adjustValue?: number;
}

/**
 * fastai `slide` (the interval slide rule): gradients of the smoothed loss against the point index
 * (`np.gradient(losses)`); a window of `lrDiff` points starts at the right end and slides left while
 * its end gradients differ by more than `thresh`. The pick is the lr at the window's left end one step
 * before it stopped (fastai records it before moving), times `adjustValue`; if the window runs off the
 * left end, the first lr. Null with fewer than lrDiff + 1 points (fastai raises an IndexError there).
 */
export function fastaiSlide(curve: Curve, options: SlideOptions = {}): Suggestion | null {
  const lrDiff = options.lrDiff ?? 15;
  const thresh = options.thresh ?? 0.005;
  const adjust = options.adjustValue ?? 1;
  const n = curve.losses.length;
  let right = n - 1;
  let left = right - lrDiff;
  if (left < 0) return null;
  const grads = gradient(curve.losses);
  let localMinLr = curve.lrs[left] as number;
  while (left >= 0 && Math.abs((grads[right] as number) - (grads[left] as number)) > thresh) {
    localMinLr = curve.lrs[left] as number;
    right -= 1;
    left -= 1;
  }
  const lr = localMinLr * adjust;
  return { lr, loss: lossAt(curve, lr) };
}
