import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, TrialError, UsageError } from '../../../src/errors.js';
import { deviceMessages } from '../../../src/runners/messages.js';
import { CHILD_ENV, childArgv, shellLine } from '../../../src/runners/tfjs/children.js';
import { createTfjsRunner, type TfjsRunner, type TfjsRunnerOptions } from '../../../src/runners/tfjs/index.js';
import { search } from '../../../src/search/search.js';
import { resolveSettings } from '../../../src/search/settings.js';
import type { TrialRecord } from '../../../src/search/types.js';
import { blobsConfig, blobsFields, configSource, tempProject, writeFiles } from './helpers.js';

/** Child start-up (tsx, tfjs, the model) takes seconds on a loaded machine. */
const SLOW = 180_000;
const open: TfjsRunner[] = [];

async function runnerFor(source: string, options: Partial<TfjsRunnerOptions> = {}): Promise<{ runner: TfjsRunner; dir: string }> {
  const dir = tempProject();
  writeFiles(dir, { 'lr-sweep.config.mjs': source });
  const runner = await createTfjsRunner({ configPath: 'lr-sweep.config.mjs', cwd: dir, backend: 'cpu', ...options });
  open.push(runner);
  return { runner, dir };
}

/** Pids of live child processes whose spec names `dir` (a test's own temporary project). */
async function childrenOf(dir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const environ = await readFile(`/proc/${name}/environ`, 'utf8').catch(() => '');
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const zombie = stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
    if (!zombie && environ.includes(`${CHILD_ENV}=`) && environ.includes(dir)) pids.push(Number(name));
  }
  return pids;
}

const samples = (records: readonly TrialRecord[]) => [...records].sort((a, b) => a.lr - b.lr).map((r) => [r.lr, r.loss, r.diverged]);

afterEach(async () => {
  for (const runner of open.splice(0)) await runner.close();
});

describe('createTfjsRunner({ slots })', () => {
  it.each(['cpu', 'wasm'] as const)(
    'createTfjsRunner({ slots: 2 }) on %s gives the same search samples as slots 1, with a dropout layer',
    async (backend) => {
      const source = blobsConfig({ extraLayers: 'tf.layers.dropout({ rate: 0.3 }),', optimizer: "'adam'" });
      const settings = { steps: 8, maxTrials: 12, startLr: 1e-4, endLr: 10 };
      const one = await runnerFor(source, { backend });
      const two = await runnerFor(source, { backend, slots: 2 });
      expect(two.runner.slots).toBe(2);
      expect(two.runner.backend).toBe(backend);
      const serial = await search(one.runner, resolveSettings({ ...settings, parallel: 1 }));
      const parallel = await search(two.runner, resolveSettings({ ...settings, parallel: 2 }));
      expect(parallel.samples.length).toBeGreaterThanOrEqual(8);
      expect(samples(parallel.samples)).toEqual(samples(serial.samples));
      expect(parallel.selectedLr).toBe(serial.selectedLr);
    },
    SLOW,
  );

  it('run() through children returns the in-process outcome: loss, steps run, training loss and metrics', async () => {
    const source = blobsConfig();
    const one = await runnerFor(source);
    const two = await runnerFor(source, { slots: 2 });
    for (const [lr, seed] of [[0, 0], [0.3, 0], [30, 0], [0.3, 4]] as const) {
      const { timing: _a, ...expected } = await one.runner.run(lr, { steps: 6, seed });
      const { timing, ...got } = await two.runner.run(lr, { steps: 6, seed });
      expect(got).toEqual(expected);
      expect(timing.trainMs).toBeGreaterThanOrEqual(0);
    }
  }, SLOW);

  it('close() leaves no child process behind', async () => {
    const { runner, dir } = await runnerFor(blobsConfig(), { slots: 2 });
    await Promise.all([runner.run(0.1, { steps: 2, seed: 0 }), runner.run(0.2, { steps: 2, seed: 0 })]);
    // Each slot: the shell that leads its process group, and node.
    expect((await childrenOf(dir)).length).toBeGreaterThanOrEqual(2);
    await runner.close();
    expect(await childrenOf(dir)).toEqual([]);
  }, SLOW);

  it('kill() ends the children at once; the running trial rejects as stopped', async () => {
    const { runner, dir } = await runnerFor(blobsConfig({ trainCount: 4000 }), { slots: 2 });
    await runner.run(0.1, { steps: 1, seed: 0 });
    const long = runner.run(0.1, { steps: 100_000, seed: 0 });
    const settled = long.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await new Promise((r) => setTimeout(r, 500));
    runner.kill();
    const error = await settled;
    expect(error).toBeInstanceOf(TrialError);
    for (let waited = 0; waited < 5000 && (await childrenOf(dir)).length > 0; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(await childrenOf(dir)).toEqual([]);
  }, SLOW);

  it('a config error in a child is the same one-line ConfigError as in-process', async () => {
    // The factory fails only at lr >= 1, so the probe at start passes and the error comes from a trial.
    const optimizer = "(tf, lr) => { if (lr >= 1) throw new Error('lr too large for this optimizer'); return tf.train.sgd(lr); }";
    const source = configSource({ ...blobsFields(), optimizer });
    const one = await runnerFor(source);
    const two = await runnerFor(source, { slots: 2 });
    const inProcess = await one.runner.run(2, { steps: 3, seed: 0 }).catch((e: unknown) => e);
    const inChild = await two.runner.run(2, { steps: 3, seed: 0 }).catch((e: unknown) => e);
    expect(inProcess).toBeInstanceOf(ConfigError);
    expect(inChild).toBeInstanceOf(ConfigError);
    expect((inChild as Error).message).toBe((inProcess as Error).message);
    expect((inChild as Error).message).not.toContain('\n');
    // The child still serves trials after a failed one.
    expect(Number.isFinite((await two.runner.run(0.1, { steps: 3, seed: 0 })).loss)).toBe(true);
  }, SLOW);

  it('createTfjsRunner rejects more slots than devices before loading anything', async () => {
    await expect(createTfjsRunner({ configPath: 'missing.mjs', slots: 3, devices: ['0', '1'] })).rejects.toThrow(
      new UsageError(deviceMessages.moreSlots('devices', ['0', '1'], 3)),
    );
  });

  it('identity names the absolute config path and the concrete backend', async () => {
    const { runner, dir } = await runnerFor(blobsConfig());
    expect(runner.identity).toBe(`config:${dir}/lr-sweep.config.mjs#backend=cpu`);
  }, SLOW);
});

describe('childArgv()', () => {
  it('childArgv() from the sources runs child.ts with node and the tsx loader', () => {
    const argv = childArgv();
    expect(argv[0]).toBe(process.execPath);
    expect(argv[1]).toBe('--import');
    expect(argv.at(-1)).toMatch(/src\/runners\/tfjs\/child\.ts$/);
    for (const file of argv.slice(2)) expect(existsSync(file.replace(/^file:\/\//, ''))).toBe(true);
  });

  it("shellLine(argv) single-quotes every word, quotes inside included", () => {
    expect(shellLine(['/a b/node', "it's"])).toBe(`'/a b/node' 'it'\\''s'`);
  });
});
