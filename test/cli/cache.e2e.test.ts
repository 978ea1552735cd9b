/**
 * The trial cache through the real `lr-sweep search`: a rerun starts no trial process and no worker, an edited
 * key file gets no hit, and a search stopped by SIGINT resumes paying only for the trials it had not finished.
 * Trials are the stdlib-only stand-in framework (fixtures/worker/standin.py), copied as train.py into a temp
 * folder that is the searches' working directory; STANDIN_STARTS counts every process it starts.
 */
import { execFile, spawn } from 'node:child_process';
import { appendFile, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as cacheMessages } from '../../src/cache/messages.js';
import { messages } from '../../src/cli/messages.js';
import type { ResultsDocument } from '../../src/search/output.js';
import type { CliRun } from './real-cli.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'src/cli/main.ts');
const TSX = import.meta.resolve('tsx');
/** Debian's python3 (a pyenv shim on PATH may not be a plain interpreter); the stand-in needs only the stdlib. */
const PYTHON = '/usr/bin/python3';
const COMMAND = `${PYTHON} train.py --lr {lr} --steps {steps} --seed {seed}`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-sweep-cache-e2e-'));
  await copyFile(join(ROOT, 'fixtures/worker/standin.py'), join(dir, 'train.py'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `lr-sweep ARGS` run in the temp folder, never throwing on a non-zero exit. */
async function cli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', TSX, MAIN, ...args], { cwd: dir, env: { ...process.env, CI: '', GITHUB_ACTIONS: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function starts(file: string): Promise<number> {
  return (await readFile(file, 'utf8').catch(() => '')).split('\n').filter((line) => line !== '').length;
}

async function search(out: string, counter: string, extra: readonly string[] = []): Promise<ResultsDocument> {
  const run = await cli(['search', '--command', COMMAND, '--cache', 'cache', '--cache-key-files', 'train.py', '--out', out, '--json', ...extra], { STANDIN_STARTS: counter });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ResultsDocument;
}

describe('lr-sweep search --cache end to end', () => {
  it('a second identical search with the same --cache starts no trial process and gives identical picks and samples', async () => {
    const first = await search('first', join(dir, 'first.starts'));
    expect(await starts(join(dir, 'first.starts'))).toBe(first.trials);
    expect(first.samples.every((s) => (s as { cached?: boolean }).cached === false)).toBe(true);

    const second = await cli(['search', '--command', COMMAND, '--cache', 'cache', '--cache-key-files', 'train.py', '--out', 'second'], { STANDIN_STARTS: join(dir, 'second.starts') });
    expect(second.code, second.stderr).toBe(0);
    expect(await starts(join(dir, 'second.starts'))).toBe(0);
    // The table says where the trials came from.
    expect(second.stdout).toMatch(new RegExp(`^Cache +${cacheMessages.fromCache(first.trials, first.trials)}$`, 'm'));
    const again = JSON.parse(await readFile(join(dir, 'second', 'results.json'), 'utf8')) as ResultsDocument;
    expect(again.picks).toEqual(first.picks);
    expect(again.samples.map(({ lr, loss }) => ({ lr, loss }))).toEqual(first.samples.map(({ lr, loss }) => ({ lr, loss })));
    expect(again.samples.every((s) => (s as { cached?: boolean }).cached === true)).toBe(true);
    const csv = (await readFile(join(dir, 'second', 'samples.csv'), 'utf8')).trimEnd().split('\n');
    expect(csv[0]).toBe('lr,loss,diverged,round,cached');
    expect(csv.slice(1).every((row) => row.endsWith(',true'))).toBe(true);
    expect(await readFile(join(dir, 'second', 'report.md'), 'utf8')).toContain(`| trial cache | ${cacheMessages.fromCache(first.trials, first.trials)} |`);
  });

  it('an edited --cache-key-files file gets no hit; a --command without --cache-key-files prints the one-line warning', async () => {
    const base = await search('base', join(dir, 'base.starts'));
    await appendFile(join(dir, 'train.py'), '\n# edited\n');
    const edited = await search('edited', join(dir, 'edited.starts'));
    expect(await starts(join(dir, 'edited.starts'))).toBe(edited.trials);
    expect(edited.picks).toEqual(base.picks);

    const unkeyed = await cli(['search', '--command', COMMAND, '--cache', 'cache', '--out', 'unkeyed', '--json'], { STANDIN_STARTS: join(dir, 'unkeyed.starts') });
    expect(unkeyed.code, unkeyed.stderr).toBe(0);
    expect(unkeyed.stderr).toContain(cacheMessages.keyFilesMissing('--command', '--cache-key-files'));
  });

  it('search --worker with a full cache starts no worker', async () => {
    const worker = ['search', '--worker', `${PYTHON} ${join(ROOT, 'fixtures/worker/standin.py')}`, '--cache', 'worker-cache', '--cache-key-files', 'train.py', '--json'];
    const first = await cli([...worker, '--out', 'w1'], { STANDIN_STARTS: join(dir, 'w1.starts') });
    expect(first.code, first.stderr).toBe(0);
    expect(await starts(join(dir, 'w1.starts'))).toBe(1);
    const second = await cli([...worker, '--out', 'w2'], { STANDIN_STARTS: join(dir, 'w2.starts') });
    expect(second.code, second.stderr).toBe(0);
    expect(await starts(join(dir, 'w2.starts'))).toBe(0);
    expect((JSON.parse(second.stdout) as ResultsDocument).picks).toEqual((JSON.parse(first.stdout) as ResultsDocument).picks);
  });

  it('a search stopped by SIGINT part way and rerun starts at most total + parallel trials and gives the picks of an uninterrupted search', async () => {
    const parallel = ['--parallel', '2'];
    const whole = await cli(['search', '--command', COMMAND, '--out', 'whole', '--json', ...parallel]);
    expect(whole.code, whole.stderr).toBe(0);
    const reference = JSON.parse(whole.stdout) as ResultsDocument;

    const counter = join(dir, 'resume.starts');
    const args = ['search', '--command', COMMAND, '--cache', 'resume-cache', '--cache-key-files', 'train.py', ...parallel];
    const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args, '--out', 'stopped'], {
      cwd: dir,
      env: { ...process.env, CI: '', GITHUB_ACTIONS: '', STANDIN_STARTS: counter, STANDIN_TRIAL_S: '0.2' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const started = Date.now();
    while ((await starts(counter)) < 12 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    const finished = stderr.split('\n').filter((line) => line.startsWith('lr ')).length;
    expect(stderr).toContain(messages.interrupted('SIGINT', finished, join('stopped', 'samples.csv')));
    expect(stderr).toMatch(/lr-sweep: \d+ trials? stored in the trial cache resume-cache: run the same command again to resume/);
    const before = await starts(counter);
    expect(before).toBeLessThan(reference.trials);

    const rerun = await cli([...args, '--out', 'resumed', '--json'], { STANDIN_STARTS: counter });
    expect(rerun.code, rerun.stderr).toBe(0);
    const resumed = JSON.parse(rerun.stdout) as ResultsDocument;
    expect(resumed.picks).toEqual(reference.picks);
    expect(resumed.trials).toBe(reference.trials);
    expect(await starts(counter)).toBeLessThanOrEqual(reference.trials + 2);
    // The rerun took every trial the stopped search had finished from the cache.
    expect(resumed.samples.filter((s) => (s as { cached?: boolean }).cached === true).length).toBeGreaterThanOrEqual(finished);
  });

  it('--cache-key-files or --cache-max-mb without --cache, and a glob matching nothing, are one-line usage errors', async () => {
    const keyFiles = await cli(['search', '--command', COMMAND, '--cache-key-files', 'train.py']);
    expect(keyFiles.code).toBe(2);
    expect(keyFiles.stderr.trim()).toBe(messages.errorLine(messages.flagNeedsMode('--cache-key-files', ['--cache'])));
    const maxMb = await cli(['search', '--command', COMMAND, '--cache-max-mb', '5']);
    expect(maxMb.stderr.trim()).toBe(messages.errorLine(messages.flagNeedsMode('--cache-max-mb', ['--cache'])));
    const none = await cli(['search', '--command', COMMAND, '--cache', 'cache', '--cache-key-files', 'nothing/*.py', '--out', 'none']);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe(messages.errorLine(cacheMessages.keyFilesNoMatch('--cache-key-files', 'nothing/*.py', dir)));
  });
});
