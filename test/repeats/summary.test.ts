import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import * as messages from '../../src/repeats/messages.js';
import { parseRepeats, repeatsMatch } from '../../src/repeats/parse.js';
import { repeatsJson, spreadBands, summarizeRepeats, toleranceBelowNoise } from '../../src/repeats/summary.js';
import { searchRepeats } from '../../src/repeats/run.js';
import { DEFAULT_SETTINGS } from '../../src/search/settings.js';
import type { SweepResult, TrialRunner } from '../../src/search/types.js';

const LOG_TOL = 1e-12;

function resultWith(seed: number, midpoint: number | null): SweepResult {
  return {
    minLr: null,
    maxLr: null,
    picks: midpoint === null ? null : { midpoint, halfLoss: midpoint / 2, steepest: midpoint / 3 },
    method: 'midpoint',
    selectedLr: midpoint,
    lossAtZero: 2.3,
    trials: 20,
    reason: midpoint === null ? 'no window' : null,
    samples: [],
    settings: { ...DEFAULT_SETTINGS, seed },
  };
}

describe('summarizeRepeats', () => {
  it('summarizeRepeats(results) gives the median and the spread in decades of each pick', () => {
    // Midpoints 1e-3, 1e-2, 10^-2.5: median 10^-2.5, spread -2 - (-3) = 1 decade. halfLoss is midpoint / 2: same spread.
    const s = summarizeRepeats([resultWith(0, 1e-3), resultWith(1, 1e-2), resultWith(2, 10 ** -2.5)]);
    expect(Math.abs(Math.log10(s.picks.midpoint.median as number) + 2.5)).toBeLessThan(LOG_TOL);
    expect(Math.abs((s.picks.midpoint.spreadDecades as number) - 1)).toBeLessThan(LOG_TOL);
    expect(Math.abs((s.picks.halfLoss.spreadDecades as number) - 1)).toBeLessThan(LOG_TOL);
    expect(s.seeds).toEqual([0, 1, 2]);
  });

  it('summarizeRepeats(results) leaves out repeats without a window and says how many counted', () => {
    // Two windows: median of 1e-3 and 1e-2 is 10^-2.5.
    const s = summarizeRepeats([resultWith(0, 1e-3), resultWith(1, null), resultWith(2, 1e-2)]);
    expect(s.picks.midpoint.count).toBe(2);
    expect(Math.abs(Math.log10(s.picks.midpoint.median as number) + 2.5)).toBeLessThan(LOG_TOL);
  });

  it('summarizeRepeats([]) has null spreads', () => {
    expect(summarizeRepeats([]).picks.steepest.spreadDecades).toBeNull();
  });
});

describe('toleranceBelowNoise', () => {
  it('toleranceBelowNoise(tol, spread) is true only when the tolerance is under the measured spread of several repeats', () => {
    const spread = summarizeRepeats([resultWith(0, 1e-3), resultWith(1, 10 ** -2.5)]).picks.midpoint;
    // Spread 0.5 decades.
    expect(toleranceBelowNoise(0.3, spread)).toBe(true);
    expect(toleranceBelowNoise(0.6, spread)).toBe(false);
    expect(toleranceBelowNoise(0.01, summarizeRepeats([resultWith(0, 1e-3)]).picks.midpoint)).toBe(false);
  });
});

describe('searchRepeats', () => {
  it('searchRepeats(runner, settings, k) runs k searches with consecutive seeds and keeps the first as primary', async () => {
    const seeds = new Set<number>();
    // A noise-free curve whose minimum shifts a little with the seed.
    const runner: TrialRunner = {
      run: async (lr, { seed }) => {
        seeds.add(seed);
        if (lr === 0) return { loss: 2.3, diverged: false };
        const x = Math.log10(lr) + 3 + 0.1 * seed;
        return { loss: 2.3 - 2 / (1 + Math.exp(-3 * (x + 1))) + 0.3 * Math.max(0, x) ** 2, diverged: false };
      },
    };
    const out = await searchRepeats(runner, { ...DEFAULT_SETTINGS, startLr: 1e-7, endLr: 10, seed: 5 }, 3);
    expect([...seeds].sort()).toEqual([5, 6, 7]);
    expect(out.primary.settings.seed).toBe(5);
    expect(out.all.length).toBe(3);
  });
});

describe('spreadBands', () => {
  it('spreadBands(summary) gives [min, max] per pick seen by at least two repeats', () => {
    const bands = spreadBands(summarizeRepeats([resultWith(0, 1e-3), resultWith(1, 1e-2)]));
    expect(bands.map((b) => b.method)).toEqual(['midpoint', 'halfLoss', 'steepest']);
    expect(bands[0]?.lo).toBe(1e-3);
    expect(bands[0]?.hi).toBe(1e-2);
    expect(spreadBands(summarizeRepeats([resultWith(0, 1e-3)]))).toEqual([]);
  });
});

describe('parseRepeats', () => {
  it('parseRepeats(repeatsJson(summary)) gives the summary back, recomputed from the runs', () => {
    const summary = summarizeRepeats([resultWith(0, 1e-3), resultWith(1, null), resultWith(2, 1e-2)]);
    expect(parseRepeats(repeatsJson(summary), 'repeats.json')).toEqual(summary);
    // Hand-edited medians do not survive: they are derived from the runs.
    const edited = { ...summary, picks: { ...summary.picks, midpoint: { ...summary.picks.midpoint, median: 5 } } };
    expect(parseRepeats(JSON.stringify(edited), 'repeats.json').picks.midpoint.median).toBe(summary.picks.midpoint.median);
  });

  it('parseRepeats(text) throws a one-line UsageError naming the file for anything but runs', () => {
    expect(() => parseRepeats('{"runs": []}', 'out/repeats.json')).toThrow(UsageError);
    expect(() => parseRepeats('{"runs": []}', 'out/repeats.json')).toThrow(messages.badRepeatsFile('out/repeats.json', messages.runsEmpty([])));
    expect(() => parseRepeats('not json', 'out/repeats.json')).toThrow(/^out\/repeats\.json: not valid JSON \(/);
  });

  const runAt = (fields: Record<string, unknown>): string =>
    JSON.stringify({ runs: [{ seed: 0, picks: { midpoint: 1e-3, halfLoss: 1e-3, steepest: 1e-3 }, reason: null, ...fields }] });

  it.each([
    ['a missing runs field', '{}', messages.runsEmpty(undefined)],
    ['a run that is not an object', '{"runs": [7]}', messages.runNotObject(0, 7)],
    ['a fractional seed', runAt({ seed: 0.5 }), messages.runSeed(0, 0.5)],
    ['a numeric reason', runAt({ reason: 3 }), messages.runReason(0, 3)],
    ['picks that are a list', runAt({ picks: [] }), messages.runPicksShape(0, [])],
    ['a negative pick', runAt({ picks: { midpoint: -1, halfLoss: 1, steepest: 1 } }), messages.runPick(0, 'midpoint', -1)],
  ])('parseRepeats(text) rejects %s with a UsageError line from the messages', (_, text, problem) => {
    let thrown: unknown;
    try {
      parseRepeats(text, 'out/repeats.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toBe(messages.badRepeatsFile('out/repeats.json', problem));
  });
});

describe('repeats.json written before basin existed', () => {
  const paperOnly = (seed: number, midpoint: number): SweepResult => resultWith(seed, midpoint);
  const withBasin = (seed: number, midpoint: number): SweepResult => {
    const r = resultWith(seed, midpoint);
    return { ...r, picks: { ...r.picks!, basin: midpoint * 2 } };
  };

  it('parseRepeats(text) reads runs without picks.basin: the basin spread counts no run, the paper three are intact', () => {
    const summary = summarizeRepeats([paperOnly(0, 1e-3), paperOnly(1, 1e-2)]);
    const read = parseRepeats(repeatsJson(summary), 'repeats.json');
    expect(read.picks.basin).toEqual({ median: null, min: null, max: null, spreadDecades: null, count: 0 });
    expect(read.picks.midpoint.count).toBe(2);
    expect(spreadBands(read).map((b) => b.method)).toEqual(['midpoint', 'halfLoss', 'steepest']);
  });

  it('repeatsMatch(summary, result) matches an old repeats.json to a new result of the same search by the picks both have', () => {
    const old = summarizeRepeats([paperOnly(0, 1e-3), paperOnly(1, 1e-2)]);
    expect(repeatsMatch(old, withBasin(0, 1e-3))).toBe(true);
    expect(repeatsMatch(old, withBasin(0, 2e-3))).toBe(false);
    // Both with basin: a differing basin pick tells them apart.
    const fresh = summarizeRepeats([withBasin(0, 1e-3)]);
    expect(repeatsMatch(fresh, { ...withBasin(0, 1e-3), picks: { ...withBasin(0, 1e-3).picks!, basin: 1 } })).toBe(false);
  });
});

describe('repeatsMatch', () => {
  it('repeatsMatch(summary, result) is true only when the first run is that result', () => {
    const first = resultWith(0, 1e-3);
    const summary = summarizeRepeats([first, resultWith(1, 1e-2)]);
    expect(repeatsMatch(summary, first)).toBe(true);
    expect(repeatsMatch(summary, resultWith(0, 2e-3))).toBe(false);
    expect(repeatsMatch(summary, resultWith(3, 1e-3))).toBe(false);
  });
});
