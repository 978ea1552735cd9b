import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { resultsJson } from '../../src/search/output.js';
import type { SearchSettings, SettingsSource, SweepResult } from '../../src/search/types.js';
import { DEFAULT_SETTINGS } from '../../src/search/settings.js';
import {
  jobHash,
  joinParts,
  parseShard,
  parseShardManifest,
  SHARD_FLAGS,
  shardManifest,
  shardRepeats,
  type JobIdentity,
  type PartInput,
} from '../../src/sweep/shard.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from '../report/synthetic.js';

const SOURCE = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, 'default'])) as unknown as SettingsSource;

function resultFor(seed: number): SweepResult {
  const samples = syntheticTrials({ seed: seed + 1 });
  const base = sweepResult(samples, syntheticAnalysis(samples));
  return { ...base, settings: { ...base.settings, seed } };
}

/** Writes K repeats over N shards in memory, as the CLI would, and returns the parts. */
function parts(job: JobIdentity, seed: number): PartInput[] {
  return Array.from({ length: job.shards }, (_, i) => {
    const shard = { index: i + 1, count: job.shards };
    const mine = shardRepeats(job.repeats, shard);
    const files = mine.map((k) => `repeat-${k}.json`);
    const texts = new Map(mine.map((k, j) => [files[j] as string, resultsJson(resultFor(seed + k), SOURCE)]));
    const file = `part${i + 1}/shard.json`;
    return {
      file,
      text: JSON.stringify(shardManifest(job, shard, seed, files)),
      read: (name: string) => ({ text: texts.get(name) ?? '', path: `part${i + 1}/${name}` }),
    };
  });
}

const JOB: JobIdentity = { settings: { ...DEFAULT_SETTINGS } satisfies SearchSettings, runner: 'command:python train.py', repeats: 5, shards: 3 };

describe('parseShard', () => {
  it('parseShard accepts I/N with 1 <= I <= N <= K', () => {
    expect(parseShard('2/3', 5)).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1', 1)).toEqual({ index: 1, count: 1 });
  });
  it.each(['0/3', '4/3', '2', '2/0', 'a/b', '1/3/4', '-1/3', ''])('parseShard rejects malformed %j with one line', (text) => {
    expect(() => parseShard(text, 5)).toThrow(UsageError);
    expect(() => parseShard(text, 5)).toThrow(/^shard: .* is not I\/N/);
    expect(() => parseShard(text, 5, SHARD_FLAGS)).toThrow(/^--shard: .* is not I\/N/);
  });
  it('parseShard without repeats is a usage error, worded with the names the edge passes', () => {
    expect(() => parseShard('1/2', undefined)).toThrow('shard 1/2: needs repeats K');
    expect(() => parseShard('1/2', undefined, SHARD_FLAGS)).toThrow('--shard 1/2: needs --repeats K');
  });
  it('parseShard with more shards than repeats is a usage error', () => {
    expect(() => parseShard('1/4', 3)).toThrow(/4 shards for repeats 3/);
    expect(() => parseShard('1/4', 3, SHARD_FLAGS)).toThrow(/4 shards for --repeats 3/);
  });
});

describe('shardRepeats', () => {
  it('shardRepeats gives repeat k to shard (k mod N) + 1, every repeat exactly once', () => {
    expect(shardRepeats(5, { index: 1, count: 3 })).toEqual([0, 3]);
    expect(shardRepeats(5, { index: 2, count: 3 })).toEqual([1, 4]);
    expect(shardRepeats(5, { index: 3, count: 3 })).toEqual([2]);
    for (const [k, n] of [[7, 2], [20, 7], [4, 4]] as const) {
      const all = Array.from({ length: n }, (_, i) => shardRepeats(k, { index: i + 1, count: n })).flat().sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: k }, (_, i) => i));
    }
  });
});

describe('jobHash', () => {
  it('jobHash ignores key order but changes with settings, runner, K and N', () => {
    const reordered = { ...JOB, settings: Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse()) };
    expect(jobHash(reordered)).toBe(jobHash(JOB));
    expect(jobHash({ ...JOB, settings: { ...DEFAULT_SETTINGS, steps: 21 } })).not.toBe(jobHash(JOB));
    expect(jobHash({ ...JOB, runner: 'command:python other.py' })).not.toBe(jobHash(JOB));
    expect(jobHash({ ...JOB, repeats: 6 })).not.toBe(jobHash(JOB));
    expect(jobHash({ ...JOB, shards: 2 })).not.toBe(jobHash(JOB));
  });
  it('jobHash ignores parallel: a shard on a 4-slot runner and one on a 1-slot runner are one job', () => {
    expect(jobHash({ ...JOB, settings: { ...DEFAULT_SETTINGS, parallel: 4 } })).toBe(jobHash({ ...JOB, settings: { ...DEFAULT_SETTINGS, parallel: 1 } }));
  });
});

describe('parseShardManifest', () => {
  const good = shardManifest(JOB, { index: 2, count: 3 }, 0, ['a.json', 'b.json']);
  it('parseShardManifest round-trips what shardManifest builds', () => {
    expect(parseShardManifest(JSON.stringify(good), 'p/shard.json')).toEqual(good);
  });
  it.each([
    ['not JSON', '{', /p\/shard.json: is not JSON/],
    ['an array', '[]', /is not a JSON object/],
    ['a bad version', JSON.stringify({ ...good, schemaVersion: 9 }), /"schemaVersion" is 9/],
    ['a bad hash', JSON.stringify({ ...good, job: 'abc' }), /"job" is not/],
    ['no runner', JSON.stringify({ ...good, runner: undefined }), /"runner" is not the text of a runner identity/],
    ['an empty runner', JSON.stringify({ ...good, runner: '' }), /"runner" is not/],
    ['shard above N', JSON.stringify({ ...good, shard: 4 }), /"shard" is 4; expected a whole number from 1 to 3/],
    ['N above K', JSON.stringify({ ...good, shards: 6 }), /"shards" is 6/],
    ['a fractional seed', JSON.stringify({ ...good, seed: 0.5 }), /"seed" is 0.5/],
    ['a wrong repeat list', JSON.stringify({ ...good, results: [{ repeat: 1, file: 'a.json' }] }), /"results" has 1 entries/],
    ['a wrong repeat', JSON.stringify({ ...good, results: [{ repeat: 1, file: 'a.json' }, { repeat: 3, file: 'b.json' }] }), /results\[1\].repeat is 3; expected 4/],
    ['a path outside the part', JSON.stringify({ ...good, results: [{ repeat: 1, file: '../x.json' }, { repeat: 4, file: 'b.json' }] }), /results\[0\].file is "..\/x.json"/],
  ])('parseShardManifest rejects %s with one line naming the file', (_, text, message) => {
    expect(() => parseShardManifest(text, 'p/shard.json')).toThrow(message);
    try {
      parseShardManifest(text, 'p/shard.json');
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/^p\/shard.json: [^\n]+$/);
    }
  });
});

describe('joinParts', () => {
  it('joinParts returns every repeat in seed order, whatever the part order', () => {
    const joined = joinParts(parts(JOB, 10).reverse()).all;
    expect(joined.map((r) => r.settings.seed)).toEqual([10, 11, 12, 13, 14]);
    expect(joined[3]?.samples).toEqual(resultFor(13).samples);
  });
  it('joinParts returns the runner identity the parts ran', () => {
    expect(joinParts(parts(JOB, 0)).identity).toBe('command:python train.py');
  });
  it('joinParts refuses parts of different jobs', () => {
    const mine = parts(JOB, 0);
    const other = parts({ ...JOB, runner: 'command:other' }, 0);
    expect(() => joinParts([mine[0]!, other[1]!, mine[2]!])).toThrow(/^part2\/shard.json: "job" .* parts of different jobs$/);
  });
  it('joinParts refuses a duplicate shard and names both files', () => {
    const mine = parts(JOB, 0);
    expect(() => joinParts([mine[0]!, mine[1]!, { ...mine[1]!, file: 'copy/shard.json' }])).toThrow(/^copy\/shard.json: shard 2\/3 is also in part2\/shard.json$/);
  });
  it('joinParts refuses missing shards and names them', () => {
    expect(() => joinParts([parts(JOB, 0)[1]!])).toThrow(/^merge: shards 1, 3 of 3 missing$/);
    expect(() => joinParts([])).toThrow(/no parts/);
  });
  it('joinParts refuses a malformed results file, naming it', () => {
    const mine = parts(JOB, 0);
    const broken: PartInput = { ...mine[0]!, read: (name) => ({ text: '{"samples": 3}', path: `part1/${name}` }) };
    expect(() => joinParts([broken, mine[1]!, mine[2]!])).toThrow(/^part1\/repeat-0.json: /);
  });
  it('joinParts refuses a result whose seed is not base seed + repeat', () => {
    const mine = parts(JOB, 0);
    const swapped: PartInput = { ...mine[0]!, read: (name) => mine[1]!.read(name === 'repeat-0.json' ? 'repeat-1.json' : 'repeat-4.json') };
    expect(() => joinParts([swapped, mine[1]!, mine[2]!])).toThrow(/seed 1 is not 0 \(seed 0 \+ repeat 0\)/);
  });
});
