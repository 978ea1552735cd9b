import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Sample } from '../../src/analysis/types.js';
import { extendedRange, extensionBelow, extensionFor, isCoarse, rescueFor, RESCUE_TRIALS } from '../../src/search/edges.js';
import { planFirstRound, planNextRound } from '../../src/search/planner.js';
import { resolveSettings } from '../../src/search/settings.js';
import type { SearchSettings } from '../../src/search/types.js';
import { curveLossAtLr, truthOf } from '../../bench/synthetic/curves.js';
import { TEST_CURVE } from './curve.js';

const trial = (lr: number): Sample => ({ lr, loss: curveLossAtLr(TEST_CURVE, lr) });
/** TEST_CURVE's true window: knee and minimum in x = log10 lr. */
const truth = truthOf(TEST_CURVE, -10, 3);
/** Noise-free search tolerance on every point of interest, decades (the target). */
const TOLERANCE = 0.02;

/** Runs the planner to completion with `settings`, returning every sample. */
function runPlanner(settings: SearchSettings, loss: (lr: number) => number = (lr) => trial(lr).loss): Sample[] {
  const samples = planFirstRound(settings).map((lr) => ({ lr, loss: loss(lr) }));
  for (let round = 0; round < 80; round += 1) {
    const next = planNextRound(samples, settings);
    if (next.length === 0) break;
    samples.push(...next.map((lr) => ({ lr, loss: loss(lr) })));
  }
  return samples;
}

describe('extensionFor', () => {
  it('extensionFor(samples) steps one coarse step past endLr while the loss still falls there', () => {
    // TEST_CURVE's minimum is near 10^-2.3; a range ending at 10^-3 is still falling at its end.
    const settings = resolveSettings({ endLr: 1e-3 });
    const samples = planFirstRound(settings).map(trial);
    expect(extensionFor(samples, analyze(samples), settings)).toEqual([expect.closeTo(-2.5, 9)]);
  });

  it('extensionFor(samples) steps below startLr when the loss is already falling there', () => {
    const settings = resolveSettings({ startLr: 10 ** -3.5 });
    const samples = planFirstRound(settings).map(trial);
    expect(extensionFor(samples, analyze(samples), settings)).toEqual([expect.closeTo(-4, 9)]);
  });

  it('extensionFor(samples) never extends past a diverged trial', () => {
    // A plateau at 2 to 10^-3, falling to 10^-2, diverged at 10^-1.5: the loss is lowest at the last finite lr.
    const loss = (x: number): number => (x <= -3 ? 2 : 2 - (x + 3) / 2);
    const finite = [-5, -4.5, -4, -3.5, -3, -2.5, -2].map((x) => ({ lr: 10 ** x, loss: loss(x) }));
    const samples: Sample[] = [{ lr: 0, loss: 2 }, ...finite, { lr: 10 ** -1.5, loss: Number.NaN }];
    const settings = resolveSettings({ startLr: 1e-5, endLr: 10 ** -1.5 });
    expect(extensionFor(samples, analyze(samples), settings)).toEqual([]);
  });

  it('extensionFor(samples) returns nothing with strictRange, and nothing for a flat curve', () => {
    const strict = resolveSettings({ endLr: 1e-3, strictRange: true });
    const samples = planFirstRound(strict).map(trial);
    expect(extensionFor(samples, analyze(samples), strict)).toEqual([]);
    const settings = resolveSettings();
    const flat = planFirstRound(settings).map((lr) => ({ lr, loss: 2 }));
    expect(extensionFor(flat, analyze(flat), settings)).toEqual([]);
  });

  it('extensionFor(samples) stops at the hard limit 1e3', () => {
    // Falling everywhere up to 1e3: the last step lands exactly on x = 3 and nothing follows.
    const settings = resolveSettings({ startLr: 1, endLr: 1e3 });
    const samples = planFirstRound(settings).map((lr) => ({ lr, loss: lr === 0 ? 2 : 2 - Math.log10(lr) / 4 }));
    expect(extensionFor(samples, analyze(samples), settings)).toEqual([]);
  });

  it('extensionBelow(samples) steps parallel coarse steps below the smallest lr, never below 1e-10', () => {
    expect(extensionBelow([{ lr: 1e-7, loss: 1 }], resolveSettings({ parallel: 2 }))).toEqual([expect.closeTo(-7.5, 9), expect.closeTo(-8, 9)]);
    expect(extensionBelow([{ lr: 1e-10, loss: 1 }], resolveSettings())).toEqual([]);
  });
});

describe('planNextRound at the edges', () => {
  // [label, range, whether the window lies outside it, so the search must extend]
  const cases: Array<[string, Partial<SearchSettings>, boolean]> = [
    ['endLr 0.4 decade past the minimum', { endLr: 10 ** (truth.maxX + 0.4) }, false],
    ['endLr 0.7 decade below the minimum', { endLr: 10 ** (truth.maxX - 0.7) }, true],
    ['startLr 0.4 decade above the knee', { startLr: 10 ** (truth.minX + 0.4) }, true],
  ];
  for (const [label, range, outside] of cases) {
    it(`planNextRound(samples) finds the window with ${label}`, () => {
      const settings = resolveSettings(range);
      const samples = runPlanner(settings);
      const a = analyze(samples);
      expect(a.reason).toBeNull();
      expect(Math.abs(Math.log10(a.minLr!) - truth.minX)).toBeLessThan(TOLERANCE);
      expect(Math.abs(Math.log10(a.maxLr!) - truth.maxX)).toBeLessThan(TOLERANCE);
      expect(samples.length).toBeLessThanOrEqual(settings.maxTrials);
      // Extended only when the window lies outside the range asked for: a minimum inside it is refined where it is.
      expect(extendedRange(samples, settings) !== null).toBe(outside);
    });
  }

  it('planNextRound(samples) with strictRange keeps today\'s answer: still falling, no extension', () => {
    const settings = resolveSettings({ endLr: 10 ** (truth.maxX - 0.7), strictRange: true });
    const samples = runPlanner(settings);
    expect(analyze(samples).reason?.code).toBe('still-falling');
    expect(extendedRange(samples, settings)).toBeNull();
  });
});

describe('rescueFor', () => {
  // A narrow dip between grid points: plateau at 2, a dip to 1.2 around 10^-2.2 (σ 0.06 decade), NaN from 10^-1.9.
  // The grid point 10^-2 sees only 2 − 0.8·exp(−(0.2/0.06)²/2) ≈ 1.997: no meaningful descent (needed
  // below 2 − 0.02), yet it is the grid's lowest loss and the last finite one before the divergence.
  const dip = (lr: number): number => {
    if (lr === 0) return 2;
    const x = Math.log10(lr);
    if (x > -1.9) return Number.NaN;
    return 2 - 0.8 * Math.exp(-(((x + 2.2) / 0.06) ** 2) / 2);
  };

  it('rescueFor(samples) refines next to the lowest sample when it is the last finite one before a divergence', () => {
    const settings = resolveSettings();
    const samples = planFirstRound(settings).map((lr) => ({ lr, loss: dip(lr) }));
    const analysis = analyze(samples);
    expect(analysis.reason?.code).toBe('no-descent');
    // The lowest sample is 10^-2; its neighbours are the diverged 10^-1.5 (first) and 10^-2.5.
    expect(rescueFor(samples, analysis, settings)).toEqual([expect.closeTo(-1.75, 9), expect.closeTo(-2.25, 9)]);
  });

  it('planNextRound(samples) finds a narrow dip between two grid points that the fit first smoothed away', () => {
    const settings = resolveSettings();
    const samples = runPlanner(settings, dip);
    const a = analyze(samples);
    expect(a.reason).toBeNull();
    // The dip's minimum is at x = -2.2 (the Gaussian's centre).
    expect(Math.log10(a.maxLr!)).toBeCloseTo(-2.2, 1);
  });

  it('planNextRound(samples) spends at most RESCUE_TRIALS refinements and then reports', () => {
    // A flat curve with one low sample between grid points cannot be rescued: the dip is a single point.
    const settings = resolveSettings();
    const spike = (lr: number): number => (lr === 0 ? 2 : Math.abs(Math.log10(lr) + 3) < 1e-6 ? 1.5 : lr > 0.5 ? Number.NaN : 2);
    const samples = runPlanner(settings, spike);
    const offGrid = samples.filter((s) => s.lr > 0 && !isCoarse(Math.log10(s.lr), settings));
    expect(offGrid.length).toBeGreaterThan(0);
    expect(offGrid.length).toBeLessThanOrEqual(RESCUE_TRIALS);
  });

  it('rescueFor(samples) returns nothing when there is a window or nothing disagrees', () => {
    const settings = resolveSettings();
    const samples = runPlanner(settings);
    expect(rescueFor(samples, analyze(samples), settings)).toEqual([]);
    const flat = planFirstRound(settings).map((lr) => ({ lr, loss: 2 }));
    expect(rescueFor(flat, analyze(flat), settings)).toEqual([]);
  });
});

describe('extendedRange', () => {
  it('extendedRange(samples, settings) is null when every lr lies inside the range, ignoring lr = 0', () => {
    expect(extendedRange([{ lr: 0 }, { lr: 1e-7 }, { lr: 10 }], { startLr: 1e-7, endLr: 10 })).toBeNull();
    expect(extendedRange([], { startLr: 1e-7, endLr: 10 })).toBeNull();
  });

  it('extendedRange(samples, settings) spans the range asked for and every sampled lr', () => {
    expect(extendedRange([{ lr: 1e-8 }, { lr: 1 }], { startLr: 1e-7, endLr: 10 })).toEqual({ startLr: 1e-8, endLr: 10 });
    expect(extendedRange([{ lr: 1e-7 }, { lr: 100 }], { startLr: 1e-7, endLr: 10 })).toEqual({ startLr: 1e-7, endLr: 100 });
  });
});
