import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/analysis/types.js';
import { isBracketed, planFirstRound, planNextRound, refinementsFor } from '../../src/search/planner.js';
import { analyze } from '../../src/analysis/analyze.js';
import { resolveSettings } from '../../src/search/settings.js';
import { curveLossAtLr } from '../../bench/synthetic/curves.js';
import { TEST_CURVE } from './curve.js';

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

  it('planNextRound(samples) stops once every point of interest is bracketed closer than the threshold', () => {
    const { samples } = runPlanner(60);
    expect(samples.length).toBeLessThan(60);
    const a = analyze(samples);
    expect(a.reason).toBeNull();
    const xs = [...new Set(samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr)))].sort((p, q) => p - q);
    for (const lr of [a.minLr!, a.maxLr!, a.picks!.halfLoss, a.picks!.steepest]) {
      expect(isBracketed(xs, Math.log10(lr), 0.05)).toBe(true);
    }
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
    expect(refinementsFor([-4, -3.5, -3, -2.5, -2], -2.9, 0.05)).toEqual([-2.75, -3.25]);
  });

  it('refinementsFor(sampled, x) skips sides already closer than the threshold', () => {
    expect(refinementsFor([-3.04, -3, -2.5], -3.01, 0.05)).toEqual([-2.75]);
  });
});

