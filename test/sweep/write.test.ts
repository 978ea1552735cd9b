import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError, UsageError } from '../../src/errors.js';
import { REPEATS_FILE } from '../../src/repeats/summary.js';
import { prepareOutputFolder, writeFileSafely } from '../../src/report/files.js';
import { resultsJson, samplesCsv } from '../../src/search/output.js';
import { allFrom } from '../../src/search/settings.js';
import type { FinishedSweep, InterruptedSweep } from '../../src/sweep/sweep.js';
import { writeInterrupted, writeSweep, type ReportWriter } from '../../src/sweep/write.js';
import { windowResult } from '../cli/results-fixture.js';

const words = { notDirectory: () => 'not a folder', notOurs: (e: string) => `not ours: ${e}`, notWritable: (r: string) => `not writable: ${r}` };
const done: FinishedSweep = { status: 'done', result: windowResult, settingsSource: allFrom('default'), selectedLr: windowResult.selectedLr, repeats: null, identity: 'command:x' };
const okReport = (async (_result, dir) => {
  await writeFile(join(dir, 'report.md'), '# report');
  return { files: [join(dir, 'report.md')], markdown: '# report', pngSkipped: null };
}) satisfies ReportWriter;

describe('sweep/write', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-write-'));
  });
  afterEach(async () => {
    await chmod(dir, 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('writeSweep(dir, done) writes results.json, samples.csv and the report, removes a stale repeats.json, and leaves other files alone', async () => {
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await writeFile(join(dir, REPEATS_FILE), '{}');
    const written = await writeSweep(dir, done, { writeReport: okReport });
    expect(written.files).toEqual([join(dir, 'results.json'), join(dir, 'samples.csv'), join(dir, 'report.md')]);
    expect(await readFile(join(dir, 'results.json'), 'utf8')).toBe(resultsJson(windowResult, done.settingsSource));
    expect(await readFile(join(dir, 'samples.csv'), 'utf8')).toBe(samplesCsv(windowResult.samples));
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await readdir(dir)).sort()).toEqual(['notes.txt', 'report.md', 'results.json', 'samples.csv']);
  });

  it('writeSweep(dir, done) replaces a symlink at results.json and never writes through it', async () => {
    const outside = join(dir, 'outside.json');
    await writeFile(outside, 'precious');
    const out = join(dir, 'out');
    await mkdir(out);
    await symlink(outside, join(out, 'results.json'));
    await writeSweep(out, done, { writeReport: okReport });
    expect(await readFile(outside, 'utf8')).toBe('precious');
    expect(await readFile(join(out, 'results.json'), 'utf8')).toBe(resultsJson(windowResult, done.settingsSource));
  });

  it('writeSweep(dir, done) saves the results in a fresh temp folder and names it when the report cannot be written', async () => {
    const failing: ReportWriter = async () => {
      throw new Error('EACCES: permission denied, open report.md');
    };
    const error = await writeSweep(dir, done, { writeReport: failing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    const fallback = (error as OutputError).fallback;
    expect(fallback.startsWith(tmpdir())).toBe(true);
    expect((error as OutputError).message).toContain(fallback);
    expect(await readFile(join(fallback, 'samples.csv'), 'utf8')).toBe(samplesCsv(windowResult.samples));
    await rm(fallback, { recursive: true, force: true });
  });

  it('writeInterrupted(dir, sweep) writes the finished trials to samples.csv and removes stale results, repeats and report files', async () => {
    for (const name of ['results.json', REPEATS_FILE, 'report.md', 'curve.png', 'notes.txt']) await writeFile(join(dir, name), 'old');
    const interrupted: InterruptedSweep = {
      status: 'interrupted',
      signal: 'SIGINT',
      records: windowResult.samples.slice(0, 2),
      settings: windowResult.settings,
      settingsSource: allFrom('default'),
      identity: 'command:x',
    };
    expect(await writeInterrupted(dir, interrupted)).toBe(join(dir, 'samples.csv'));
    expect((await readdir(dir)).sort()).toEqual(['notes.txt', 'samples.csv']);
    expect((await readFile(join(dir, 'samples.csv'), 'utf8')).trimEnd().split('\n')).toHaveLength(3);
  });

  it('writeFileSafely(path, data) leaves no temporary file behind', async () => {
    await writeFileSafely(join(dir, 'a.txt'), 'x');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('prepareOutputFolder(dir) creates the folder and fails fast with one line under a regular file or in /proc', async () => {
    await prepareOutputFolder(join(dir, 'new', 'deeper'), words);
    expect(await readdir(join(dir, 'new', 'deeper'))).toEqual([]);
    await writeFile(join(dir, 'file'), '');
    await expect(prepareOutputFolder(join(dir, 'file', 'sub'), words)).rejects.toThrow(UsageError);
    await expect(prepareOutputFolder('/proc/lr-sweep-x', words)).rejects.toThrow(/^not writable: /);
  });
});
