/**
 * SIGINT/SIGTERM against a real `lr-sweep search` process whose trials sleep: the first signal stops the
 * search, keeps the finished trials in samples.csv, removes stale results and exits 130/143.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/cli/messages.js';

const ROOT = resolve(import.meta.dirname, '../..');
// Trials below 1e-6 (lr = 0 included) answer at once; the others sleep far longer than the test waits.
const TRIAL = `if awk -v lr={lr} 'BEGIN { exit !(lr < 1e-6) }'; then echo 2; else sleep 30; echo 1; fi`;

let tmp = '';
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'lr-sweep-interrupt-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Starts `lr-sweep search`, waits until trials have finished, sends `signal` (twice with `again`), resolves with the exit. */
async function interrupted(out: string, signal: 'SIGINT' | 'SIGTERM', trial = TRIAL, again = false) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'search', '--command', trial, '--out', out, '--parallel', '2'], {
    cwd: ROOT,
    env: { ...process.env, CI: '', GITHUB_ACTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const started = Date.now();
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Some fast trials finish (progress lines), then the sleeping ones hold the search.
  while (!/^lr /m.test(stderr) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1500));
  const signalled = Date.now();
  child.kill(signal);
  if (again) {
    await new Promise((r) => setTimeout(r, 200));
    child.kill(signal);
  }
  const code = await exited;
  return { code, stderr, seconds: (Date.now() - started) / 1000, afterSignal: (Date.now() - signalled) / 1000 };
}

describe('lr-sweep search interrupted', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s stops the search at once, keeps the finished trial in samples.csv, removes stale results and exits %i', async (signal, exitCode) => {
    const out = join(tmp, signal);
    const run = await interrupted(out, signal);
    expect(run.code, run.stderr).toBe(exitCode);
    // The sleeping trials got SIGTERM: nowhere near their 30 s.
    expect(run.seconds).toBeLessThan(25);
    const finished = run.stderr.split('\n').filter((line) => line.startsWith('lr ')).length;
    expect(finished).toBeGreaterThan(0);
    expect(run.stderr).toContain(messages.errorLine(messages.interrupted(signal, finished, join(out, 'samples.csv'))));
    const rows = (await readFile(join(out, 'samples.csv'), 'utf8')).trimEnd().split('\n');
    expect(rows).toHaveLength(finished + 1);
    expect(rows.slice(1).every((row) => row.endsWith(',2,false,0,false'))).toBe(true);
    expect(await readdir(out)).toEqual(['samples.csv']);
  });

  it('a second SIGINT kills trials that ignore SIGTERM at once, and nothing of them is left running', async () => {
    // The slow trials trap SIGTERM: only SIGKILL ends them. The marker (sleep 41.5) finds them in ps.
    const stubborn = `if awk -v lr={lr} 'BEGIN { exit !(lr < 1e-6) }'; then echo 2; else trap '' TERM; sleep 41.5; echo 1; fi`;
    const run = await interrupted(join(tmp, 'twice'), 'SIGINT', stubborn, true);
    expect(run.code, run.stderr).toBe(130);
    // Before the 2 s SIGTERM grace is over: the second signal escalated.
    expect(run.afterSignal).toBeLessThan(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain('sleep 41.5');
  });

  it('an earlier results.json, repeats.json and report.md in --out are removed by an interrupted search', async () => {
    const out = join(tmp, 'stale');
    const first = await interrupted(out, 'SIGINT');
    expect(first.code).toBe(130);
    const earlier = JSON.stringify({ samples: [], settings: {}, method: 'midpoint' });
    await writeFile(join(out, 'results.json'), earlier);
    await writeFile(join(out, 'repeats.json'), '{}');
    await writeFile(join(out, 'report.md'), '# old');
    const second = await interrupted(out, 'SIGINT');
    expect(second.code).toBe(130);
    expect(await readdir(out)).toEqual(['samples.csv']);
  });
});
