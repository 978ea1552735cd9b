import { describe, expect, it } from 'vitest';
import { analyze, smoothFit } from '../../src/analysis/analyze.js';
import { argMin } from '../../src/analysis/extrema.js';
import { centralDifferences } from '../../src/analysis/leastSquares.js';
import { fitShape, shapeLoss, shapeLossAndGradient, SHAPE_MIN_POINTS, type ShapeInput } from '../../src/analysis/shape.js';
import { curveLoss, truthOf, type CurveParams } from '../../bench/synthetic/curves.js';
import type { Sample } from '../../src/analysis/types.js';
import { sampleCurve, withFrozenNoise } from './helpers.js';

// A random curve of bench:accuracy (seed 7, curve 10), rounded: a gentle knee at 10^-3.58.
const CURVE: CurveParams = { l0: 2.45, drop: 1.58, centre: -2.73, width: 0.49, shape: 1.08, blowAt: -0.46, blowWidth: 0.21, blowScale: 0.18, divergeFactor: 10 };
const truth = truthOf(CURVE, -10, 3);
// Outside the model: two reflected-Gompertz stages 1.2 decades apart, a blow-up rising as the square of the distance past 10^-2.7.
const TWO_STAGES: CurveParams = {
  l0: 2,
  drop: 1.4,
  centre: -4.5,
  width: 0.3,
  shape: 1,
  blowAt: -2.7,
  blowWidth: 0.5,
  blowScale: 0.6,
  divergeFactor: 10,
  stages: [
    { fraction: 0.5, offset: 0 },
    { fraction: 0.5, offset: 1.2 },
  ],
  blowPower: 2,
};

/** θ of the shape model for a curve of the benchmark's own family. */
function thetaOf(p: CurveParams): number[] {
  return [p.l0, p.drop, p.centre, Math.log(p.width), Math.log(p.shape), Math.log(p.blowScale) - (p.blowAt - p.centre) / p.blowWidth, Math.log(p.blowWidth)];
}

/** What analyze hands fitShape, for samples without divergences. */
function shapeInput(samples: readonly Sample[]): ShapeInput {
  const smooth = smoothFit(samples);
  const spline = analyze(samples, { shapeModel: false });
  return {
    x: smooth.spline.x,
    y: smooth.kneeData.y,
    weights: smooth.kneeData.weights,
    fitted: smooth.spline.g,
    edf: smooth.edf,
    lossAtZero: spline.lossAtZero!,
    minX: Math.log10(spline.minLr!),
    halfX: Math.log10(spline.picks!.halfLoss),
    maxX: Math.log10(spline.maxLr!),
    lowest: Math.min(...smooth.curve.y),
  };
}

const log10Error = (got: number, want: number) => Math.abs(Math.log10(got) - want);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('shapeLoss', () => {
  it('shapeLoss(θ of a benchmark curve, x) is the benchmark curve: plateau, Richards descent, exponential blow-up', () => {
    for (const x of [-8, -4, -3, -2.73, -1.5, -0.6]) expect(shapeLoss(thetaOf(CURVE), x)).toBeCloseTo(curveLoss(CURVE, x), 12);
  });

  it('shapeLossAndGradient(θ, x) is shapeLoss and its central-difference gradient, on the plateau, the descent, the floor and the blow-up', () => {
    const theta = thetaOf(CURVE);
    for (const x of [-7, -3.6, -2.7, -1.5, -0.5]) {
      const { loss, gradient } = shapeLossAndGradient(theta, x);
      expect(loss).toBe(shapeLoss(theta, x));
      const numeric = centralDifferences((t) => [shapeLoss(t, x)], theta).map((column) => column[0]!);
      gradient.forEach((g, j) => expect(g).toBeCloseTo(numeric[j]!, 6));
    }
  });

  it('shapeLossAndGradient far left, where the descent underflows to 0, has finite derivatives (0 for the descent\'s)', () => {
    const { gradient } = shapeLossAndGradient(thetaOf(CURVE), -1e4);
    expect(gradient.every(Number.isFinite)).toBe(true);
    expect(gradient.slice(1, 5).map((g) => g + 0)).toEqual([0, 0, 0, 0]);
  });

  it('shapeLoss stays finite and tends to the Gompertz curve as the shape ν → 0', () => {
    const gompertz = { ...CURVE, shape: 1e-12 };
    const x = -3;
    const expected = CURVE.l0 - CURVE.drop * Math.exp(-Math.exp(-(x - CURVE.centre) / CURVE.width)) + CURVE.blowScale * Math.exp((x - CURVE.blowAt) / CURVE.blowWidth);
    expect(shapeLoss(thetaOf(gompertz), x)).toBeCloseTo(expected, 9);
  });
});

describe('fitShape', () => {
  it('fitShape(exact trials of a curve the model describes) recovers that curve', () => {
    const fit = fitShape(shapeInput(sampleCurve((x) => curveLoss(CURVE, x), -6, 0, 0.25, CURVE.l0)));
    expect(fit).not.toBeNull();
    for (let x = -6; x <= -0.5; x += 0.1) expect(Math.abs(shapeLoss(fit!.theta, x) - curveLoss(CURVE, x))).toBeLessThan(1e-4);
  });

  it('fitShape(exact trials of a two-stage descent with a power blow-up) is null: it fits the model worse than the spline, beyond the noise', () => {
    expect(fitShape(shapeInput(sampleCurve((x) => curveLoss(TWO_STAGES, x), -7, 0, 0.1, TWO_STAGES.l0)))).toBeNull();
  });

  it(`fitShape(fewer than ${SHAPE_MIN_POINTS} points) is null: 7 parameters need more`, () => {
    const input = shapeInput(sampleCurve((x) => curveLoss(CURVE, x), -6, 0, 0.25, CURVE.l0));
    const last = (count: number): ShapeInput => {
      const tail = <T>(values: readonly T[]) => values.slice(-count);
      return { ...input, x: tail(input.x), y: tail(input.y), weights: tail(input.weights), fitted: tail(input.fitted) };
    };
    expect(fitShape(last(SHAPE_MIN_POINTS))).not.toBeNull();
    expect(fitShape(last(SHAPE_MIN_POINTS - 1))).toBeNull();
  });
});

describe('analyze with the shape model', () => {
  it('analyze(exact trials 0.25 decade apart) reads the window off the shape model: every point within 0.001 decade', () => {
    const coarse = sampleCurve((x) => curveLoss(CURVE, x), -6, 0, 0.25, CURVE.l0);
    const analysis = analyze(coarse);
    expect(log10Error(analysis.minLr!, truth.minX)).toBeLessThan(1e-3);
    expect(log10Error(analysis.maxLr!, truth.maxX)).toBeLessThan(1e-3);
    expect(log10Error(analysis.picks!.halfLoss, truth.halfX)).toBeLessThan(1e-3);
    expect(log10Error(analysis.picks!.steepest, truth.steepestX)).toBeLessThan(1e-3);
    // The spline alone reads the same trials 0.002-0.009 decade off.
    expect(log10Error(analyze(coarse, { shapeModel: false }).maxLr!, truth.maxX)).toBeGreaterThan(3e-3);
  });

  it('analyze(noisy trials 0.1 decade apart) reads the midpoint closer with the shape model than with the spline alone (10 noise draws, 2 % of the drop)', () => {
    const grid = sampleCurve((x) => curveLoss(CURVE, x), -6, 0, 0.1, CURVE.l0);
    const withShape: number[] = [];
    const splineOnly: number[] = [];
    for (let seed = 1; seed <= 10; seed += 1) {
      const noisy = withFrozenNoise(grid, 0.02 * CURVE.drop, seed);
      withShape.push(log10Error(analyze(noisy).picks!.midpoint, truth.midX));
      splineOnly.push(log10Error(analyze(noisy, { shapeModel: false }).picks!.midpoint, truth.midX));
    }
    expect(median(withShape)).toBeLessThan(0.05);
    expect(median(withShape)).toBeLessThan(median(splineOnly) / 2);
  });

  it("analyze(a curve outside the model) is the spline's analysis, unchanged, and says so: curveModel 'spline'", () => {
    const samples = sampleCurve((x) => curveLoss(TWO_STAGES, x), -7, 0, 0.1, TWO_STAGES.l0);
    expect(analyze(samples)).toEqual(analyze(samples, { shapeModel: false }));
    expect(analyze(samples).curveModel).toBe('spline');
  });

  it("analyze(...).curveModel is 'shape' when the window was read off the model, 'spline' with shapeModel: false or no window, null with no fit", () => {
    const grid = sampleCurve((x) => curveLoss(CURVE, x), -6, 0, 0.1, CURVE.l0);
    expect(analyze(grid).curveModel).toBe('shape');
    expect(analyze(grid, { shapeModel: false }).curveModel).toBe('spline');
    // The range ends on the descent: still falling, no window, the spline's fit shown.
    const falling = analyze(sampleCurve((x) => curveLoss(CURVE, x), -6, -2.5, 0.1, CURVE.l0));
    expect(falling.reason?.code).toBe('still-falling');
    expect(falling.curveModel).toBe('spline');
    expect(analyze([{ lr: 0, loss: 2 }, { lr: 1e-3, loss: Number.NaN }]).curveModel).toBeNull();
  });

  it('analyze(...).fit is the shape model\'s curve when read off it: minLr is its lowest curvature left of halfLoss, maxLr its minimum', () => {
    const analysis = analyze(withFrozenNoise(sampleCurve((x) => curveLoss(CURVE, x), -6, 0, 0.1, CURVE.l0), 0.02 * CURVE.drop, 3));
    const fit = analysis.fit!;
    const upTo = fit.x.findIndex((x) => x > Math.log10(analysis.picks!.halfLoss));
    expect(Math.abs(fit.x[argMin(fit.curvature, 0, upTo - 1)]! - Math.log10(analysis.minLr!))).toBeLessThan(0.01);
    expect(Math.abs(fit.x[argMin(fit.y)]! - Math.log10(analysis.maxLr!))).toBeLessThan(0.01);
    // Not the spline's loss fit.
    expect(fit.y).not.toEqual(analyze(withFrozenNoise(sampleCurve((x) => curveLoss(CURVE, x), -6, 0, 0.1, CURVE.l0), 0.02 * CURVE.drop, 3), { shapeModel: false }).fit!.y);
  });
});
