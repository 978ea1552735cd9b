import { describe, expect, it } from 'vitest';
import * as messages from '../../../src/compare/baselines/messages.js';
import { smoothLosses } from '../../../src/compare/baselines/smooth.js';
import { BASELINE_LABELS, suggestBaselines } from '../../../src/compare/baselines/suggest.js';
import { BASELINE_METHODS, type RangeStep } from '../../../src/compare/baselines/types.js';

/** A range test's loss: flat at 2.3, falls between lr 1e-4 and 1e-2, blows up above 1e-1. */
function rangeTest(numIt: number): RangeStep[] {
  const lrs = Array.from({ length: numIt }, (_, i) => 1e-7 * 1e8 ** (i / numIt));
  const raw = lrs.map((lr) => {
    const x = Math.log10(lr);
    if (x > -0.5) return Number.NaN;
    const fall = 2.3 - 2 / (1 + Math.exp(-3 * (x + 3)));
    return x > -1.5 ? fall + 5 * (x + 1.5) ** 2 : fall;
  });
  const smoothed = smoothLosses(raw);
  return lrs.map((lr, i) => ({ lr, loss: raw[i] as number, smoothed: smoothed[i] as number }));
}

describe('suggestBaselines', () => {
  it('suggestBaselines(steps) answers every rule in BASELINE_METHODS order on a full curve', () => {
    const out = suggestBaselines(rangeTest(100), {
      numIt: 100,
      search: { maxLr: 3e-2, samples: [{ lr: 3e-2, loss: 0.3, diverged: false }] },
    });
    expect(out.map((r) => r.method)).toEqual(BASELINE_METHODS);
    for (const r of out) {
      expect(r.reason).toBeNull();
      // Every rule picks inside the tested range, left of the blow-up at 10^-0.5.
      expect(Math.log10(r.lr as number)).toBeGreaterThan(-8);
      expect(Math.log10(r.lr as number)).toBeLessThan(-0.5);
    }
  });

  it('suggestBaselines(steps) gives reasons instead of numbers on a run too short for the rules', () => {
    const out = suggestBaselines(rangeTest(100).slice(0, 12), { numIt: 100 });
    // [10:-5] of 12 points is empty; Lightning keeps [10:-1] = 1 point.
    const byMethod = new Map(out.map((r) => [r.method, r]));
    expect(byMethod.get('fastaiMinimum')?.reason).toBe(messages.tooFewPoints(BASELINE_LABELS.fastaiMinimum, 1, 0));
    expect(byMethod.get('fastaiSlide')?.reason).toBe(messages.tooFewPoints(BASELINE_LABELS.fastaiSlide, 16, 0));
    expect(byMethod.get('lightningSteepest')?.reason).toBe(messages.tooFewPoints(BASELINE_LABELS.lightningSteepest, 2, 1));
    expect(byMethod.get('lowestLoss')?.reason).toBe(messages.noSearchCurve('pass the results.json of lr-sweep search'));
    expect(out.every((r) => r.lr === null)).toBe(true);
  });
});
