import { describe, expect, it } from 'vitest';
import { createLossSmoother, smoothLosses } from '../../../src/compare/baselines/smooth.js';

const TOL = 1e-12;

describe('smoothLosses', () => {
  it('smoothLosses(losses) returns a constant series unchanged (the bias correction removes the zero start)', () => {
    // avg_t = c (1 - beta^t), so avg_t / (1 - beta^t) = c at every step.
    for (const v of smoothLosses([2.5, 2.5, 2.5, 2.5])) expect(v).toBeCloseTo(2.5, 12);
  });

  it('smoothLosses(losses) is the beta-weighted mean of the losses so far', () => {
    // Step 2: (0.98 * 1 + 3) / (1 + 0.98) = 3.98 / 1.98.
    const [first, second] = smoothLosses([1, 3]);
    expect(first).toBeCloseTo(1, 12);
    expect(Math.abs((second as number) - 3.98 / 1.98)).toBeLessThan(TOL);
  });

  it('smoothLosses(losses) keeps NaN from the first NaN on, as fastai does', () => {
    const out = smoothLosses([1, Number.NaN, 1]);
    expect(out[0]).toBe(1);
    expect(Number.isNaN(out[1])).toBe(true);
    expect(Number.isNaN(out[2])).toBe(true);
  });
});

describe('createLossSmoother', () => {
  it('createLossSmoother() stops once the smoothed loss exceeds 4x its best, not before', () => {
    // beta = 0 turns smoothing off, so smoothed = raw: best 1, then 3.9 <= 4 keeps going, 4.1 > 4 stops.
    const smoother = createLossSmoother({ beta: 0 });
    expect([2, 1, 3.9, 4.1].map((l) => smoother.add(l).stop)).toEqual([false, false, false, true]);
  });

  it('createLossSmoother() stops on a non-finite loss', () => {
    const smoother = createLossSmoother();
    expect(smoother.add(1).stop).toBe(false);
    expect(smoother.add(Number.POSITIVE_INFINITY).stop).toBe(true);
  });

  it('createLossSmoother() uses the default factor 4 with beta 0.98', () => {
    // After three 1s a 100 gives (0.98^3 + 0.98^2 + 0.98 + 100) / (1 + 0.98 + 0.98^2 + 0.98^3) = 26.5 > 4.
    const smoother = createLossSmoother();
    [1, 1, 1].forEach((l) => smoother.add(l));
    const step = smoother.add(100);
    expect(step.smoothed).toBeCloseTo((0.98 ** 3 + 0.98 ** 2 + 0.98 + 100) / (1 + 0.98 + 0.98 ** 2 + 0.98 ** 3), 10);
    expect(step.stop).toBe(true);
  });
});
