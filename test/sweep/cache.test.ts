import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages as cacheMessages } from '../../src/cache/messages.js';
import { UsageError } from '../../src/errors.js';
import type { TrialRequest } from '../../src/search/types.js';
import type { SweepCacheOptions } from '../../src/sweep/cache.js';
import type { TfjsRunnerHandle } from '../../src/sweep/runners.js';
import { sweep, type FinishedSweep, type SweepOptions } from '../../src/sweep/sweep.js';

const L0 = 2.3;
/** A window near 1e-3 and a blow-up past 0.3: enough for picks. */
function curveLoss(lr: number): number {
  if (lr === 0) return L0;
  const x = Math.log10(lr);
  const loss = L0 - 2 / (1 + Math.exp(-(x + 3) / 0.35)) + 0.6 * Math.exp((x + 0.6) / 0.25);
  return loss > 4 * L0 ? Number.NaN : loss;
}

interface CountingRunner extends TfjsRunnerHandle {
  readonly lrs: number[];
}

/** A TensorFlow.js runner stand-in that counts the trials it really runs. */
function countingRunner(backend: 'cpu' | 'wasm' = 'cpu', dataFingerprint: string | null = null): CountingRunner {
  const runner = {
    lrs: [] as number[],
    backend,
    dataFingerprint,
    defaults: {},
    async run(lr: number, request: TrialRequest) {
      runner.lrs.push(lr);
      const value = curveLoss(lr);
      return { loss: value, diverged: !Number.isFinite(value), stepsRun: request.steps, trainLoss: null, metrics: {}, timing: { trainMs: 0, evalMs: 0, resetMs: 0 } };
    },
    async close() {},
  } satisfies CountingRunner;
  return runner;
}

const NAMES: SweepCacheOptions['names'] = { dir: '--cache', keyFiles: '--cache-key-files', maxMb: '--cache-max-mb', source: '--command' };

describe('sweep with a trial cache', () => {
  let dir = '';
  let lines: string[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-sweep-cache-'));
    lines = [];
    await writeFile(join(dir, 'model.mjs'), 'export default {};\n');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function options(runner: CountingRunner, cache: Partial<SweepCacheOptions> = {}): SweepOptions {
    return {
      explicit: { maxTrials: 30 },
      explicitOrigin: 'flag',
      nameOf: (key) => key,
      cwd: dir,
      log: (line) => lines.push(line),
      createTfjsRunner: async () => runner,
      cache: { dir: 'cache', names: NAMES, ...cache },
    };
  }

  async function done(outcome: Promise<unknown>): Promise<FinishedSweep> {
    const result = (await outcome) as FinishedSweep;
    expect(result.status).toBe('done');
    return result;
  }

  it('sweep(config, { cache }) runs no trial the second time, gives the same result, and marks every sample cached', async () => {
    const first = countingRunner();
    const a = await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(first)));
    expect(first.lrs).toHaveLength(a.result.trials);
    expect(a.result.samples.every((s) => s.cached === false)).toBe(true);
    expect(a.cache).toEqual({ hits: 0, misses: a.result.trials, stored: a.result.trials, opened: true });
    expect(await readdir(join(dir, 'cache'))).toHaveLength(a.result.trials);

    const second = countingRunner();
    const b = await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(second)));
    expect(second.lrs).toEqual([]);
    expect(b.result.picks).toEqual(a.result.picks);
    expect(b.result.samples.map(({ lr, loss }) => ({ lr, loss }))).toEqual(a.result.samples.map(({ lr, loss }) => ({ lr, loss })));
    expect(b.result.samples.every((s) => s.cached === true)).toBe(true);
    expect(b.cache).toEqual({ hits: a.result.trials, misses: 0, stored: 0, opened: false });
  });

  it('sweep(config, { cache }) misses after the definition, a file it imports, the backend or the divergeFactor changed', async () => {
    await writeFile(join(dir, 'model.mjs'), "import './data.mjs';\nexport default {};\n");
    await writeFile(join(dir, 'data.mjs'), 'export const n = 1;\n');
    const base = await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(countingRunner())));
    const trials = base.result.trials;

    await writeFile(join(dir, 'data.mjs'), 'export const n = 2;\n');
    const edited = countingRunner();
    await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(edited)));
    expect(edited.lrs).toHaveLength(trials);

    const wasm = countingRunner('wasm');
    await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(wasm)));
    expect(wasm.lrs).toHaveLength(trials);

    const factor = countingRunner();
    await done(sweep({ kind: 'config', configPath: 'model.mjs', divergeFactor: 5 }, options(factor)));
    expect(factor.lrs.length).toBeGreaterThan(0);

    const again = countingRunner();
    await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(again)));
    expect(again.lrs).toEqual([]);
  });

  it('sweep(config, { cache }) misses when the data tensors fingerprint changed, and hits when it is the same', async () => {
    const base = await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(countingRunner('cpu', 'a'.repeat(64)))));
    expect(base.cache?.misses).toBeGreaterThan(0);
    const otherData = countingRunner('cpu', 'b'.repeat(64));
    await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(otherData)));
    expect(otherData.lrs.length).toBeGreaterThan(0);
    const sameData = countingRunner('cpu', 'a'.repeat(64));
    await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(sameData)));
    expect(sameData.lrs).toEqual([]);
  });

  it('sweep(config, { cache }) with other steps or seed runs every trial again', async () => {
    const base = await done(sweep({ kind: 'config', configPath: 'model.mjs' }, options(countingRunner())));
    const steps = countingRunner();
    await done(sweep({ kind: 'config', configPath: 'model.mjs' }, { ...options(steps), explicit: { maxTrials: 30, steps: 21 } }));
    // lr = 0 runs no step whatever --steps says, so that one trial is shared.
    expect(steps.lrs).toHaveLength(base.result.trials - 1);
    const seed = countingRunner();
    await done(sweep({ kind: 'config', configPath: 'model.mjs' }, { ...options(seed), explicit: { maxTrials: 30, seed: 1 } }));
    expect(seed.lrs).toHaveLength(base.result.trials);
  });

  it('sweep(command, { cache }) without key files logs the one-line warning; a glob matching nothing is a usage error before any trial', async () => {
    const runner = countingRunner();
    await expect(sweep({ kind: 'command', command: 'true' }, options(runner, { keyFiles: ['missing/*.py'] }))).rejects.toThrow(
      new UsageError(cacheMessages.keyFilesNoMatch('--cache-key-files', 'missing/*.py', dir)),
    );
    await expect(sweep({ kind: 'command', command: 'exit 3' }, options(runner))).rejects.toThrow();
    expect(lines).toContain(cacheMessages.keyFilesMissing('--command', '--cache-key-files'));
  });

  it('sweep(source) without a cache records no cached flag and reports cache null', async () => {
    const runner = countingRunner();
    const { cache: _unused, ...noCache } = options(runner);
    const result = await done(sweep({ kind: 'config', configPath: 'model.mjs' }, noCache));
    expect(result.cache).toBeNull();
    expect(result.result.samples.some((s) => 'cached' in s)).toBe(false);
  });
});
