import { describe, expect, it } from 'vitest';
import { evaluateSpline, fitSmoothingSpline, interpolatingSpline } from '../../src/analysis/spline.js';

const xs = [-6, -5.2, -4.9, -4, -3.1, -2.95, -2, -1.4, -1];
const ys = xs.map((x) => Math.sin(x) + 0.1 * x * x);
const ones = xs.map(() => 1);
const TIGHT = 1e-6;

describe('fitSmoothingSpline', () => {
  it('fitSmoothingSpline(x, y, w, tiny alpha) interpolates and has edf ≈ n', () => {
    const fit = fitSmoothingSpline(xs, ys, ones, 1e-14);
    fit.spline.g.forEach((g, i) => expect(Math.abs(g - ys[i]!)).toBeLessThan(TIGHT));
    expect(fit.edf).toBeCloseTo(xs.length, 4);
  });

  it('fitSmoothingSpline(x, y, w, huge alpha) tends to the least-squares line with edf ≈ 2', () => {
    const fit = fitSmoothingSpline(xs, ys, ones, 1e12);
    // Least-squares line: slope = cov(x, y) / var(x), intercept through the means.
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const slope =
      xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    xs.forEach((x, i) => expect(Math.abs(fit.spline.g[i]! - (my + slope * (x - mx)))).toBeLessThan(1e-4));
    expect(fit.edf).toBeCloseTo(2, 3);
  });

  it('fitSmoothingSpline(x, line) reproduces a straight line for any alpha (it has no curvature to penalise)', () => {
    const line = xs.map((x) => 3 - 0.5 * x);
    for (const alpha of [1e-8, 1e-2, 1e3]) {
      const fit = fitSmoothingSpline(xs, line, ones, alpha);
      fit.spline.g.forEach((g, i) => expect(Math.abs(g - line[i]!)).toBeLessThan(1e-8));
    }
  });

  it('fitSmoothingSpline(x, y, w) pulls the fit towards a heavier point and keeps natural ends', () => {
    // A weight of 100 makes that point's squared residual cost 100× as much, so its residual shrinks.
    const heavy = ones.map((_, i) => (i === 3 ? 100 : 1));
    const light = fitSmoothingSpline(xs, ys, ones, 1e-2);
    const weighted = fitSmoothingSpline(xs, ys, heavy, 1e-2);
    expect(Math.abs(weighted.spline.g[3]! - ys[3]!)).toBeLessThan(Math.abs(light.spline.g[3]! - ys[3]!) / 5);
    expect(weighted.spline.gamma[0]).toBe(0);
    expect(weighted.spline.gamma[xs.length - 1]).toBe(0);
  });
});

describe('evaluateSpline', () => {
  it('evaluateSpline(spline, x) returns derivatives matching central differences of its value', () => {
    const { spline } = fitSmoothingSpline(xs, ys, ones, 1e-4);
    const h = 1e-5;
    for (const x of [-5.5, -4.3, -3, -1.7]) {
      const p = evaluateSpline(spline, x);
      const dy = (evaluateSpline(spline, x + h).y - evaluateSpline(spline, x - h).y) / (2 * h);
      const d2y = (evaluateSpline(spline, x + h).dy - evaluateSpline(spline, x - h).dy) / (2 * h);
      expect(Math.abs(p.dy - dy)).toBeLessThan(1e-6);
      expect(Math.abs(p.d2y - d2y)).toBeLessThan(1e-5);
    }
  });

  it('evaluateSpline(spline, knot) returns the knot value and second derivative', () => {
    const { spline } = fitSmoothingSpline(xs, ys, ones, 1e-3);
    spline.x.forEach((x, i) => {
      const p = evaluateSpline(spline, x);
      expect(p.y).toBeCloseTo(spline.g[i]!, 10);
      expect(p.d2y).toBeCloseTo(spline.gamma[i]!, 8);
    });
  });
});

describe('interpolatingSpline', () => {
  // Uneven knots and a curve with bends of both signs.
  const x = [-3, -2.6, -2.5, -1.7, -1, -0.2, 0.3, 1.1, 1.15, 2];
  const y = x.map((v) => Math.tanh(v) + 0.3 * Math.sin(3 * v));
  const spline = interpolatingSpline(x, y);

  it('interpolatingSpline(x, y) passes through every point and is natural: y″ = 0 at both ends', () => {
    x.forEach((v, i) => expect(evaluateSpline(spline, v).y).toBeCloseTo(y[i]!, 12));
    expect(spline.gamma[0]).toBe(0);
    expect(spline.gamma[x.length - 1]).toBe(0);
  });

  it('interpolatingSpline(x, y) has a continuous slope at every interior knot (the equations it solves)', () => {
    const eps = 1e-9;
    for (let i = 1; i < x.length - 1; i += 1) {
      // Just left of the knot the left piece is evaluated, just right of it the right piece.
      expect(evaluateSpline(spline, x[i]! - eps).dy).toBeCloseTo(evaluateSpline(spline, x[i]! + eps).dy, 6);
    }
  });

  it('interpolatingSpline(x, y) is fitSmoothingSpline as alpha → 0', () => {
    const smoothed = fitSmoothingSpline(x, y, x.map(() => 1), 1e-12).spline;
    spline.gamma.forEach((g, i) => expect(g).toBeCloseTo(smoothed.gamma[i]!, 4));
  });

  it('interpolatingSpline(two points) is the straight line through them', () => {
    const line = interpolatingSpline([0, 2], [1, 5]);
    expect(evaluateSpline(line, 0.5)).toEqual({ y: 2, dy: 2, d2y: 0 });
  });
});
