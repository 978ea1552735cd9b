import { describe, expect, it } from 'vitest';
import { chooseSmoothing } from '../../src/analysis/gcv.js';
import { frozenNormal } from '../../bench/synthetic/curves.js';

const xs = Array.from({ length: 41 }, (_, i) => -6 + i * 0.125);
const clean = xs.map((x) => 2 - 1.2 / (1 + Math.exp(-(x + 3) / 0.4)));
const ones = xs.map(() => 1);

describe('chooseSmoothing', () => {
  it('chooseSmoothing(exact data) uses plain GCV and nearly interpolates', () => {
    const choice = chooseSmoothing(xs, clean, ones);
    // Exact data: the plain-GCV residual is far below 0.5 % of the range, so the penalty stays ≈ 1.
    expect(choice.penalty).toBeLessThan(1.05);
    const worst = Math.max(...choice.spline.g.map((g, i) => Math.abs(g - clean[i]!)));
    expect(worst).toBeLessThan(1e-3);
  });

  it('chooseSmoothing(noisy data) smooths harder and estimates the noise', () => {
    // σ = 0.03 is 2.5 % of the 1.2 drop: well past NOISE_SCALE, so the penalty saturates at 1.5.
    const sigma = 0.03;
    const noisy = clean.map((y, i) => y + sigma * frozenNormal(7, xs[i]!));
    const choice = chooseSmoothing(xs, noisy, ones);
    expect(choice.penalty).toBeCloseTo(1.5, 6);
    expect(choice.sigma).toBeGreaterThan(sigma / 2);
    expect(choice.sigma).toBeLessThan(sigma * 2);
    // The smooth fit is closer to the truth than the noisy data are.
    const fitError = Math.sqrt(choice.spline.g.reduce((a, g, i) => a + (g - clean[i]!) ** 2, 0) / xs.length);
    expect(fitError).toBeLessThan(sigma);
  });
});
