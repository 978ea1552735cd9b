import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../src/analysis/types.js';
import type { RangeTestResult } from '../../../src/compare/rangetest/types.js';
import { collectPicks } from '../../../src/compare/validate/picks.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from '../../report/synthetic.js';

const trials = syntheticTrials();
const search = sweepResult(trials, syntheticAnalysis(trials));
const cost = { steps: 1000, seconds: 2 };
/** A range test that suggested nothing: only lr-sweep's own picks are under test here. */
const range: RangeTestResult = {
  settings: { startLr: 1e-7, endLr: 10, numIt: 100, beta: 0.98, stopFactor: 4, seed: 0 },
  steps: [],
  stopReason: 'completed',
  suggestions: [],
  elapsedMs: 1,
};

describe('collectPicks', () => {
  it('collectPicks(search) compares every method of a current search, basin included, at the search cost', () => {
    const picks = collectPicks(search, cost, range);
    expect(picks.map((p) => p.method)).toEqual(METHODS);
    expect(picks.map((p) => p.lr)).toEqual(METHODS.map((m) => search.picks?.[m]));
    expect(picks.every((p) => p.cost.kind === 'search' && p.reason === null)).toBe(true);
  });

  it('collectPicks(search) leaves out basin for a results.json written before it, and invents no lr', () => {
    const { basin: _basin, ...paperPicks } = search.picks!;
    const picks = collectPicks({ ...search, picks: paperPicks }, cost, range);
    expect(picks.map((p) => p.method)).toEqual(['midpoint', 'halfLoss', 'steepest']);
  });

  it('collectPicks(search) without a window lists every method with the reason and no lr', () => {
    const picks = collectPicks({ ...search, picks: null, reason: 'no descent' }, cost, range);
    expect(picks.map((p) => [p.method, p.lr, p.reason])).toEqual(METHODS.map((m) => [m, null, 'no descent']));
  });
});
