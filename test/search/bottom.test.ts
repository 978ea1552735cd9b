import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWithFit } from '../../src/analysis/analyze.js';
import type { Sample } from '../../src/analysis/types.js';
import { bottomFor } from '../../src/search/edges.js';
import { planFirstRound, planNextRound } from '../../src/search/planner.js';
import { resolveSettings } from '../../src/search/settings.js';
import { curveLossAtLr } from '../../bench/synthetic/curves.js';
import { TEST_CURVE } from './curve.js';

// Real trials of the mnist-mlp fixture: the loss bottoms out at 10^-0.25 (0.641) and jumps to 1.94 one coarse
// step later, a corner the spline cannot bend into, so it passed 0.25 above the lowest sample.
const recorded = JSON.parse(readFileSync(new URL('./mnist-mlp-bottom.json', import.meta.url), 'utf8')) as { samples: Array<[number, number | null]> };
const real: Sample[] = recorded.samples.map(([lr, loss]) => ({ lr, loss: loss ?? Number.NaN }));
const settings = resolveSettings();

describe('bottomFor', () => {
  it('bottomFor(samples, fit) splits the gap towards the blow-up when the fit passes well above the lowest sample', () => {
    const { analysis, smooth } = analyzeWithFit(real);
    expect(analysis.picks).not.toBeNull();
    // The gap 10^-0.25 .. 10^0 (0.25 decade) in thirds: two trials in one round.
    const thirds = [expect.closeTo(-0.25 + 0.25 / 3, 9), expect.closeTo(-0.25 + 0.5 / 3, 9)];
    expect(bottomFor(real, smooth!, settings)).toEqual(thirds);
    // The planner asks for them, after the points of interest still open.
    expect(planNextRound(real, settings).map((lr) => Math.log10(lr)).slice(-2)).toEqual(thirds);
  });

  it('bottomFor(samples, fit) asks for nothing when the fit follows the lowest sample', () => {
    const trial = (lr: number): Sample => ({ lr, loss: curveLossAtLr(TEST_CURVE, lr) });
    const samples = planFirstRound(settings).map(trial);
    for (let round = 0; round < 50; round += 1) {
      const next = planNextRound(samples, settings);
      if (next.length === 0) break;
      samples.push(...next.map(trial));
    }
    const { smooth } = analyzeWithFit(samples);
    expect(bottomFor(samples, smooth!, settings)).toEqual([]);
  });

  it('bottomFor(samples, fit) spends at most 8 trials above the lowest sample, then stops', () => {
    const { smooth } = analyzeWithFit(real);
    // Off-grid trials 0.05 apart from 10^-0.17 up, all within one coarse step above the lowest (10^-0.25);
    // the recorded search already has one there (the diverged 10^0.25), so 6 more leave room for one, 7 for none.
    const above = (n: number): Sample[] => Array.from({ length: n }, (_, i) => ({ lr: 10 ** (-0.17 + 0.05 * i), loss: 1 }));
    expect(bottomFor([...real, ...above(6)], smooth!, settings)).toEqual([expect.closeTo(-0.21, 9)]);
    expect(bottomFor([...real, ...above(7)], smooth!, settings)).toEqual([]);
    // A gap above the lowest sample narrower than the threshold: nothing to split.
    expect(bottomFor([...real, { lr: 10 ** -0.21, loss: 1 }], smooth!, settings)).toEqual([]);
  });
});
