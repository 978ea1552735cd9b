import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { chooseSmoothing } from '../../src/analysis/gcv.js';
import { chooseWeightedSmoothing } from '../../src/analysis/reweight.js';
import { fitSmoothingSpline, residualVariance } from '../../src/analysis/spline.js';
import type { FittedCurve, Sample } from '../../src/analysis/types.js';
import { curveLoss, frozenNormal, rampNoise, truthOf, type CurveParams } from '../../bench/synthetic/curves.js';
import { log10OrNaN } from './helpers.js';

/** The real MNIST MLP search (20 SGD steps per trial): exact plateau and descent, ±0.05 scatter near the minimum. */
function mnistSamples(): Sample[] {
  const text = readFileSync(new URL('./fixtures/mnist-mlp-samples.csv', import.meta.url), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [lr, loss] = line.split(',');
      return { lr: Number(lr), loss: loss === '' ? Number.NaN : Number(loss) };
    });
}

/** The fitted loss at x, linearly interpolated on the dense grid. */
function fittedAt(fit: FittedCurve, x: number): number {
  let j = 0;
  while (j + 2 < fit.x.length && fit.x[j + 1]! < x) j += 1;
  const t = (x - fit.x[j]!) / (fit.x[j + 1]! - fit.x[j]!);
  return fit.y[j]! + (fit.y[j + 1]! - fit.y[j]!) * t;
}

/** Sign changes of the curvature on the fit grid inside [from, to] (zeros skipped). */
function curvatureSignChanges(fit: FittedCurve, from: number, to: number): { changes: number; largest: number } {
  let changes = 0;
  let previous = 0;
  let largest = 0;
  fit.x.forEach((x, i) => {
    if (x < from || x > to) return;
    const k = fit.curvature[i]!;
    largest = Math.max(largest, Math.abs(k));
    const sign = Math.sign(k);
    if (sign !== 0 && previous !== 0 && sign !== previous) changes += 1;
    if (sign !== 0) previous = sign;
  });
  return { changes, largest };
}

describe('analyze on the real MNIST search (noise growing toward instability)', () => {
  const a = analyze(mnistSamples());

  it('analyze(samples) puts steepest in the descent, not in the noisy bottom', () => {
    expect(a.reason).toBeNull();
    const fit = a.fit!;
    const maxX = log10OrNaN(a.maxLr);
    const steepX = log10OrNaN(a.picks?.steepest);
    const lowest = fittedAt(fit, maxX);
    const drop = a.lossAtZero! - lowest;
    // Around the minimum (lr 0.42–0.6) the samples scatter by ±0.05 about ~0.68, i.e. within ~3 % of
    // the drop (2.35 − 0.68 ≈ 1.67) of L(maxLr); a steepest point there sits a few % above L(maxLr)
    // (the noise-chasing fit: 2 %). The sampled descent is steepest between lr 0.075 and 0.1
    // (1.46 → 1.27: 1.5 per decade), 35–47 % of the drop above L(maxLr). 25 % separates the two.
    expect((fittedAt(fit, steepX) - lowest) / drop).toBeGreaterThan(0.25);
    // The bottom's scatter spans lr 0.42–0.6 (≤ 0.15 decades around the minimum); the sampled slopes
    // are steepest ~0.5 decades left of it. 0.3 decades clears the scatter (the noise-chasing fit: 0.02).
    expect(maxX - steepX).toBeGreaterThan(0.3);
    // The real steepest descent, from the sampled slopes: lr 5e-2 .. 2e-1.
    expect(steepX).toBeGreaterThan(Math.log10(5e-2));
    expect(steepX).toBeLessThan(Math.log10(2e-1));
  });

  it('analyze(samples) gives a curvature between halfLoss and maxLr that does not oscillate', () => {
    const fit = a.fit!;
    const { changes, largest } = curvatureSignChanges(fit, log10OrNaN(a.picks?.halfLoss), log10OrNaN(a.maxLr));
    // A descent into a minimum has one inflection (the steepest point) in [halfLoss, maxLr]; the
    // descent's own tiny noise (~1e-4) may add a negligible pair of flips: at most 3. A fit chasing the
    // scatter at the bottom flips every 0.03 decades (11 times here).
    expect(changes).toBeLessThanOrEqual(3);
    // The sampled slopes on either side of the bottom (−1.5 per decade at lr 0.1, +7 per decade from
    // 0.75 to 1) differ by ~8.5 per decade across ~0.5 decades: |y''| of order 17 at most. Chasing
    // ±0.05 between samples 0.03 decades apart gives |k| in the hundreds (227 here).
    expect(largest).toBeLessThan(20);
  });
});

describe('heteroscedastic smoothing on curves with known answers', () => {
  // An MNIST-like curve: logistic descent of 1.7 centred at lr 0.08 (width 0.4 decades), blow-up past
  // lr 0.6; sampled like a refined search (coarse 0.5-decade grid, 1/32 decade from 1e-2 to past the
  // minimum); noise 0.01 % of the drop on the plateau and descent, +5 % from 0.25 decades before maxLr.
  const curve: CurveParams = {
    l0: 2.3,
    drop: 1.7,
    centre: -1.1,
    width: 0.4,
    shape: 1,
    blowAt: -0.2,
    blowWidth: 0.12,
    blowScale: 0.1,
    divergeFactor: 10,
  };
  const truth = truthOf(curve, -7, 1);
  const sigma = rampNoise(truth.maxX, 1e-4, 0.05, 0.25);
  function samples(seed: number): Sample[] {
    const xs = new Set<number>();
    for (let i = 0; i <= 16; i += 1) xs.add(-7 + 0.5 * i);
    for (let x = -2; x <= truth.maxX + 0.25; x += 1 / 32) xs.add(Math.round(x * 1e9) / 1e9);
    return [
      { lr: 0, loss: curve.l0 },
      ...[...xs].map((x) => ({ lr: 10 ** x, loss: curveLoss(curve, x) + sigma(x) * curve.drop * frozenNormal(seed, 10 ** x) })),
    ];
  }

  it('analyze(samples) finds steepest, halfLoss and maxLr of an MNIST-like curve with noise only near the minimum', () => {
    for (const seed of [1, 2, 3, 4]) {
      const a = analyze(samples(seed));
      expect(a.reason).toBeNull();
      // The descent is nearly exact: steepest (the logistic's centre, x = -1.1) and halfLoss to 0.05 decades.
      expect(Math.abs(log10OrNaN(a.picks?.steepest) - truth.steepestX)).toBeLessThan(0.05);
      expect(Math.abs(log10OrNaN(a.picks?.halfLoss) - truth.halfX)).toBeLessThan(0.05);
      // The minimum lies where σ = 5 % of the drop; the bottom is flat to 1 % of the drop over
      // ±0.15 decades, so 0.15 decades is what the data can pin down.
      expect(Math.abs(log10OrNaN(a.maxLr) - truth.maxX)).toBeLessThan(0.15);
    }
  });

  it('chooseWeightedSmoothing(x, y, counts) measures the noise near the minimum and on the descent apart', () => {
    const prepared = samples(1)
      .filter((s) => s.lr > 0 && Number.isFinite(s.loss) && s.loss < curve.l0)
      .map((s) => ({ x: Math.log10(s.lr), y: s.loss }))
      .sort((p, q) => p.x - q.x);
    const x = prepared.map((p) => p.x);
    const choice = chooseWeightedSmoothing(x, prepared.map((p) => p.y), x.map(() => 1));
    const near = (at: number): number => choice.noise[x.findIndex((v) => v >= at)]!;
    // True σ: 5 % of 1.7 = 0.085 at maxLr, 1.7e-4 on the descent (below the floor, 1e-3 of the range).
    // The local estimate at maxLr is within a factor of 2 of 0.085; on the descent at most the floor
    // plus what leaks from the bottom through the pooled prior: far below the bottom's.
    expect(near(truth.maxX)).toBeGreaterThan(0.085 / 2);
    expect(near(truth.maxX)).toBeLessThan(0.085 * 2);
    expect(near(truth.steepestX)).toBeLessThan(near(truth.maxX) / 3);
  });

  it('chooseWeightedSmoothing(x, y, counts) leaves exact data with equal weights and the unweighted fit', () => {
    const x = Array.from({ length: 41 }, (_, i) => -5 + 0.1 * i);
    const y = x.map((v) => curveLoss(curve, v));
    const counts = x.map(() => 1);
    const weighted = chooseWeightedSmoothing(x, y, counts);
    const plain = chooseSmoothing(x, y, counts);
    expect(weighted.weights).toEqual(counts);
    expect(weighted.spline.g).toEqual(plain.spline.g);
  });
});

describe('residualVariance', () => {
  it('residualVariance(x, w, alpha, counts) equals Σⱼ (I − A)ᵢⱼ² / cⱼ of the explicit hat matrix', () => {
    const x = [0, 0.3, 0.5, 1.1, 1.4, 2, 2.2, 3];
    const w = [1, 2, 0.5, 1, 3, 1, 0.2, 1];
    const counts = [1, 2, 1, 1, 3, 1, 1, 1];
    const alpha = 0.01;
    // Column j of A is the fit to the unit vector eⱼ (the fit is linear in y).
    const columns = x.map((_, j) => fitSmoothingSpline(x, x.map((__, i) => (i === j ? 1 : 0)), w, alpha).spline.g);
    const expected = x.map((_, i) =>
      x.reduce((sum, __, j) => sum + ((i === j ? 1 : 0) - columns[j]![i]!) ** 2 / counts[j]!, 0),
    );
    const got = residualVariance(x, w, alpha, counts);
    got.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 10));
  });
});
