import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchRepeats } from '../../src/repeats/run.js';
import { resultsJson } from '../../src/search/output.js';
import { DEFAULT_SETTINGS } from '../../src/search/settings.js';
import type { SearchSettings, SettingsSource, TrialRunner } from '../../src/search/types.js';
import { joinParts, mergedSweep, shardManifest, shardRepeats, type JobIdentity, type PartInput } from '../../src/sweep/shard.js';
import type { FinishedSweep } from '../../src/sweep/sweep.js';
import { writeSweep } from '../../src/sweep/write.js';

const SOURCE = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, 'default'])) as unknown as SettingsSource;
const SETTINGS: SearchSettings = { ...DEFAULT_SETTINGS, seed: 3 };
const K = 5;

/** A noisy curve whose minimum and noise depend on the seed, so every repeat differs. */
const runner: TrialRunner = {
  run: async (lr, { seed }) => {
    if (lr === 0) return { loss: 2.3, diverged: false };
    const x = Math.log10(lr) + 3 + 0.15 * seed;
    const wiggle = 0.01 * Math.sin(1000 * lr + seed);
    return { loss: 2.3 - 2 / (1 + Math.exp(-3 * (x + 1))) + 0.3 * Math.max(0, x) ** 2 + wiggle, diverged: false };
  },
};

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function written(done: FinishedSweep): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-shard-'));
  dirs.push(dir);
  await writeSweep(dir, done, { writeReport: async () => ({ files: [], markdown: '', pngSkipped: null }) });
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as [string, string])));
}

describe('sharded repeats + mergedSweep', () => {
  it('3 shards joined and merged write the same results.json, repeats.json and samples.csv as the unsharded run', async () => {
    const whole = await searchRepeats(runner, SETTINGS, K);
    const unsharded = await written({
      status: 'done', result: whole.primary, settingsSource: SOURCE, selectedLr: whole.selectedLr, repeats: whole.summary, identity: 'fake',
    });

    const job: JobIdentity = { settings: SETTINGS, runner: 'fake', repeats: K, shards: 3 };
    const parts: PartInput[] = [];
    for (const index of [1, 2, 3]) {
      const shard = { index, count: 3 };
      const only = shardRepeats(K, shard);
      const ran = await searchRepeats(runner, SETTINGS, K, { only });
      expect(ran.all.map((r) => r.settings.seed)).toEqual(only.map((k) => SETTINGS.seed + k));
      const files = only.map((k) => `repeat-${k}.json`);
      const texts = new Map(ran.all.map((r, j) => [files[j] as string, resultsJson(r, SOURCE)]));
      parts.push({
        file: `part${index}/shard.json`,
        text: JSON.stringify(shardManifest(job, shard, SETTINGS.seed, files)),
        read: (name) => ({ text: texts.get(name) ?? '', path: `part${index}/${name}` }),
      });
    }
    const { all, settingsSource } = joinParts(parts);
    const merged = await written(mergedSweep(all, settingsSource, 'fake'));

    expect([...unsharded.keys()]).toEqual(['repeats.json', 'results.json', 'samples.csv']);
    // results.json, repeats.json and samples.csv hold no timing fields today, so the files must be byte-identical.
    expect(merged).toEqual(unsharded);
  });
});
