import type { TrialRunner } from '../../src/search/types.js';
import { curveLossAtLr, frozenNormal, type CurveParams } from './curves.js';

/**
 * A fake trial runner over a synthetic curve, with optional frozen noise: the same lr always gives
 * the same loss (as a seeded trial does). `noise` is σ as a fraction of the curve's drop.
 */
export function syntheticRunner(curve: CurveParams, noise = 0, noiseSeed = 0): TrialRunner & { readonly calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    async run(lr) {
      calls.push(lr);
      const clean = curveLossAtLr(curve, lr);
      const loss = Number.isFinite(clean) ? clean + noise * curve.drop * frozenNormal(noiseSeed, lr) : Number.NaN;
      return { loss, diverged: !Number.isFinite(loss) };
    },
  };
}
