import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Sample } from '../../src/analysis/types.js';
import { planNextRound } from '../../src/search/planner.js';
import { resolveSettings } from '../../src/search/settings.js';
import { readCache } from '../../bench/quality/collect.js';
import { accuracyAt, bestAccuracy } from '../../bench/quality/score.js';

// Real 20-step trials of a small PyTorch CNN on sklearn digits with plain SGD (bench:quality's digits-cnn-sgd,
// recorded by `npm run bench:quality -- --refresh-search`; `npm run bench:narrow-dip` runs it live): its curve is
// a dip about 0.3 decade wide just below the blow-up, narrower than the half-decade coarse grid.
const runs = readCache('digits-cnn-sgd').seeds;
const samplesOf = (records: ReadonlyArray<{ lr: number; loss: number | null }>): Sample[] => records.map((r) => ({ lr: r.lr, loss: r.loss ?? Number.NaN }));
const settings = resolveSettings();

describe('a real narrow dip (digits-cnn-sgd, 20 steps, default settings)', () => {
  it('the recorded searches ran at the default 20 steps and the coarse grid alone misses the window on some seeds', () => {
    expect(runs.map((r) => r.search.steps)).toEqual([20, 20, 20]);
    const blind = runs.filter((r) => analyze(samplesOf(r.search.samples.filter((s) => s.round === 0))).reason?.code === 'no-descent');
    expect(blind.length).toBeGreaterThan(0);
  });

  it('planNextRound on the coarse grid alone refines next to its lowest sample instead of giving up', () => {
    for (const run of runs) {
      const coarse = samplesOf(run.search.samples.filter((s) => s.round === 0));
      if (analyze(coarse).reason === null) continue;
      const finite = coarse.filter((s) => s.lr > 0 && Number.isFinite(s.loss));
      const lowest = finite.reduce((a, b) => (b.loss < a.loss ? b : a));
      const next = planNextRound(coarse, settings);
      expect(next.length).toBeGreaterThan(0);
      for (const lr of next) expect(Math.abs(Math.log10(lr) - Math.log10(lowest.lr))).toBeLessThanOrEqual(settings.coarseStep + 1e-9);
    }
  });

  it('every recorded search has a window inside the dip, and its midpoint trains to at least 95 % of the grid best', () => {
    for (const run of runs) {
      const a = analyze(samplesOf(run.search.samples));
      expect(a.reason).toBeNull();
      const l0 = a.lossAtZero!;
      const dip = run.search.samples.filter((s) => s.lr > 0 && s.loss !== null && s.loss < 0.9 * l0).map((s) => Math.log10(s.lr));
      const mid = Math.log10(a.picks!.midpoint);
      expect(mid).toBeGreaterThanOrEqual(Math.min(...dip) - 0.5);
      expect(mid).toBeLessThanOrEqual(Math.max(...dip));
      expect(accuracyAt(run.grid.points, a.picks!.midpoint) / bestAccuracy(run.grid.points)).toBeGreaterThanOrEqual(0.95);
    }
  });
});
