import type { TrialRunner } from '../../src/search/types.js';
import { curveLossAtLr, frozenNormal, type CurveParams } from './curves.js';

/** Noise σ as a fraction of the curve's drop: one number everywhere, or a function of x = log10(lr). */
export type NoiseLevel = number | ((x: number) => number);

/**
 * A fake trial runner over a synthetic curve, with optional frozen noise: the same lr always gives
 * the same loss (as a seeded trial does). `noise` is σ as a fraction of the curve's drop, constant
 * or (heteroscedastic) a function of x = log10(lr).
 */
export function syntheticRunner(curve: CurveParams, noise: NoiseLevel = 0, noiseSeed = 0): TrialRunner & { readonly calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    async run(lr) {
      calls.push(lr);
      const clean = curveLossAtLr(curve, lr);
      const sigma = typeof noise === 'number' ? noise : lr > 0 ? noise(Math.log10(lr)) : 0;
      const loss = Number.isFinite(clean) ? clean + sigma * curve.drop * frozenNormal(noiseSeed, lr) : Number.NaN;
      return { loss, diverged: !Number.isFinite(loss) };
    },
  };
}
