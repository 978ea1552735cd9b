/**
 * The TensorFlow.js children from a build: dist/lib.js starts dist/tfjs-child.js (no tsx), and the action's
 * dist/action-tfjs-child.js serves the same contract with every package bundled. Builds into ./tmp (ignored),
 * inside the repository so the library build's external packages resolve from node_modules.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ENV, type ChildSpec } from '../../../src/runners/tfjs/children.js';
import { createTfjsRunner, type TfjsRunner } from '../../../src/runners/tfjs/index.js';
import { blobsConfig, tempProject, writeFiles } from './helpers.js';

const REPO = resolve(import.meta.dirname, '../../..');
let out: string;
let project: string;
beforeAll(async () => {
  await mkdir(join(REPO, 'tmp'), { recursive: true });
  out = await mkdtemp(join(REPO, 'tmp', 'dist-children-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], { cwd: REPO, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  project = tempProject();
  writeFiles(project, { 'lr-sweep.config.mjs': blobsConfig() });
}, 300_000);
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await rm(project, { recursive: true, force: true });
});

async function inProcessLoss(lr: number): Promise<number> {
  const runner = await createTfjsRunner({ configPath: 'lr-sweep.config.mjs', cwd: project, backend: 'cpu' });
  try {
    return (await runner.run(lr, { steps: 5, seed: 0 })).loss;
  } finally {
    await runner.close();
  }
}

describe('TensorFlow.js children from dist/', () => {
  it('dist/lib.js createTfjsRunner({ slots: 2 }) runs its trials in dist/tfjs-child.js with the in-process losses', async () => {
    const lib = (await import(join(out, 'lib.js'))) as { createTfjsRunner: typeof createTfjsRunner };
    const runner: TfjsRunner = await lib.createTfjsRunner({ configPath: 'lr-sweep.config.mjs', cwd: project, backend: 'cpu', slots: 2 });
    try {
      const outcomes = await Promise.all([0.03, 0.3].map((lr) => runner.run(lr, { steps: 5, seed: 0 })));
      expect(outcomes.map((o) => o.loss)).toEqual([await inProcessLoss(0.03), await inProcessLoss(0.3)]);
    } finally {
      await runner.close();
    }
  }, 180_000);

  it('dist/action-tfjs-child.js (all packages bundled) answers a request line with the in-process loss and exits at EOF', async () => {
    const spec: ChildSpec = { configPath: 'lr-sweep.config.mjs', cwd: project, backend: 'cpu', seed: 0, divergeFactor: 4 };
    const child = spawn(process.execPath, [join(out, 'action-tfjs-child.js')], {
      cwd: project,
      env: { ...process.env, [CHILD_ENV]: JSON.stringify(spec) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    const answered = new Promise<void>((done) =>
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (line.includes('"id":7')) done();
      }),
    );
    child.stdin.write('{"id":7,"lr":0.3,"steps":5,"seed":0}\n');
    await answered;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(lines[0]).toBe('{"lr_sweep_worker":"ready"}');
    expect(JSON.parse(lines[1]!).loss).toBe(await inProcessLoss(0.3));
  }, 180_000);
});
