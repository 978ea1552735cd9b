import { argmin, type Curve } from './curve.js';
import type { Suggestion } from './types.js';

/**
 * fastai `steep`: forward differences (loss[i+1] - loss[i]) / (ln lr[i+1] - ln lr[i]); the pick is the
 * left end lr[i] of the most negative one. Null with fewer than 2 points.
 */
export function fastaiSteep(curve: Curve): Suggestion | null {
  const n = curve.lrs.length;
  if (n < 2) return null;
  const slopes: number[] = [];
  for (let i = 0; i + 1 < n; i += 1) {
    const dLoss = (curve.losses[i + 1] as number) - (curve.losses[i] as number);
    slopes.push(dLoss / (Math.log(curve.lrs[i + 1] as number) - Math.log(curve.lrs[i] as number)));
  }
  const i = argmin(slopes);
  return { lr: curve.lrs[i] as number, loss: curve.losses[i] as number };
}
