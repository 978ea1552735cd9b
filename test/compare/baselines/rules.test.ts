import { describe, expect, it } from 'vitest';
import { fastaiCurve, lossAt, type Curve } from '../../../src/compare/baselines/curve.js';
import { lightningSteepest } from '../../../src/compare/baselines/lightning.js';
import { lowestLossAfterReset } from '../../../src/compare/baselines/lowestLoss.js';
import { fastaiMinimum } from '../../../src/compare/baselines/minimum.js';
import { fastaiSlide } from '../../../src/compare/baselines/slide.js';
import { fastaiSteep } from '../../../src/compare/baselines/steep.js';
import type { RangeStep } from '../../../src/compare/baselines/types.js';
import { fastaiValley } from '../../../src/compare/baselines/valley.js';

/** lr = 10^(first + i) for each loss: one point per decade keeps the expected picks readable. */
function decades(losses: number[], first = -6): Curve {
  return { lrs: losses.map((_, i) => 10 ** (first + i)), losses };
}

function steps(smoothed: number[], lrOf: (i: number) => number): RangeStep[] {
  return smoothed.map((s, i) => ({ lr: lrOf(i), loss: s, smoothed: s }));
}

describe('fastaiCurve', () => {
  it('fastaiCurve(steps) skips the first num_it/10 and the last 5 points', () => {
    const s = steps(Array.from({ length: 100 }, () => 1), (i) => i + 1);
    const c = fastaiCurve(s, { numIt: 100 });
    // [10:-5] of 100 points: indices 10..94, lr = index + 1.
    expect(c.lrs.length).toBe(85);
    expect(c.lrs[0]).toBe(11);
    expect(c.lrs[84]).toBe(95);
  });

  it('fastaiCurve(steps) cuts the curve before the first NaN', () => {
    const smoothed = Array.from({ length: 100 }, (_, i) => (i >= 50 ? Number.NaN : 1));
    const c = fastaiCurve(steps(smoothed, (i) => i + 1), { numIt: 100 });
    // Indices 10..49 survive.
    expect(c.lrs.length).toBe(40);
    expect(c.lrs.at(-1)).toBe(50);
  });

  it('fastaiCurve(steps) returns an empty curve when the run is shorter than the skips', () => {
    expect(fastaiCurve(steps([1, 1, 1], (i) => i + 1), { numIt: 100 }).lrs).toEqual([]);
  });
});

describe('lossAt', () => {
  it('lossAt(curve, lr) interpolates in log lr and clamps at the ends', () => {
    const c = decades([4, 2]);
    // Half a decade between 1e-6 (loss 4) and 1e-5 (loss 2): 3.
    expect(Math.abs(lossAt(c, 10 ** -5.5) - 3)).toBeLessThan(1e-9);
    expect(lossAt(c, 1e-9)).toBe(4);
    expect(lossAt(c, 1)).toBe(2);
  });
});

describe('fastaiMinimum', () => {
  it('fastaiMinimum(curve) is a tenth of the lr at the lowest loss', () => {
    // Lowest loss 1 at index 2; a tenth of its lr.
    const c = decades([3, 2, 1, 2, 5]);
    expect(fastaiMinimum(c)?.lr).toBe((c.lrs[2] as number) / 10);
  });

  it('fastaiMinimum(curve) returns null for an empty curve', () => {
    expect(fastaiMinimum({ lrs: [], losses: [] })).toBeNull();
  });
});

describe('fastaiSteep', () => {
  it('fastaiSteep(curve) picks the left end of the most negative forward difference in ln lr', () => {
    // Differences per ln 10: -0.1, -1.9, -0.2, +1.2; the steepest starts at index 1, lr 1e-5.
    const c = decades([3, 2.9, 1, 0.8, 2]);
    const s = fastaiSteep(c);
    expect(s?.lr).toBe(c.lrs[1]);
    expect(s?.loss).toBe(2.9);
  });

  it('fastaiSteep(curve) returns null with fewer than two points', () => {
    expect(fastaiSteep(decades([1]))).toBeNull();
  });
});

describe('fastaiValley', () => {
  it('fastaiValley(curve) uses the longest decreasing subsequence, not the longest run', () => {
    // Longest strictly decreasing subsequence: 5, 4, 3, 2, 1 ending at index 5 (length 5), though 6 breaks
    // the run. start = 5 - 5 = 0, sections = 5/3, idx = 0 + 1 + 0 = 1.
    const c = decades([5, 4, 6, 3, 2, 1, 7]);
    expect(fastaiValley(c)?.lr).toBe(c.lrs[1]);
  });

  it('fastaiValley(curve) reproduces fastai\'s index arithmetic on a contiguous descent', () => {
    // 10 strictly falling points: end 9, length 10, start = -1, sections = 10/3, idx = -1 + 3 + 1 = 3.
    const c = decades(Array.from({ length: 10 }, (_, i) => 10 - i));
    expect(fastaiValley(c)?.lr).toBe(c.lrs[3]);
  });

  it('fastaiValley(curve) clamps the index at 0 where fastai would wrap to the last point', () => {
    // Two falling points: start = -1, sections = 2/3, idx = -1 -> clamped to 0.
    const c = decades([2, 1]);
    expect(fastaiValley(c)?.lr).toBe(c.lrs[0]);
  });
});

describe('fastaiSlide', () => {
  it('fastaiSlide(curve) slides left until the end gradients agree and returns the last disagreeing left end', () => {
    // np.gradient of [4,4,4,4,4,6,9] = [0,0,0,0,1,2.5,3]. Window width 2:
    // (6,4): |3-0| > t, record lr[4]; (5,3): |2.5-0| > t, record lr[3]; (4,2): |1-0| > t, record lr[2];
    // (3,1): |0-0| <= t, stop. Pick lr[2].
    const c = decades([4, 4, 4, 4, 4, 6, 9]);
    expect(fastaiSlide(c, { lrDiff: 2 })?.lr).toBe(c.lrs[2]);
  });

  it('fastaiSlide(curve) returns the first window\'s left end when the gradients agree at once', () => {
    // Flat end: gradients at indices 6 and 4 are both 0. Pick lr[4].
    const c = decades([9, 7, 5, 4, 4, 4, 4]);
    expect(fastaiSlide(c, { lrDiff: 2 })?.lr).toBe(c.lrs[4]);
  });

  it('fastaiSlide(curve) returns the first lr when the window runs off the left end', () => {
    // Gradients of a parabola-like rise never agree 2 points apart: [1,2,4,7,11] -> [1,1.5,2.5,3.5,4].
    const c = decades([1, 2, 4, 7, 11]);
    expect(fastaiSlide(c, { lrDiff: 2 })?.lr).toBe(c.lrs[0]);
  });

  it('fastaiSlide(curve) applies adjustValue and uses fastai defaults (15 points, 0.005)', () => {
    // 40 points falling until index 9, flat after: np.gradient is 0 from index 10 on, so the first
    // window (39, 24) already agrees -> lr[24], times 0.5.
    const c = decades(Array.from({ length: 40 }, (_, i) => Math.max(1, 10 - i)), -30);
    expect(fastaiSlide(c, { adjustValue: 0.5 })?.lr).toBe(0.5 * (c.lrs[24] as number));
  });

  it('fastaiSlide(curve) returns null with fewer than lrDiff + 1 points', () => {
    expect(fastaiSlide(decades(Array.from({ length: 15 }, () => 1)))).toBeNull();
  });
});

describe('lightningSteepest', () => {
  const lrOf = (i: number): number => 10 ** (-7 + i / 4);

  it('lightningSteepest(steps) skips the first 10 and the last point and takes central differences in ln lr', () => {
    // A steep drop at index 3 and a jump at the last index are skipped. Inside (uniform h in ln lr):
    // index 13: (0.5 - 1) / 2h = -0.25/h; index 14: (0.3 - 0.9) / 2h = -0.3/h (the steepest);
    // index 15: (0.35 - 0.5) / 2h = -0.075/h.
    const smoothed = [5, 5, 5, 0.1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 0.5, 0.3, 0.35, 0.3, 0.3, 0.01];
    const s = lightningSteepest(steps(smoothed, lrOf));
    expect(s?.lr).toBe(lrOf(14));
  });

  it('lightningSteepest(steps) leaves out non-finite losses and needs two points', () => {
    const smoothed = [...Array.from({ length: 11 }, () => 1), Number.NaN, 1];
    expect(lightningSteepest(steps(smoothed, lrOf))).toBeNull();
  });
});

describe('lowestLossAfterReset', () => {
  const samples = [
    { lr: 0, loss: 0.1, diverged: false },
    { lr: 1e-3, loss: 1.2, diverged: false },
    { lr: 1e-2, loss: 0.5, diverged: false },
    { lr: 1e-1, loss: null, diverged: true },
  ];

  it('lowestLossAfterReset(result) is maxLr, the fitted minimum, when there is one', () => {
    expect(lowestLossAfterReset({ maxLr: 2e-2, samples })?.lr).toBe(2e-2);
  });

  it('lowestLossAfterReset(result) falls back to the lowest finite trial above lr = 0', () => {
    // lr = 0 (loss 0.1) is the untrained model, not a candidate; the diverged trial has no loss.
    expect(lowestLossAfterReset({ maxLr: null, samples })?.lr).toBe(1e-2);
  });

  it('lowestLossAfterReset(result) returns null without a finite trial', () => {
    expect(lowestLossAfterReset({ maxLr: null, samples: [samples[3] as (typeof samples)[number]] })).toBeNull();
  });
});
