import { lstat, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyDigest, trialKey, type TrialKeyParts } from '../../src/cache/key.js';
import { messages } from '../../src/cache/messages.js';
import { openTrialCache } from '../../src/cache/store.js';
import { UsageError } from '../../src/errors.js';
import { tempDirs } from './helpers.js';

const tempDir = tempDirs();
const parts: TrialKeyParts = { identity: 'command:train {lr}', filesHash: '0'.repeat(64), definitionHash: null, backend: null };
const request = { steps: 20, seed: 0 };

/** A settable wall clock, ms since the epoch. */
function manualClock(start = Date.UTC(2026, 0, 1)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await lstat(join(dir, name))).size;
  return total;
}

describe('TrialCache', () => {
  it('put(key, outcome) then get(key) returns the outcome, non-finite losses included; a missing key is a quiet miss', async () => {
    const log: string[] = [];
    const cache = await openTrialCache(await tempDir(), { log: (l) => log.push(l) });
    const outcomes = [
      { lr: 1e-3, loss: 0.4321, diverged: false },
      { lr: 1, loss: Number.NaN, diverged: true },
      { lr: 3, loss: Number.POSITIVE_INFINITY, diverged: true },
    ];
    for (const o of outcomes) await cache.put(trialKey(parts, o.lr, request), { loss: o.loss, diverged: o.diverged });
    for (const o of outcomes) expect(await cache.get(trialKey(parts, o.lr, request))).toEqual({ loss: o.loss, diverged: o.diverged });
    expect(await cache.get(trialKey(parts, 2e-3, request))).toBeNull();
    expect(log).toEqual([]);
    expect((await readdir(cache.dir)).sort()).toEqual(outcomes.map((o) => `${keyDigest(trialKey(parts, o.lr, request))}.json`).sort());
  });

  it('get(key) ignores with one warning a partial file, another key under this name, a link and a foreign shape', async () => {
    const log: string[] = [];
    const cache = await openTrialCache(await tempDir(), { log: (l) => log.push(l) });
    const key = (lr: number) => trialKey(parts, lr, request);
    const path = (lr: number) => join(cache.dir, `${keyDigest(key(lr))}.json`);
    await cache.put(key(1), { loss: 1, diverged: false });
    await cache.put(key(2), { loss: 2, diverged: false });
    const whole = await readFile(path(1), 'utf8');
    await writeFile(path(1), whole.slice(0, whole.length / 2));
    await writeFile(path(3), await readFile(path(2)));
    await writeFile(join(cache.dir, 'target.json'), whole);
    await symlink(join(cache.dir, 'target.json'), path(4));
    await writeFile(path(5), JSON.stringify({ format: 1, key: key(5), outcome: { loss: 'lots', diverged: false } }));
    for (const lr of [1, 3, 4, 5]) expect(await cache.get(key(lr))).toBeNull();
    expect(log).toEqual([
      messages.entryIgnored(path(1), 'not JSON (partly written?)'),
      messages.entryIgnored(path(3), "its key differs from the trial's"),
      messages.entryIgnored(path(4), 'a symbolic link'),
      messages.entryIgnored(path(5), 'its loss is not a number'),
    ]);
    expect(await cache.get(key(2))).toEqual({ loss: 2, diverged: false });
  });

  it('put(key, outcome) replaces a link at the entry name without writing through it', async () => {
    const dir = await tempDir();
    const outside = join(await tempDir(), 'precious.txt');
    await writeFile(outside, 'user data');
    const cache = await openTrialCache(dir);
    const key = trialKey(parts, 0.1, request);
    await symlink(outside, join(dir, `${keyDigest(key)}.json`));
    await cache.put(key, { loss: 0.5, diverged: false });
    expect(await readFile(outside, 'utf8')).toBe('user data');
    expect((await lstat(join(dir, `${keyDigest(key)}.json`))).isFile()).toBe(true);
    expect(await cache.get(key)).toEqual({ loss: 0.5, diverged: false });
  });

  it('put(key, outcome) keeps the folder within maxMb, pruning the least recently used entries first', async () => {
    const clock = manualClock();
    const dir = await tempDir();
    const cache = await openTrialCache(dir, { maxMb: 4096 / (1024 * 1024), now: clock.now });
    const key = (i: number) => trialKey(parts, i, request);
    for (let i = 1; i <= 40; i += 1) {
      clock.advance(1000);
      await cache.put(key(i), { loss: i, diverged: false });
      if (i === 5) {
        // Using entry 1 makes it recent: it must outlive entries 2.. written before this read.
        clock.advance(1000);
        expect(await cache.get(key(1))).not.toBeNull();
      }
      expect(await folderBytes(dir)).toBeLessThanOrEqual(4096);
      if (i === 14) {
        const exists = async (n: number) => (await lstat(join(dir, `${keyDigest(key(n))}.json`)).catch(() => null)) !== null;
        expect([await exists(1), await exists(2), await exists(14)]).toEqual([true, false, true]);
      }
    }
    expect(await cache.get(key(40))).not.toBeNull();
    expect(await cache.get(key(2))).toBeNull();
    const kept = (await readdir(dir)).length;
    expect(kept).toBeGreaterThan(5);
    expect(kept).toBeLessThan(40);
  });

  it('openTrialCache(dir, { maxMb }) prunes an oversized folder on open, by file time, and leaves files that are not entries alone', async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const big = await openTrialCache(dir, { now: clock.now });
    for (let i = 1; i <= 30; i += 1) {
      clock.advance(1000);
      await big.put(trialKey(parts, i, request), { loss: i, diverged: false });
    }
    await writeFile(join(dir, 'README.txt'), 'x'.repeat(10_000));
    const bound = 2048;
    const small = await openTrialCache(dir, { maxMb: bound / (1024 * 1024), now: clock.now });
    expect(small.sizeBytes).toBeLessThanOrEqual(bound);
    expect(await readFile(join(dir, 'README.txt'), 'utf8')).toHaveLength(10_000);
    expect(await small.get(trialKey(parts, 30, request))).not.toBeNull();
    expect(await small.get(trialKey(parts, 1, request))).toBeNull();
  });

  it('openTrialCache(dir) removes temp files a crashed writer left an hour ago, and keeps fresh ones', async () => {
    const dir = await tempDir();
    const stale = join(dir, `.tmp-${'a'.repeat(64)}-1-0000`);
    const fresh = join(dir, `.tmp-${'b'.repeat(64)}-1-0000`);
    await writeFile(stale, '{"form');
    await writeFile(fresh, '{"form');
    const staleTime = (await stat(fresh)).mtimeMs;
    await openTrialCache(dir, { now: () => staleTime + 30 * 60 * 1000 });
    expect((await readdir(dir)).length).toBe(2);
    await openTrialCache(dir, { now: () => staleTime + 2 * 60 * 60 * 1000 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('openTrialCache(dir, options) refuses a file as folder and a bound that is not > 0, naming the option', async () => {
    const dir = await tempDir();
    const file = join(dir, 'file');
    await writeFile(file, '');
    await expect(openTrialCache(file)).rejects.toThrow(new UsageError(messages.dirNotDirectory('cache', file)));
    await expect(openTrialCache(join(file, 'below'), { option: 'the cache input' })).rejects.toThrow(/^the cache input ".*below" cannot be used/);
    for (const maxMb of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(openTrialCache(dir, { maxMb })).rejects.toThrow(new UsageError(messages.maxMbInvalid('cache-max-mb', maxMb)));
    }
  });
});
