import { describe, expect, it } from 'vitest';
import type { Analysis, FittedCurve } from '../../src/analysis/types.js';
import { curvatureRange, lossRange, lrAxis, placeRules, trialPoints, type PlacedRule } from '../../src/report/chartData.js';
import type { TrialRecord } from '../../src/search/types.js';

const t = (lr: number, loss: number | null, round = 0): TrialRecord => ({ lr, loss, diverged: loss === null, round });
const bare: Analysis = { minLr: null, maxLr: null, picks: null, lossAtZero: 2, reason: null, fit: null, curveModel: null, divergedFrom: null };

describe('lossRange', () => {
  it('lossRange(samples) keeps every loss when nothing explodes', () => {
    const samples = [t(0, 2), t(1e-4, 2), t(1e-3, 1), t(1e-2, 0.5), t(1e-1, 1.5)];
    const range = lossRange(samples, bare);
    expect(range.clippedAt).toBeNull();
    expect(range.domain[0]).toBeLessThan(0.5);
    expect(range.domain[1]).toBeGreaterThan(2);
  });

  it('lossRange(samples) cuts the axis above the plateau when the blow-up dwarfs the descent', () => {
    // Descent: plateau 2 down to 0.5, height 1.5; the blow-up at 100 is 66 times that.
    const samples = [t(0, 2), t(1e-4, 2), t(1e-3, 1), t(1e-2, 0.5), t(1e-1, 100)];
    const range = lossRange(samples, bare);
    // Top = plateau + half the descent (2.75), padded by 10 % of the 0.5..2.75 span: 2.975.
    expect(range.domain[1]).toBeCloseTo(2.975, 9);
    expect(range.clippedAt).toBe(range.domain[1]);
  });

  it('lossRange([]) is [0, 1] without a cut', () => {
    expect(lossRange([], { ...bare, lossAtZero: null })).toEqual({ domain: [0, 1], clippedAt: null });
  });
});

describe('trialPoints', () => {
  it('trialPoints(samples, range) leaves out lr = 0 and puts diverged and off-axis trials on the top edge', () => {
    const samples = [t(0, 2), t(1e-3, 1), t(1e-2, 0.5, 1), t(1e-1, 100), t(1, null)];
    const range = lossRange(samples, bare);
    const points = trialPoints(samples, range);
    expect(points.map((p) => p.kind)).toEqual(['coarse grid', 'refinement', 'above loss axis', 'diverged']);
    expect(points.slice(2).map((p) => p.y)).toEqual([range.domain[1], range.domain[1]]);
    expect(points[2]!.loss).toBe(100);
  });
});

describe('lrAxis', () => {
  it('lrAxis(samples) ticks every power of ten across a wide sweep', () => {
    const axis = lrAxis([t(1e-7, 1), t(10, 1)], null);
    expect(axis.ticks).toEqual([1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10]);
  });

  it('lrAxis(samples) adds 2× and 5× ticks when fewer than four powers of ten fall inside', () => {
    const axis = lrAxis([t(2.5e-4, 1), t(1.3e-2, 1)], null);
    expect(axis.ticks).toEqual([2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2]);
  });
});

describe('curvatureRange', () => {
  const fit = (curvature: number[]): FittedCurve => {
    const x = curvature.map((_, i) => -4 + i * 0.5);
    return { x, y: x.map(() => 1), dy: x.map(() => 0), d2y: curvature, curvature };
  };

  it('curvatureRange(fit, halfLoss) cuts spikes right of halfLoss to the knee region scale', () => {
    // Knee region (x <= -2): k in [-1, 0]; reach 1, margin 0.15: domain [-1.15, 1.15].
    const range = curvatureRange(fit([0, -0.5, -1, -0.2, 0.3, 200, -150]), 1e-2);
    expect(range.domain[0]).toBeCloseTo(-1.15, 9);
    expect(range.domain[1]).toBeCloseTo(1.15, 9);
    expect(range.clippedAt).toBe(range.domain[1]);
  });

  it('curvatureRange(fit, halfLoss) shows the whole curve when it stays on the knee scale', () => {
    const range = curvatureRange(fit([0, -0.5, -1, -0.2, 0.3, 2, 0]), 1e-2);
    expect(range.clippedAt).toBeNull();
    expect(range.domain[1]).toBeGreaterThan(2);
  });
});

describe('placeRules', () => {
  const axis = { domain: [1e-7, 10] as const, ticks: [], format: '.0e' };
  const width = 560;
  const pxPerDecade = width / 8;

  it('placeRules(rules) draws rules at one lr a few pixels apart and puts their labels in different lanes', () => {
    const placed = placeRules([{ lr: 1e-3, label: 'midpoint ★' }, { lr: 1e-3, label: 'steepest' }, { lr: 1e-5, label: 'minLr' }], axis, { width });
    expect(placed.map((p) => p.label)).toEqual(['minLr', 'midpoint ★', 'steepest']);
    const [, a, b] = placed as [PlacedRule, PlacedRule, PlacedRule];
    const gapPx = (Math.log10(b.drawLr) - Math.log10(a.drawLr)) * pxPerDecade;
    expect(gapPx).toBeGreaterThanOrEqual(3);
    // The pair stays centred on the shared lr.
    expect((Math.log10(a.drawLr) + Math.log10(b.drawLr)) / 2).toBeCloseTo(-3, 9);
    expect(new Set(placed.map((p) => p.lane))).toEqual(new Set([0, 1]));
    expect(a.lane).not.toBe(b.lane);
    expect(b.labelY).toBeGreaterThan(a.labelY);
  });

  it('placeRules(rules) keeps far-apart rules where they are, in the first lane', () => {
    const placed = placeRules([{ lr: 1e-6, label: 'minLr' }, { lr: 1e-2, label: 'maxLr' }], axis, { width });
    expect(placed.map((p) => p.drawLr)).toEqual([1e-6, 1e-2].map((lr) => expect.closeTo(lr, 12)));
    expect(placed.map((p) => p.lane)).toEqual([0, 0]);
  });

  it('placeRules(rules) puts a label left of its rule near the right edge', () => {
    const [p] = placeRules([{ lr: 5, label: 'maxLr' }], axis, { width });
    expect(p?.align).toBe('right');
  });

  it('placeRules([]) is empty', () => {
    expect(placeRules([], axis, { width })).toEqual([]);
  });
});
