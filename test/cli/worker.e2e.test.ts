import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './real-cli.js';
import { workerHelperPath } from '../../src/runners/worker/helper.js';
import type { SweepResult } from '../../src/search/types.js';

/** Debian's python3 (a pyenv shim on PATH may not be a plain interpreter); the stand-in needs only the stdlib. */
const PYTHON = '/usr/bin/python3';
const STANDIN = 'fixtures/worker/standin.py';


async function starts(file: string): Promise<number> {
  return (await readFile(file, 'utf8').catch(() => '')).split('\n').filter((line) => line !== '').length;
}

describe('lr-sweep search --worker end to end', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-worker-e2e-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('search --worker gives the samples and picks of search --command with the same stand-in, starting one worker per slot (two with --parallel 2)', async () => {
    const commandStarts = join(dir, 'command.starts');
    const workerStarts = join(dir, 'worker.starts');
    const viaCommand = await cli(['search', '--command', `${PYTHON} ${STANDIN} --lr {lr} --steps {steps} --seed {seed}`, '--out', join(dir, 'command'), '--json'], {
      STANDIN_STARTS: commandStarts,
    });
    expect(viaCommand.code, viaCommand.stderr).toBe(0);
    const viaWorker = await cli(['search', '--worker', `${PYTHON} ${STANDIN}`, '--out', join(dir, 'worker'), '--json'], {
      STANDIN_STARTS: workerStarts,
    });
    expect(viaWorker.code, viaWorker.stderr).toBe(0);
    const a = JSON.parse(viaCommand.stdout) as SweepResult;
    const b = JSON.parse(viaWorker.stdout) as SweepResult;
    expect(a.picks).not.toBeNull();
    expect(b.picks).toEqual(a.picks);
    const byLr = (r: SweepResult) => [...r.samples].map(({ lr, loss, diverged }) => ({ lr, loss, diverged })).sort((x, y) => x.lr - y.lr);
    expect(byLr(b)).toEqual(byLr(a));
    expect(await starts(commandStarts)).toBe(a.trials);
    expect(await starts(workerStarts)).toBe(1);
    const twoSlots = join(dir, 'two.starts');
    const parallel = await cli(['search', '--worker', `${PYTHON} ${STANDIN}`, '--parallel', '2', '--out', join(dir, 'two'), '--json'], { STANDIN_STARTS: twoSlots });
    expect(parallel.code, parallel.stderr).toBe(0);
    expect((JSON.parse(parallel.stdout) as SweepResult).picks).not.toBeNull();
    expect(await starts(twoSlots)).toBe(2);
  });

  it('search --worker with --devices gives each slot its own CUDA_VISIBLE_DEVICES', async () => {
    const log = join(dir, 'devices.log');
    const script = `import os, sys\nsys.path.insert(0, ${JSON.stringify(resolve(ROOT, 'python'))})\nfrom lr_sweep_worker import serve\nimport math\ndef train(lr, steps, seed):\n    with open(${JSON.stringify(log)}, 'a') as f: f.write(os.environ['CUDA_VISIBLE_DEVICES'] + ' ' + os.environ['LR_SWEEP_DEVICE'] + ' ' + os.environ['LR_SWEEP_SLOT'] + '\\n')\n    x = math.log10(lr) if lr > 0 else -9\n    return 2.3 - 2.0 / (1 + math.exp(-(x + 3) / 0.35)) + math.exp((x + 0.5) * 3) if steps > 0 else 2.3\nserve(train)\n`;
    const path = join(dir, 'devices_worker.py');
    await import('node:fs/promises').then((fs) => fs.writeFile(path, script));
    const run = await cli(['search', '--worker', `${PYTHON} ${path}`, '--devices', 'gpu-a,gpu-b', '--out', join(dir, 'devices'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const lines = (await readFile(log, 'utf8')).trim().split('\n');
    const pairs = new Set(lines.map((line) => line));
    // --parallel defaults to the number of devices: slot 0 owns gpu-a, slot 1 owns gpu-b, and nothing else is seen.
    expect([...pairs].sort()).toEqual(['gpu-a gpu-a 0', 'gpu-b gpu-b 1']);
  });

  it('worker-helper --path prints the shipped Python helper', async () => {
    const { code, stdout } = await cli(['worker-helper', '--path']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(workerHelperPath());
    expect(await readFile(stdout.trim(), 'utf8')).toContain('def serve(');
  });
});
