import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './real-cli.js';
import { messages } from '../../src/cli/messages.js';
import type { SweepResult } from '../../src/search/types.js';
import { RESULT_KEYS } from '../../src/search/output.js';



describe('lr-sweep end to end', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-e2e-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lr-sweep search --command on the synthetic script writes results.json and samples.csv with a sensible window', async () => {
    const out = join(dir, 'report');
    const { code, stdout, stderr } = await cli([
      'search',
      '--command',
      'node fixtures/synthetic/train.mjs --lr {lr} --steps {steps} --seed {seed}',
      '--parallel',
      '2',
      '--out',
      out,
    ]);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as SweepResult;
    expect(Object.keys(result)).toEqual(RESULT_KEYS);
    // The script's L(0) is ln 10, printed to 6 decimals.
    expect(result.lossAtZero).toBeCloseTo(Math.log(10), 5);
    // Its descent is centred on 1e-3 and its minimum sits between 1e-2 and 1e-1 (blow-up past ~0.3).
    expect(result.reason).toBeNull();
    expect(result.minLr).toBeLessThan(1e-3);
    expect(result.maxLr).toBeGreaterThan(1e-2);
    expect(result.maxLr).toBeLessThan(2e-1);
    for (const pick of Object.values(result.picks ?? {})) {
      expect(pick).toBeGreaterThanOrEqual(result.minLr ?? Number.NaN);
      expect(pick).toBeLessThanOrEqual(result.maxLr ?? Number.NaN);
    }
    expect(result.trials).toBeLessThanOrEqual(60);
    const csv = (await readFile(join(out, 'samples.csv'), 'utf8')).trimEnd().split('\n');
    expect(csv[0]).toBe('lr,loss,diverged,round,cached');
    expect(csv).toHaveLength(result.trials + 1);
    expect(csv.some((line) => line.startsWith('0,'))).toBe(true);
    expect(stdout).toContain('Viable window');
    // Not a terminal: plain progress lines, one per trial, no carriage returns.
    expect(stderr).not.toContain('\r');
    expect(stderr.split('\n').filter((l) => /^lr \S+ {2}loss \S+ {2}trial \d+\/\d+ in \d+(\.\d+)? s {2}elapsed \d+:\d\d$/.test(l))).toHaveLength(result.trials);
  });

  it('lr-sweep search reads a JSON loss from a script that takes its values from LR_SWEEP_*', async () => {
    const out = join(dir, 'json-report');
    const { code, stdout, stderr } = await cli(['search', '--command', 'node fixtures/synthetic/train.mjs --json', '--json', '--out', out, '--max-trials', '30']);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout) as SweepResult;
    expect(result.trials).toBeLessThanOrEqual(30);
    expect(result.samples.filter((s) => s.diverged).length).toBeGreaterThan(0);
    expect(stdout).toBe(await readFile(join(out, 'results.json'), 'utf8'));
  });

  it('lr-sweep analyze on the results.json search wrote reproduces it exactly', async () => {
    const { code, stdout } = await cli(['analyze', join(dir, 'report', 'results.json'), '--json']);
    expect(code).toBe(0);
    const again = JSON.parse(stdout) as SweepResult;
    const original = JSON.parse(await readFile(join(dir, 'report', 'results.json'), 'utf8')) as SweepResult;
    expect(again).toEqual(original);
  });

  it('lr-sweep with a bad flag exits 2 with one line and no stack', async () => {
    const { code, stderr } = await cli(['search', '--command', 'echo 1', '--steps', 'many']);
    expect(code).toBe(2);
    expect(stderr).toBe(`${messages.errorLine(messages.badValue('--steps', 'many', 'a whole number >= 1'))}\n`);
  });
});
