import { describe, expect, it } from 'vitest';
import {
  actionCacheKeys,
  actionCacheMessages,
  CACHE_KEY_PREFIX,
  restoreTrialCache,
  saveTrialCache,
  type ActionCacheLog,
  type ActionCacheService,
} from '../../src/action/cache.js';

const parts = { filesHash: 'a'.repeat(64), settings: { identity: 'command:python train.py', steps: 20, seed: 0 }, runId: '42', runAttempt: '1' };

function collectingLog(): ActionCacheLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(`info ${l}`), warning: (l) => lines.push(`warning ${l}`) };
}

/** A service double recording its calls; each function's behaviour is given. */
function fakeService(behaviour: Partial<ActionCacheService>): ActionCacheService & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    isFeatureAvailable: () => behaviour.isFeatureAvailable?.() ?? true,
    restoreCache: async (...args) => {
      calls.push(['restore', ...args]);
      return behaviour.restoreCache ? behaviour.restoreCache(...args) : undefined;
    },
    saveCache: async (...args) => {
      calls.push(['save', ...args]);
      return behaviour.saveCache ? behaviour.saveCache(...args) : 7;
    },
  } satisfies ActionCacheService & { calls: unknown[][] };
}

describe('action cache', () => {
  it('actionCacheKeys(parts) saves under the hash plus the run, and restores by the hash prefix, then any lr-sweep entry', () => {
    const keys = actionCacheKeys(parts);
    expect(keys.saveKey).toMatch(/^lr-sweep-[0-9a-f]{64}-42-1$/);
    expect(keys.restoreKeys).toEqual([keys.saveKey.replace(/42-1$/, ''), CACHE_KEY_PREFIX]);
    expect(actionCacheKeys({ ...parts, settings: { seed: 0, steps: 20, identity: 'command:python train.py' } })).toEqual(keys);
    expect(actionCacheKeys({ ...parts, filesHash: 'b'.repeat(64) }).restoreKeys[0]).not.toBe(keys.restoreKeys[0]);
    expect(actionCacheKeys({ ...parts, settings: { ...parts.settings, steps: 30 } }).restoreKeys[0]).not.toBe(keys.restoreKeys[0]);
    expect(actionCacheKeys({ ...parts, runAttempt: '2' }).restoreKeys).toEqual(keys.restoreKeys);
  });

  it('restoreTrialCache(dir, keys) asks for the save key then the prefixes, and says which entry came back', async () => {
    const keys = actionCacheKeys(parts);
    const log = collectingLog();
    const service = fakeService({ restoreCache: async () => 'lr-sweep-old' });
    expect(await restoreTrialCache('.lr-sweep-cache', keys, log, service)).toEqual({ restored: true, key: 'lr-sweep-old' });
    expect(service.calls).toEqual([['restore', ['.lr-sweep-cache'], keys.saveKey, [...keys.restoreKeys]]]);
    expect(log.lines).toEqual([`info ${actionCacheMessages.restored('lr-sweep-old')}`]);
  });

  it('restoreTrialCache never throws: no entry, no service or a failure is one line and an empty start', async () => {
    const keys = actionCacheKeys(parts);
    const cases: [Partial<ActionCacheService>, string, string][] = [
      [{}, 'not-found', `info ${actionCacheMessages.notFound()}`],
      [{ isFeatureAvailable: () => false }, 'unavailable', `warning ${actionCacheMessages.unavailable()}`],
      [{ restoreCache: async () => Promise.reject(new Error('socket hang up\n  at x')) }, 'failed', `warning ${actionCacheMessages.restoreFailed('socket hang up')}`],
    ];
    for (const [behaviour, why, line] of cases) {
      const log = collectingLog();
      expect(await restoreTrialCache('c', keys, log, fakeService(behaviour))).toEqual({ restored: false, why });
      expect(log.lines).toEqual([line]);
    }
  });

  it('saveTrialCache(dir, keys, context) saves new trials, and never for a fork or when nothing new ran', async () => {
    const keys = actionCacheKeys(parts);
    const saving = fakeService({});
    const log = collectingLog();
    expect(await saveTrialCache('c', keys, { storedTrials: 3, fork: false }, log, saving)).toBe('saved');
    expect(saving.calls).toEqual([['save', ['c'], keys.saveKey]]);
    expect(log.lines).toEqual([`info ${actionCacheMessages.saved(keys.saveKey, 3)}`]);

    const idle = fakeService({});
    expect(await saveTrialCache('c', keys, { storedTrials: 5, fork: true }, collectingLog(), idle)).toBe('fork');
    expect(await saveTrialCache('c', keys, { storedTrials: 0, fork: false }, collectingLog(), idle)).toBe('nothing-new');
    expect(idle.calls).toEqual([]);
  });

  it('saveTrialCache never throws: a refused save or an error is one warning', async () => {
    const keys = actionCacheKeys(parts);
    const refused = collectingLog();
    expect(await saveTrialCache('c', keys, { storedTrials: 1, fork: false }, refused, fakeService({ saveCache: async () => -1 }))).toBe('failed');
    expect(refused.lines).toEqual([`warning ${actionCacheMessages.notSaved(keys.saveKey)}`]);
    const thrown = collectingLog();
    const service = fakeService({ saveCache: async () => Promise.reject(new Error('Path Validation Error')) });
    expect(await saveTrialCache('c', keys, { storedTrials: 1, fork: false }, thrown, service)).toBe('failed');
    expect(thrown.lines).toEqual([`warning ${actionCacheMessages.saveFailed('Path Validation Error')}`]);
  });
});
