import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadAndMerge, isPartArtifact, partArtifactName, type PartsClient, type RunArtifact } from '../../src/action/shard.js';
import { UsageError } from '../../src/errors.js';
import { resultsJson } from '../../src/search/output.js';
import { DEFAULT_SETTINGS } from '../../src/search/settings.js';
import type { SettingsSource, SweepResult } from '../../src/search/types.js';
import { shardManifest, shardRepeats, type JobIdentity } from '../../src/sweep/shard.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from '../report/synthetic.js';

const SOURCE = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, 'default'])) as unknown as SettingsSource;
const JOB: JobIdentity = { settings: { ...DEFAULT_SETTINGS }, runner: 'worker:python worker.py', repeats: 3, shards: 2 };

function resultFor(seed: number): SweepResult {
  const samples = syntheticTrials({ seed: seed + 1 });
  const base = sweepResult(samples, syntheticAnalysis(samples));
  return { ...base, settings: { ...base.settings, seed } };
}

/** A fake artifact service holding each part's files; `downloadArtifact` writes them, as the real one unzips. */
function fakeClient(artifacts: readonly (RunArtifact & { files: Record<string, string> })[]): PartsClient & { downloads: number[] } {
  const downloads: number[] = [];
  return {
    downloads,
    listArtifacts: async () => artifacts.map(({ id, name }) => ({ id, name })),
    downloadArtifact: async (id, path) => {
      downloads.push(id);
      for (const [name, text] of Object.entries(artifacts.find((a) => a.id === id)?.files ?? {})) await writeFile(join(path, name), text);
    },
  };
}

function partFiles(index: number): Record<string, string> {
  const shard = { index, count: JOB.shards };
  const mine = shardRepeats(JOB.repeats, shard);
  const files = mine.map((k) => `repeat-${k}.results.json`);
  return { 'shard.json': JSON.stringify(shardManifest(JOB, shard, 0, files)), ...Object.fromEntries(mine.map((k, i) => [files[i], resultsJson(resultFor(k), SOURCE)])) };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-sweep-action-shard-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('partArtifactName and isPartArtifact', () => {
  it('partArtifactName(name, shard) is <name>-part-<I>-of-<N>, and isPartArtifact knows it from other artifacts', () => {
    const name = partArtifactName('lr-sweep-report', { index: 2, count: 3 });
    expect(name).toBe('lr-sweep-report-part-2-of-3');
    expect(isPartArtifact('lr-sweep-report', name)).toBe(true);
    expect(isPartArtifact('lr-sweep-report', 'lr-sweep-report')).toBe(false);
    expect(isPartArtifact('lr-sweep-report', 'lr-sweep-report-part-2-of-x')).toBe(false);
    expect(isPartArtifact('other', name)).toBe(false);
  });
});

describe('downloadAndMerge', () => {
  it('downloadAndMerge downloads only the part artifacts and joins them into every repeat, keeping the runner identity', async () => {
    const client = fakeClient([
      { id: 7, name: 'r-part-2-of-2', files: partFiles(2) },
      { id: 5, name: 'r', files: {} },
      { id: 6, name: 'r-part-1-of-2', files: partFiles(1) },
    ]);
    const lines: string[] = [];
    const merged = await downloadAndMerge({ artifactName: 'r', dir: await mkdtemp(join(dir, 'ok-')), runtimeToken: 't', client, log: (line) => lines.push(line) });
    expect(client.downloads).toEqual([6, 7]);
    expect([merged.parts, merged.repeats, merged.sweep.identity]).toEqual([2, 3, 'worker:python worker.py']);
    expect(merged.sweep.result.settings.seed).toBe(0);
    expect(merged.sweep.repeats?.seeds).toEqual([0, 1, 2]);
    expect(lines).toEqual(['downloaded part r-part-1-of-2 (artifact 6)', 'downloaded part r-part-2-of-2 (artifact 7)']);
  });

  it('downloadAndMerge refuses with one line: no artifact service, no part, a missing shard', async () => {
    const log = () => {};
    const none = fakeClient([{ id: 1, name: 'r', files: {} }]);
    await expect(downloadAndMerge({ artifactName: 'r', dir, runtimeToken: undefined, client: none, log })).rejects.toThrow(/^merge: true needs the GitHub Actions artifact service/);
    await expect(downloadAndMerge({ artifactName: 'r', dir, runtimeToken: 't', client: none, log })).rejects.toThrow(new UsageError('merge: no artifact named r-part-<I>-of-<N> in this workflow run; the merge job must need: the shard jobs, with the same artifact-name'));
    const half = fakeClient([{ id: 6, name: 'r-part-1-of-2', files: partFiles(1) }]);
    await expect(downloadAndMerge({ artifactName: 'r', dir: await mkdtemp(join(dir, 'half-')), runtimeToken: 't', client: half, log })).rejects.toThrow(new UsageError('merge: shard 2 of 2 missing'));
  });
});
