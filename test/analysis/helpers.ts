import type { Sample } from '../../src/analysis/types.js';
import { frozenNormal } from '../../bench/synthetic/curves.js';

/** Samples of f at lr = 10^x for x = from, from + step, ..., to, plus lr = 0 with loss l0. */
export function sampleCurve(f: (x: number) => number, from: number, to: number, step: number, l0: number): Sample[] {
  const samples: Sample[] = [{ lr: 0, loss: l0 }];
  const count = Math.round((to - from) / step);
  for (let i = 0; i <= count; i += 1) {
    const x = from + i * step;
    samples.push({ lr: 10 ** x, loss: f(x) });
  }
  return samples;
}

/** Adds frozen noise (the same lr always gets the same offset) of σ = `sigma` to every lr > 0 sample. */
export function withFrozenNoise(samples: readonly Sample[], sigma: number, seed = 1): Sample[] {
  return samples.map((s) => (s.lr === 0 ? s : { lr: s.lr, loss: s.loss + sigma * frozenNormal(seed, s.lr) }));
}

/**
 * A Gaussian dip in x = log10 lr: y = l0 − drop · exp(−u²/2), u = (x − centre)/width.
 * Minimum at u = 0; y' = drop·u·g/width is most negative at u = −1; the half-way loss l0 − drop/2
 * is reached where g = 1/2, u = −√(2 ln 2).
 */
export function gaussianDip(l0: number, drop: number, centre: number, width: number): (x: number) => number {
  return (x) => l0 - drop * Math.exp(-(((x - centre) / width) ** 2) / 2);
}

/** Argmin of f over [from, to] on a grid of `step` (for expected values of analytic curves). */
export function denseArgMin(f: (x: number) => number, from: number, to: number, step = 1e-5): number {
  let best = from;
  let bestValue = f(from);
  for (let x = from; x <= to; x += step) {
    const v = f(x);
    if (v < bestValue) {
      bestValue = v;
      best = x;
    }
  }
  return best;
}

/** Decimal log of a nullable lr, or NaN. */
export function log10OrNaN(v: number | null | undefined): number {
  return v === null || v === undefined ? Number.NaN : Math.log10(v);
}
