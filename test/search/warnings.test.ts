import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Sample } from '../../src/analysis/types.js';
import { planFirstRound, planNextRound } from '../../src/search/planner.js';
import { resolveSettings } from '../../src/search/settings.js';
import { bracketWidth } from '../../src/search/planner.js';
import { imprecisePoints, maxTrialsImprecise, precisionWarnings } from '../../src/search/warnings.js';
import { curveLossAtLr } from '../../bench/synthetic/curves.js';
import { TEST_CURVE } from './curve.js';

const trial = (lr: number): Sample => ({ lr, loss: curveLossAtLr(TEST_CURVE, lr) });

function runPlanner(maxTrials: number): Sample[] {
  const settings = resolveSettings({ maxTrials });
  const samples = planFirstRound(settings).map(trial);
  for (let round = 0; round < 50; round += 1) {
    const next = planNextRound(samples, settings);
    if (next.length === 0) break;
    samples.push(...next.map(trial));
  }
  return samples;
}

describe('bracketWidth', () => {
  it('bracketWidth(sampled, x) is the narrowest gap holding x, Infinity outside the samples', () => {
    expect(bracketWidth([-3, -2.5, -2.4, -2], -2.45)).toBeCloseTo(0.1, 12);
    expect(bracketWidth([-3, -2], -1)).toBe(Number.POSITIVE_INFINITY);
    expect(bracketWidth([], -1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('precisionWarnings', () => {
  it('precisionWarnings(samples) warns when maxTrials cut refinement short, naming the imprecise points', () => {
    // 22 trials: the 18 of round 0 and one refinement round of 4, far from 0.05 decades everywhere.
    const settings = resolveSettings({ maxTrials: 22 });
    const samples = runPlanner(22);
    expect(samples).toHaveLength(22);
    const analysis = analyze(samples);
    const points = imprecisePoints(samples, analysis, settings);
    expect(points.length).toBeGreaterThan(0);
    points.forEach((p) => expect(p.bracket).toBeGreaterThanOrEqual(settings.threshold));
    const warnings = precisionWarnings(samples, analysis, settings);
    expect(warnings).toEqual([{ code: 'max-trials-imprecise', message: maxTrialsImprecise(22, 0.05, points) }]);
    expect(warnings[0]!.message).toContain('maxTrials (22)');
    expect(warnings[0]!.message).toContain(points[0]!.name);
  });

  it('precisionWarnings(samples) is empty when the search finished below maxTrials', () => {
    const settings = resolveSettings();
    const samples = runPlanner(60);
    expect(samples.length).toBeLessThan(60);
    expect(precisionWarnings(samples, analyze(samples), settings)).toEqual([]);
  });
});
