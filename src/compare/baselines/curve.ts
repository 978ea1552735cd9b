import type { RangeStep } from './types.js';

/** A range-test curve as the suggestion rules read it: parallel arrays, lr ascending. */
export interface Curve {
  readonly lrs: readonly number[];
  /** Smoothed losses. */
  readonly losses: readonly number[];
}

/** Options for {@link fastaiCurve}. */
export interface FastaiCurveOptions {
  /** Steps requested for the range test (fastai `num_it`); the first ⌊numIt/10⌋ points are skipped. */
  readonly numIt: number;
  /** Points dropped from the end (fastai's `[:-5]`). Default 5. */
  readonly skipEnd?: number;
}

/**
 * The curve fastai's suggestion functions see: `recorder.lrs[num_it//10:-5]` of the smoothed losses,
 * cut before the first non-finite loss. fastai cuts at the first NaN only; an infinite smoothed loss
 * is cut as well, since no rule can use it.
 */
export function fastaiCurve(steps: readonly RangeStep[], options: FastaiCurveOptions): Curve {
  const skipBegin = Math.floor(options.numIt / 10);
  const end = steps.length - (options.skipEnd ?? 5);
  const kept = steps.slice(skipBegin, Math.max(skipBegin, end));
  const bad = kept.findIndex((s) => !Number.isFinite(s.smoothed));
  const finite = bad === -1 ? kept : kept.slice(0, bad);
  return { lrs: finite.map((s) => s.lr), losses: finite.map((s) => s.smoothed) };
}

/** Index of the smallest value (the first one on ties, like `argmin`); -1 for an empty array. */
export function argmin(values: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i += 1) {
    if (best === -1 || (values[i] as number) < (values[best] as number)) best = i;
  }
  return best;
}

/**
 * Loss of `curve` at `lr`, linearly interpolated in log10 lr (numpy `interp` semantics: clamped at
 * the ends). NaN for an empty curve.
 */
export function lossAt(curve: Curve, lr: number): number {
  const n = curve.lrs.length;
  if (n === 0) return Number.NaN;
  const x = Math.log10(lr);
  const xs = curve.lrs.map((v) => Math.log10(v));
  if (x <= (xs[0] as number)) return curve.losses[0] as number;
  if (x >= (xs[n - 1] as number)) return curve.losses[n - 1] as number;
  let i = 1;
  while ((xs[i] as number) < x) i += 1;
  const x0 = xs[i - 1] as number;
  const x1 = xs[i] as number;
  const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
  return (curve.losses[i - 1] as number) + t * ((curve.losses[i] as number) - (curve.losses[i - 1] as number));
}
