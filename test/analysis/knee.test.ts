import { describe, expect, it } from 'vitest';
import { analyze, analyzeWithFit, smoothFit } from '../../src/analysis/analyze.js';
import { argMin } from '../../src/analysis/extrema.js';
import { KNEE_SIGNIFICANCE, kneeFit } from '../../src/analysis/knee.js';
import { fitSmoothingSpline, secondDerivativeVariances } from '../../src/analysis/spline.js';
import { curveLoss, truthOf, type CurveParams } from '../../bench/synthetic/curves.js';
import { sampleCurve, withFrozenNoise } from './helpers.js';

describe('secondDerivativeVariances', () => {
  it('secondDerivativeVariances(x, w, alpha, v) is Σⱼ (∂γᵢ/∂yⱼ)² vⱼ, the fit being linear in y', () => {
    const x = [-6, -5.2, -4.9, -4, -3.1, -2.95, -2, -1.4, -1];
    const w = [1, 0.5, 2, 1, 1, 0.25, 1, 3, 1];
    const v = [0.1, 0.2, 0.05, 0.3, 0.1, 0.1, 0.4, 0.02, 0.1];
    const alpha = 1e-3;
    // Column j of ∂γ/∂y is the second derivative fitted to the unit vector e_j.
    const columns = x.map((_, j) => fitSmoothingSpline(x, x.map((__, i) => (i === j ? 1 : 0)), w, alpha).spline.gamma);
    const expected = x.map((_, i) => columns.reduce((sum, column, j) => sum + column[i]! ** 2 * v[j]!, 0));
    const got = secondDerivativeVariances(x, w, alpha, v);
    expect(got[0]).toBe(0);
    expect(got[x.length - 1]).toBe(0);
    got.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 10));
  });
});

// A random curve of bench:accuracy (seed 7, curve 10), rounded: a gentle knee at 10^-3.58.
const CURVE: CurveParams = { l0: 2.45, drop: 1.58, centre: -2.73, width: 0.49, shape: 1.08, blowAt: -0.46, blowWidth: 0.21, blowScale: 0.18, divergeFactor: 10 };
const truth = truthOf(CURVE, -10, 3);
// A grid run by hand: every 0.05 decade over 1e-8..1, 161 trials.
const exact = sampleCurve((x) => curveLoss(CURVE, x), -8, 0, 0.05, CURVE.l0);

/**
 * minLr, and the loss fit's own curvature minimum left of halfLoss (where the knee was read before `kneeFit`), in log10.
 * The spline's window: with the shape model (which fits these curves) the knee is not read off a spline at all.
 */
function knees(samples: typeof exact): { minX: number; lossFitX: number; steepestX: number } {
  const { analysis, smooth } = analyzeWithFit(samples, { shapeModel: false });
  const halfLoss = Math.log10(analysis.picks!.halfLoss);
  const upTo = smooth!.curve.x.findIndex((x) => x > halfLoss);
  return {
    minX: Math.log10(analysis.minLr!),
    lossFitX: smooth!.curve.x[argMin(smooth!.curve.curvature, 0, upTo - 1)]!,
    steepestX: Math.log10(analysis.picks!.steepest),
  };
}

describe('kneeFit', () => {
  it('kneeFit(exact trials) is the loss fit itself: noise-free knees do not move', () => {
    const fit = smoothFit(exact);
    const knee = kneeFit(fit.kneeData, fit, truth.halfX);
    expect(knee.factor).toBe(1);
    expect(knee.spline).toBe(fit.spline);
    expect(Math.abs(Math.log10(analyze(exact).minLr!) - truth.minX)).toBeLessThan(0.01);
  });

  it(`kneeFit(a dense noisy grid) smooths until the knee is ${KNEE_SIGNIFICANCE} standard errors deep: minLr and steepest stay near the truth`, () => {
    // 2 % noise on 161 trials, 10 noise draws: the loss fit follows the noise, and its own curvature
    // minimum is often a plateau wiggle decades early (4.2 decades on draw 4).
    const early: number[] = [];
    const errors: number[] = [];
    const steepest: number[] = [];
    for (let seed = 1; seed <= 10; seed += 1) {
      const { minX, lossFitX, steepestX } = knees(withFrozenNoise(exact, 0.02 * CURVE.drop, seed));
      early.push(truth.minX - lossFitX);
      errors.push(Math.abs(minX - truth.minX));
      steepest.push(Math.abs(steepestX - truth.steepestX));
    }
    expect(early.filter((e) => e > 1).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...errors)).toBeLessThan(0.5);
    expect(errors.sort((a, b) => a - b)[5]!).toBeLessThan(0.3);
    // Steepest is read from the same fit: on the loss fit's slope it was 0.15 decade off on draw 4.
    expect(Math.max(...steepest)).toBeLessThan(0.1);
  });

  it('analyze(a dense noisy grid).fit shows the curvature minLr was read from: its lowest k left of halfLoss is minLr', () => {
    // The curvature chart promises this; on the loss fit's own curvature the lowest k was a plateau wiggle 4 decades early.
    const analysis = analyze(withFrozenNoise(exact, 0.02 * CURVE.drop, 4), { shapeModel: false });
    const fit = analysis.fit!;
    const upTo = fit.x.findIndex((x) => x > Math.log10(analysis.picks!.halfLoss));
    expect(Math.abs(fit.x[argMin(fit.curvature, 0, upTo - 1)]! - Math.log10(analysis.minLr!))).toBeLessThan(0.01);
    // The loss itself stays the loss fit's.
    expect(fit.y).toEqual(smoothFit(withFrozenNoise(exact, 0.02 * CURVE.drop, 4)).curve.y);
  });
});
