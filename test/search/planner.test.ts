import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/analysis/types.js';
import { FAR_SIDE_THRESHOLDS, isBracketed, isNoiseLimited, openPoints, planFirstRound, planNextRound, refinementsFor } from '../../src/search/planner.js';
import { analyze, smoothFit } from '../../src/analysis/analyze.js';
import { resolveSettings } from '../../src/search/settings.js';
import { curveLossAtLr, frozenNormal } from '../../bench/synthetic/curves.js';
import { TEST_CURVE } from './curve.js';
import { fitSmoothingSpline } from '../../src/analysis/spline.js';

const curve = TEST_CURVE;
const trial = (lr: number): Sample => ({ lr, loss: curveLossAtLr(curve, lr) });
const SAME = 1e-9;

/** Runs the planner to completion on `curve`, returning every sample and the batch sizes. */
function runPlanner(maxTrials: number): { samples: Sample[]; batches: number[] } {
  const settings = resolveSettings({ maxTrials });
  const samples = planFirstRound(settings).map(trial);
  const batches = [samples.length];
  for (let round = 0; round < 50; round += 1) {
    const next = planNextRound(samples, settings);
    if (next.length === 0) break;
    batches.push(next.length);
    samples.push(...next.map(trial));
  }
  return { samples, batches };
}

describe('planFirstRound', () => {
  it('planFirstRound(settings) is lr = 0, then the coarse grid ascending', () => {
    const lrs = planFirstRound(resolveSettings());
    expect(lrs).toHaveLength(18);
    expect(lrs[0]).toBe(0);
    expect(lrs[1]).toBe(1e-7);
    expect(lrs[17]).toBe(10);
  });
});

describe('planNextRound', () => {
  it('planNextRound(samples) never repeats an lr, within a batch or across rounds', () => {
    const { samples } = runPlanner(60);
    const xs = samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr)).sort((a, b) => a - b);
    xs.forEach((x, i) => {
      if (i > 0) expect(x - xs[i - 1]!).toBeGreaterThan(SAME);
    });
  });

  it('planNextRound(samples) stops once every point of interest is bracketed closer than the threshold or noise-limited', () => {
    const { samples } = runPlanner(60);
    expect(samples.length).toBeLessThan(60);
    const a = analyze(samples);
    expect(a.reason).toBeNull();
    const settings = resolveSettings();
    expect(openPoints(samples, a, settings)).toEqual([]);
    const xs = [...new Set(samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr)))].sort((p, q) => p - q);
    // halfLoss and maxLr are never settled by noise: always bracketed; the bend points within 2 thresholds at worst.
    expect(isBracketed(xs, Math.log10(a.picks!.halfLoss), 0.05)).toBe(true);
    expect(isBracketed(xs, Math.log10(a.maxLr!), 0.05)).toBe(true);
    const fit = smoothFit(samples);
    for (const lr of [a.minLr!, a.picks!.steepest]) {
      const x = Math.log10(lr);
      expect(isBracketed(xs, x, 0.05) || isNoiseLimited(fit, xs, x, 0.05)).toBe(true);
      expect(isBracketed(xs, x, 0.1 + SAME)).toBe(true);
    }
  });

  it('planNextRound(samples) with noisy trials leaves a bend unbracketed once a trial inside could not move the fit beyond the noise', () => {
    // Frozen noise of 3 % of the drop: a bend within 0.1 decade is below one trial's noise, so points there stop early.
    const noisy = (lr: number): Sample => ({ lr, loss: curveLossAtLr(curve, lr) + (lr > 0 ? 0.03 * curve.drop * frozenNormal(3, lr) : 0) });
    const settings = resolveSettings();
    const samples = planFirstRound(settings).map(noisy);
    for (let round = 0; round < 50; round += 1) {
      const next = planNextRound(samples, settings);
      if (next.length === 0) break;
      samples.push(...next.map(noisy));
    }
    const a = analyze(samples);
    expect(openPoints(samples, a, settings)).toEqual([]);
    const xs = [...new Set(samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr)))].sort((p, q) => p - q);
    expect(isBracketed(xs, Math.log10(a.maxLr!), 0.05)).toBe(true);
    const settledByNoise = [a.minLr!, a.picks!.steepest].filter((lr) => !isBracketed(xs, Math.log10(lr), 0.05));
    expect(settledByNoise.length).toBeGreaterThan(0);
  });

  it('planNextRound(samples) never exceeds maxTrials, trimming the last batch', () => {
    const { samples, batches } = runPlanner(24);
    expect(samples.length).toBe(24);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(24);
  });

  it('planNextRound(samples) returns nothing once maxTrials is reached', () => {
    const settings = resolveSettings({ maxTrials: 18 });
    expect(planNextRound(planFirstRound(settings).map(trial), settings)).toEqual([]);
  });

  it('planNextRound(samples) stops when the loss never falls (more samples would not help)', () => {
    const settings = resolveSettings();
    const flat = planFirstRound(settings).map((lr) => ({ lr, loss: 2 }));
    expect(planNextRound(flat, settings)).toEqual([]);
  });

  it('planNextRound(samples) bisects towards the divergence when too few trials stayed finite', () => {
    // Finite losses at 1e-7 .. 1e-6 only (3 lrs), everything from 10^-5.5 up diverged.
    const settings = resolveSettings();
    const samples = planFirstRound(settings).map((lr) => ({ lr, loss: lr === 0 ? 2 : lr <= 1.01e-6 ? 2 - lr * 1e5 : Number.NaN }));
    const next = planNextRound(samples, settings);
    // The boundary lies between the last finite x = -6 and the first diverged x = -5.5: midpoint -5.75.
    expect(next.map((lr) => Math.log10(lr))).toContainEqual(expect.closeTo(-5.75, 9));
  });
});

describe('refinementsFor', () => {
  it('refinementsFor(sampled, x) bisects the bracket of x first, then the other side of its nearest sample', () => {
    // Nearest sample to -2.9 is -3; x lies right of it, so (-3 + -2.5)/2 first, then (-3 + -3.5)/2.
    expect(refinementsFor([-4, -3.5, -3, -2.5, -2], -2.9, 0.05, 2)).toEqual([-2.75, -3.25]);
  });

  it('refinementsFor(sampled, x) skips sides already closer than the threshold', () => {
    expect(refinementsFor([-3.04, -3, -2.5], -3.01, 0.05, 2)).toEqual([-2.75]);
  });

  it('refinementsFor(sampled, x, threshold, 2) leaves the far side once it is narrower than twice the threshold, the near side only below the threshold', () => {
    // Near side (-3, -2.94) is 0.06 wide: still bisected. Far side (-3.09, -3) is 0.09 < 0.1: left alone.
    expect(refinementsFor([-3.09, -3, -2.94], -2.97, 0.05, 2)).toEqual([expect.closeTo(-2.97, 9)]);
    // Far side 0.11 wide: bisected too.
    expect(refinementsFor([-3.11, -3, -2.94], -2.97, 0.05, 2)).toEqual([expect.closeTo(-2.97, 9), expect.closeTo(-3.055, 9)]);
  });

  it('refinementsFor(sampled, x, threshold, 3) leaves a far side up to three thresholds wide (maxLr, halfLoss, steepest; the knee keeps 2)', () => {
    expect(FAR_SIDE_THRESHOLDS.minLr).toBe(2);
    // The far side 0.125 wide (a coarse step bisected twice) is left alone at 3, bisected at 2.
    expect(refinementsFor([-3.125, -3, -2.94], -2.97, 0.05, 3)).toEqual([expect.closeTo(-2.97, 9)]);
    expect(refinementsFor([-3.125, -3, -2.94], -2.97, 0.05, FAR_SIDE_THRESHOLDS.minLr)).toHaveLength(2);
    // Wider than 0.15: bisected at 3 too.
    expect(refinementsFor([-3.25, -3, -2.94], -2.97, 0.05, FAR_SIDE_THRESHOLDS.maxLr)).toEqual([expect.closeTo(-2.97, 9), expect.closeTo(-3.125, 9)]);
  });
});

describe('isNoiseLimited', () => {
  // A spline through a parabola y = x² (knots every 0.05), noise σ̂ given per knot.
  const knots = Array.from({ length: 21 }, (_, i) => -0.5 + i * 0.05);
  const parabola = fitSmoothingSpline(knots, knots.map((x) => x * x), knots.map(() => 1), 1e-12).spline;
  const sampled = [-0.5, -0.05, 0.05, 0.5];

  it('isNoiseLimited(fit, sampled, x) is true when the bend across the bracket is below one trial\'s noise', () => {
    // Bracket (-0.05, 0.05): the midpoint departs from the chord by 0.05² = 0.0025.
    expect(isNoiseLimited({ spline: parabola, noise: knots.map(() => 0.003) }, sampled, 0, 0.05)).toBe(true);
  });

  it('isNoiseLimited(fit, sampled, x) is false when the bend exceeds the noise, or the bracket is wider than two thresholds', () => {
    expect(isNoiseLimited({ spline: parabola, noise: knots.map(() => 0.002) }, sampled, 0, 0.05)).toBe(false);
    // Bracket (0.05, 0.5) is 0.45 wide: never settled by noise, however noisy.
    expect(isNoiseLimited({ spline: parabola, noise: knots.map(() => 10) }, sampled, 0.2, 0.05)).toBe(false);
    // Outside the sampled range: nothing brackets it.
    expect(isNoiseLimited({ spline: parabola, noise: knots.map(() => 10) }, sampled, 0.7, 0.05)).toBe(false);
  });
});

