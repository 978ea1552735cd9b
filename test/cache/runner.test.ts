import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashKeyFiles } from '../../src/cache/files.js';
import type { TrialKeyParts } from '../../src/cache/key.js';
import { messages } from '../../src/cache/messages.js';
import { withTrialCache } from '../../src/cache/runner.js';
import { openTrialCache, type TrialCache } from '../../src/cache/store.js';
import { TrialError } from '../../src/errors.js';
import { search } from '../../src/search/search.js';
import { resolveSettings } from '../../src/search/settings.js';
import type { SearchSettings, SweepResult, TrialOutcome, TrialRequest, TrialRunner } from '../../src/search/types.js';
import { syntheticRunner } from '../../bench/synthetic/runner.js';
import { TEST_CURVE } from '../search/curve.js';
import { tempDirs } from './helpers.js';

const tempDir = tempDirs();

/** The result as the search found it, without which trials the cache answered (`samples[].cached`). */
function uncached(result: SweepResult): SweepResult {
  return { ...result, samples: result.samples.map(({ cached: _cached, ...sample }) => sample) };
}

const PARTS: TrialKeyParts = { identity: 'command:python train.py --lr {lr}', filesHash: 'f'.repeat(64), definitionHash: null, backend: null };

/** The runner shape of the interrupt seam (`kill` joins TrialRunner there). */
type KillableRunner = TrialRunner & { kill(): void };

/** Counts what the search does to the real runner it would open. */
interface Counts {
  opens: number;
  started: number;
  closes: number;
  kills: number;
  /** Learning rates of the trials that ran to the end. */
  finished: number[];
}

interface FakeOptions {
  /** The trial started after this many starts throws instead (an interrupt or a crash). */
  readonly failAfter?: number;
  /** Each trial takes a few milliseconds that depend on its lr, so parallel trials finish out of order. */
  readonly jitter?: boolean;
}

/** `open` for withTrialCache over a noisy synthetic curve (the same lr always gives the same loss), counting everything. */
function fakeOpen(options: FakeOptions = {}): { open: () => Promise<KillableRunner>; counts: Counts } {
  const counts: Counts = { opens: 0, started: 0, closes: 0, kills: 0, finished: [] };
  const open = async (): Promise<KillableRunner> => {
    counts.opens += 1;
    const curve = syntheticRunner(TEST_CURVE, 0.03, 7);
    return {
      async run(lr: number, request: TrialRequest): Promise<TrialOutcome> {
        counts.started += 1;
        const index = counts.started;
        if (options.jitter) await new Promise((r) => setTimeout(r, Math.round(Math.abs(Math.log10(lr || 1e-9)) * 7) % 5));
        if (options.failAfter !== undefined && index > options.failAfter) throw new TrialError(`trial ${index} interrupted`, lr);
        const outcome = await curve.run(lr, request);
        counts.finished.push(lr);
        return outcome;
      },
      async close() {
        counts.closes += 1;
      },
      kill() {
        counts.kills += 1;
      },
    } satisfies KillableRunner;
  };
  return { open, counts };
}

/** One search through a cached runner, closed afterwards; returns the result, the outcomes' cached flags and the counts. */
async function cachedSearch(cache: TrialCache, settings: SearchSettings, parts: TrialKeyParts = PARTS, fake = fakeOpen()) {
  const runner = withTrialCache(fake.open, cache, parts);
  const flags: boolean[] = [];
  const counting: TrialRunner = {
    run: async (lr, request) => {
      const outcome = await runner.run(lr, request);
      flags.push(outcome.cached);
      return outcome;
    },
  };
  try {
    const result = await search(counting, settings);
    return { result, flags, counts: fake.counts, stats: runner.stats() };
  } finally {
    await runner.close();
  }
}

describe('withTrialCache', () => {
  it('withTrialCache(open, cache, parts) answers an identical second search from the cache: the runner is never opened, same result', async () => {
    const cache = await openTrialCache(await tempDir());
    const settings = resolveSettings({ parallel: 2 });
    const first = await cachedSearch(cache, settings);
    expect(first.counts.opens).toBe(1);
    expect(first.counts.started).toBe(first.result.trials);
    expect(first.stats).toEqual({ hits: 0, misses: first.result.trials, stored: first.result.trials, opened: true });
    expect(first.flags.every((f) => !f)).toBe(true);
    expect(first.result.samples.some((s) => s.diverged)).toBe(true);

    const second = await cachedSearch(await openTrialCache(cache.dir), settings);
    expect(second.counts).toEqual({ opens: 0, started: 0, closes: 0, kills: 0, finished: [] });
    expect(second.stats).toEqual({ hits: first.result.trials, misses: 0, stored: 0, opened: false });
    expect(second.flags.every((f) => f)).toBe(true);
    expect(uncached(second.result)).toEqual(uncached(first.result));
  });

  it('withTrialCache gets no hit once a file named by the key-file globs is edited', async () => {
    const project = await tempDir();
    await writeFile(join(project, 'train.py'), 'model = mlp(64)\n');
    const cache = await openTrialCache(await tempDir());
    const settings = resolveSettings({ maxTrials: 25 });
    const parts = async (): Promise<TrialKeyParts> => ({ ...PARTS, filesHash: (await hashKeyFiles(['*.py'], { cwd: project })).hash });
    const first = await cachedSearch(cache, settings, await parts());
    expect((await cachedSearch(cache, settings, await parts())).counts.started).toBe(0);
    await writeFile(join(project, 'train.py'), 'model = mlp(128)\n');
    const edited = await cachedSearch(cache, settings, await parts());
    expect(edited.stats.hits).toBe(0);
    expect(edited.counts.started).toBe(first.result.trials);
  });

  it('withTrialCache gets no hit for another identity, definition, backend, runner option, steps or seed', async () => {
    const cache = await openTrialCache(await tempDir());
    const settings = resolveSettings({ maxTrials: 20 });
    await cachedSearch(cache, settings);
    // The lr = 0 trial runs 0 steps whatever the steps setting, so only it may hit when steps alone differ.
    const variants: [TrialKeyParts, SearchSettings, number][] = [
      [{ ...PARTS, identity: 'command:python train2.py --lr {lr}' }, settings, 0],
      [{ ...PARTS, definitionHash: 'd'.repeat(64) }, settings, 0],
      [{ ...PARTS, backend: 'wasm' }, settings, 0],
      [{ ...PARTS, options: { divergeFactor: 5 } }, settings, 0],
      [PARTS, resolveSettings({ maxTrials: 20, steps: 21 }), 1],
      [PARTS, resolveSettings({ maxTrials: 20, seed: 1 }), 0],
    ];
    for (const [parts, s, lossAtZeroHits] of variants) {
      const run = await cachedSearch(cache, s, parts);
      expect(run.stats.hits).toBe(lossAtZeroHits);
      expect(run.counts.started).toBe(run.result.trials - lossAtZeroHits);
    }
  });

  it('withTrialCache ignores a corrupt entry with one warning, reruns only that trial, and the picks do not change', async () => {
    const dir = await tempDir();
    const settings = resolveSettings();
    const first = await cachedSearch(await openTrialCache(dir), settings);
    const names = (await readdir(dir)).sort();
    const [damaged, swapped, donor] = [names[3]!, names[10]!, names[11]!];
    const text = await readFile(join(dir, damaged), 'utf8');
    await writeFile(join(dir, damaged), text.slice(0, 20));
    await writeFile(join(dir, swapped), await readFile(join(dir, donor)));
    const warnings: string[] = [];
    const second = await cachedSearch(await openTrialCache(dir, { log: (l) => warnings.push(l) }), settings);
    expect(warnings.sort()).toEqual(
      [
        messages.entryIgnored(join(dir, damaged), 'not JSON (partly written?)'),
        messages.entryIgnored(join(dir, swapped), "its key differs from the trial's"),
      ].sort(),
    );
    expect(second.counts.started).toBe(2);
    expect(uncached(second.result)).toEqual(uncached(first.result));
    expect(second.result.picks).toEqual(first.result.picks);
  });

  it('a search stopped part way and rerun starts at most total + parallel trials in all and gives the uninterrupted result', async () => {
    const parallel = 3;
    const settings = resolveSettings({ parallel });
    const baseline = await cachedSearch(await openTrialCache(await tempDir()), settings);
    for (const stopAfter of [1, 7, 20, baseline.result.trials - 2]) {
      const dir = await tempDir();
      const interrupted = fakeOpen({ failAfter: stopAfter, jitter: true });
      await expect(cachedSearch(await openTrialCache(dir), settings, PARTS, interrupted)).rejects.toThrow(TrialError);
      expect((await readdir(dir)).length).toBe(interrupted.counts.finished.length);
      const rerun = await cachedSearch(await openTrialCache(dir), settings, PARTS, fakeOpen({ jitter: true }));
      expect(interrupted.counts.started + rerun.counts.started).toBeLessThanOrEqual(baseline.result.trials + parallel);
      expect(rerun.counts.started).toBe(baseline.result.trials - interrupted.counts.finished.length);
      expect(uncached(rerun.result)).toEqual(uncached(baseline.result));
    }
  });

  it('withTrialCache opens the runner once for parallel misses and not at all while trials hit', async () => {
    const cache = await openTrialCache(await tempDir());
    const settings = resolveSettings({ maxTrials: 30 });
    const small = await cachedSearch(cache, resolveSettings({ maxTrials: 18 }));
    const fake = fakeOpen({ jitter: true });
    const runner = withTrialCache(fake.open, cache, PARTS);
    const cachedLrs = small.result.samples.map((s) => s.lr);
    const hits = await Promise.all(cachedLrs.map((lr) => runner.run(lr, { steps: lr === 0 ? 0 : settings.steps, seed: settings.seed })));
    expect(hits.every((o) => o.cached)).toBe(true);
    expect(fake.counts.opens).toBe(0);
    const misses = await Promise.all([2e-5, 3e-5, 4e-5, 5e-5].map((lr) => runner.run(lr, { steps: 20, seed: 0 })));
    expect(misses.map((o) => o.cached)).toEqual([false, false, false, false]);
    expect(fake.counts.opens).toBe(1);
    expect(runner.stats()).toEqual({ hits: cachedLrs.length, misses: 4, stored: 4, opened: true });
    await runner.close();
    expect(fake.counts.closes).toBe(1);
  });

  it('withTrialCache forwards kill and close to an opened runner, refuses trials after close, and never opens to close', async () => {
    const cache = await openTrialCache(await tempDir());
    const unopened = fakeOpen();
    const idle = withTrialCache(unopened.open, cache, PARTS);
    idle.kill();
    await idle.close();
    expect(unopened.counts).toMatchObject({ opens: 0, closes: 0, kills: 0 });
    await expect(idle.run(1e-3, { steps: 20, seed: 0 })).rejects.toThrow(new TrialError(messages.runnerClosed(1e-3), 1e-3));

    const fake = fakeOpen();
    const runner = withTrialCache(fake.open, cache, PARTS);
    const pending = runner.run(1e-3, { steps: 20, seed: 0 });
    runner.kill(); // while the runner is still opening
    await pending;
    await Promise.resolve();
    expect(fake.counts.kills).toBe(1);
    runner.kill();
    expect(fake.counts.kills).toBe(2);
    await runner.close();
    expect(fake.counts.closes).toBe(1);
  });

  it('withTrialCache rejects a hit with the abort reason when the request is already aborted', async () => {
    const cache = await openTrialCache(await tempDir());
    const fake = fakeOpen();
    const runner = withTrialCache(fake.open, cache, PARTS);
    await runner.run(1e-3, { steps: 20, seed: 0 });
    const controller = new AbortController();
    const reason = new Error('SIGINT');
    controller.abort(reason);
    const request: TrialRequest & { readonly signal: AbortSignal } = { steps: 20, seed: 0, signal: controller.signal };
    await expect(runner.run(1e-3, request)).rejects.toBe(reason);
    await runner.close();
  });

  it('withTrialCache stores no failed trial, and warns once and goes on when the folder cannot take entries', async () => {
    const dir = await tempDir();
    const cache = await openTrialCache(dir);
    const failing = withTrialCache(fakeOpen({ failAfter: 0 }).open, cache, PARTS);
    await expect(failing.run(1e-3, { steps: 20, seed: 0 })).rejects.toThrow(TrialError);
    expect(await readdir(dir)).toEqual([]);

    await rm(dir, { recursive: true });
    const warnings: string[] = [];
    const fake = fakeOpen();
    const runner = withTrialCache(fake.open, cache, PARTS, { log: (l) => warnings.push(l) });
    const result = await search(runner, resolveSettings({ maxTrials: 19 }));
    expect(result.trials).toBe(19);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: the trial cache in .* could not store a trial \(ENOENT/);
    expect(runner.stats()).toMatchObject({ misses: 19, stored: 0 });
  });
});
