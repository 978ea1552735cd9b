import { describe, expect, it } from 'vitest';
import { cacheTally, samplesCsvWithCached, samplesWithCached, type CachedTrialRecord } from '../../src/cache/output.js';
import { messages } from '../../src/cache/messages.js';
import { parseSamplesCsv } from '../../src/cli/samples-file.js';
import { samplesCsv } from '../../src/search/output.js';

const records: CachedTrialRecord[] = [
  { lr: 0, loss: 2.3, diverged: false, round: 0, cached: true },
  { lr: 0.30000000000000004, loss: 1.25, diverged: false, round: 0, cached: false },
  { lr: 10, loss: null, diverged: true, round: 0 },
  { lr: 1e-7, loss: 2.2999, diverged: false, round: 1, cached: true },
];

describe('cache output', () => {
  it('samplesCsvWithCached(samples) is samples.csv with a last cached column, absent read as false', () => {
    const text = samplesCsvWithCached(records);
    expect(text).toBe(['lr,loss,diverged,round,cached', '0,2.3,false,0,true', '0.30000000000000004,1.25,false,0,false', '10,,true,0,false', '1e-7,2.2999,false,1,true', ''].join('\n'));
    // samples.csv is written by this helper: the column is always there.
    expect(samplesCsv(records)).toBe(text);
  });

  it('samplesCsvWithCached(samples) reads back through lr-sweep analyze with the same records', () => {
    const back = parseSamplesCsv(samplesCsvWithCached(records), 'samples.csv');
    expect(back).toEqual(records.map(({ lr, loss, diverged, round }) => ({ lr, loss, diverged, round })));
  });

  it('samplesWithCached(samples) sets cached on every record, and cacheTally counts them', () => {
    expect(samplesWithCached(records).map((s) => s.cached)).toEqual([true, false, false, true]);
    expect(cacheTally(records)).toEqual({ cached: 2, total: 4, text: messages.fromCache(2, 4) });
    expect(cacheTally([])).toEqual({ cached: 0, total: 0, text: '0 of 0 trials from cache' });
  });
});
