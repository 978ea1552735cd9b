import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionCacheKeys, actionCacheMessages, restoreTrialCache, saveTrialCache, type ActionCacheLog } from '../../src/action/cache.js';
import { trialKey, type TrialKeyParts } from '../../src/cache/key.js';
import { openTrialCache } from '../../src/cache/store.js';
import { tempDirs } from '../cache/helpers.js';
import { startCacheService, type FakeCacheService } from './cache-server.js';

const tempDir = tempDirs();
const ENV = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_WORKSPACE', 'ACTIONS_CACHE_URL', 'RUNNER_TEMP'] as const;
const trialParts: TrialKeyParts = { identity: 'command:python train.py --lr {lr}', filesHash: 'f'.repeat(64), definitionHash: null, backend: null };
const keyParts = (runId: string, filesHash = 'f'.repeat(64)) => ({ filesHash, settings: { steps: 20, seed: 0 }, runId, runAttempt: '1' });

function collectingLog(): ActionCacheLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), warning: (l) => lines.push(l) };
}

describe('action cache against a local cache service', () => {
  let service: FakeCacheService;
  let workspace: string;
  const saved: Record<string, string | undefined> = {};

  beforeEach(async () => {
    service = await startCacheService();
    workspace = await tempDir();
    for (const name of ENV) saved[name] = process.env[name];
    delete process.env['ACTIONS_CACHE_URL'];
    Object.assign(process.env, { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: 'fake-token', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: await tempDir() });
  });

  afterEach(async () => {
    for (const name of ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await service.close();
  });

  /** A cache folder in the workspace holding `count` trials; returns its path (@actions/cache resolves relative paths from the process's cwd). */
  async function filledCache(count: number): Promise<string> {
    const dir = join(workspace, '.lr-sweep-cache');
    const cache = await openTrialCache(dir);
    for (let i = 1; i <= count; i += 1) await cache.put(trialKey(trialParts, i / 100, { steps: 20, seed: 0 }), { loss: 1 / i, diverged: false });
    return dir;
  }

  it('saveTrialCache then restoreTrialCache in a later run brings back the same entries, found by the hash prefix', async () => {
    const dir = await filledCache(5);
    const before = (await readdir(dir)).sort();
    const first = actionCacheKeys(keyParts('100'));
    const log = collectingLog();
    expect(await saveTrialCache(dir, first, { storedTrials: 5, fork: false }, log)).toBe('saved');
    expect(service.entries.map((e) => [e.key, e.finalized])).toEqual([[first.saveKey, true]]);
    expect(log.lines).toContain(actionCacheMessages.saved(first.saveKey, 5));

    await rm(dir, { recursive: true });
    const later = actionCacheKeys(keyParts('101'));
    expect(await restoreTrialCache(dir, later, collectingLog())).toEqual({ restored: true, key: first.saveKey });
    expect((await readdir(dir)).sort()).toEqual(before);
    const cache = await openTrialCache(dir);
    expect(await cache.get(trialKey(trialParts, 3 / 100, { steps: 20, seed: 0 }))).toEqual({ loss: 1 / 3, diverged: false });
  });

  it('restoreTrialCache falls back to any lr-sweep entry when the files changed, and the newest of its own prefix wins', async () => {
    const dir = await filledCache(2);
    await saveTrialCache(dir, actionCacheKeys(keyParts('1')), { storedTrials: 2, fork: false }, collectingLog());
    await filledCache(4);
    const newer = actionCacheKeys(keyParts('2'));
    await saveTrialCache(dir, newer, { storedTrials: 2, fork: false }, collectingLog());
    const other = actionCacheKeys(keyParts('3', 'e'.repeat(64)));
    await saveTrialCache(dir, other, { storedTrials: 1, fork: false }, collectingLog());

    expect(await restoreTrialCache(dir, actionCacheKeys(keyParts('9')), collectingLog())).toEqual({ restored: true, key: newer.saveKey });
    expect(await restoreTrialCache(dir, actionCacheKeys(keyParts('9', 'd'.repeat(64))), collectingLog())).toEqual({ restored: true, key: other.saveKey });
  });

  it('a refused save or a missing service is one warning line, never a throw, and nothing is stored', async () => {
    const dir = await filledCache(1);
    service.failing.add('CreateCacheEntry');
    const keys = actionCacheKeys(keyParts('7'));
    const log = collectingLog();
    expect(await saveTrialCache(dir, keys, { storedTrials: 1, fork: false }, log)).toBe('failed');
    expect(log.lines).toEqual([actionCacheMessages.notSaved(keys.saveKey)]);
    expect(service.entries).toEqual([]);

    delete process.env['ACTIONS_RESULTS_URL'];
    const offline = collectingLog();
    expect(await restoreTrialCache(dir, keys, offline)).toEqual({ restored: false, why: 'unavailable' });
    expect(offline.lines).toEqual([actionCacheMessages.unavailable()]);
  });

  it('restoreTrialCache with nothing saved leaves the folder alone and says every trial runs', async () => {
    const dir = await filledCache(1);
    const log = collectingLog();
    expect(await restoreTrialCache(dir, actionCacheKeys(keyParts('1')), log)).toEqual({ restored: false, why: 'not-found' });
    expect(log.lines).toEqual([actionCacheMessages.notFound()]);
    const names = await readdir(dir);
    expect(names).toHaveLength(1);
    expect(await readFile(join(dir, names[0]!), 'utf8')).toMatch(/"format":1/);
  });
});
