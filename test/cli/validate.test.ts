import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allFrom } from '../../src/search/settings.js';
import { ExitCode } from '../../src/cli/command.js';
import { createValidateCommand, DEFAULT_VALIDATE_OUT } from '../../src/cli/commands/validate.js';
import { messages as cliMessages } from '../../src/cli/messages.js';
import { resultsJson, samplesCsv } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/run.js';
import { runRangeTest } from '../../src/compare/rangetest/run.js';
import { resolveRangeTestSettings } from '../../src/compare/rangetest/settings.js';
import { RANGE_TEST_FILES } from '../../src/compare/rangetest/write.js';
import { REPEATS_FILE } from '../../src/repeats/summary.js';
import type { WrittenReport } from '../../src/report/types.js';
import type { ValidatedModel, ValidateModelOptions } from '../../src/compare/validate/pipeline.js';
import { VALIDATION_FILES } from '../../src/compare/validate/write.js';
import { GRID, reportOf } from '../compare/validate/fixtures.js';
import { fakeIo } from './fake-io.js';
import { windowResult } from './results-fixture.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function workDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-cli-validate-'));
  dirs.push(dir);
  return dir;
}

const COST = { kind: 'search' as const, trials: 3, steps: 40, seconds: 1 };
const DONE: ValidatedModel = {
  search: windowResult,
  sweep: { status: 'done', result: windowResult, settingsSource: allFrom('default'), selectedLr: windowResult.selectedLr, repeats: null, identity: 'config:/m.mjs#backend=cpu' },
  rangeTest: await runRangeTest({ step: async (lr) => 2 - Math.tanh(Math.log10(lr) + 2) }, resolveRangeTestSettings({ numIt: 20, startLr: 1e-4, endLr: 1 }), {
    clock: () => 0,
  }),
  report: reportOf([{ method: 'midpoint', lr: GRID[4]!.lr, reason: null, cost: COST }]),
};

/** A validate command whose pipeline records its calls instead of training, and whose report writer is a stub. */
function fakeCommand(): { command: ReturnType<typeof createValidateCommand>; calls: ValidateModelOptions[]; reports: string[] } {
  const calls: ValidateModelOptions[] = [];
  const reports: string[] = [];
  const command = createValidateCommand({
    validateModel: async (options) => {
      calls.push(options);
      return DONE;
    },
    writeReport: async (_result, outDir): Promise<WrittenReport> => {
      reports.push(outDir);
      await writeFile(join(outDir, 'report.md'), 'the new search\n');
      return { files: [join(outDir, 'report.md')], markdown: 'the new search\n', pngSkipped: null };
    },
  });
  return { command, calls, reports };
}

const ARGS = ['validate', '--config', 'model.mjs'];

describe('lr-sweep validate', () => {
  it('lr-sweep validate --out FILE is a one-line usage error before any training', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), 'not a folder');
    const { command, calls } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--out', 'results.json'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`${cliMessages.errorLine(cliMessages.outNotDirectory('results.json'))}\n`);
    expect(calls).toEqual([]);
  });

  it('lr-sweep validate --out DIR refuses a folder of the user\'s files, and leaves their results.json and validation.md byte-identical', async () => {
    const cwd = await workDir();
    const mine = { 'results.json': '{"accuracy": 0.97}\n', 'validation.md': '# my notes\n', 'notes.txt': 'x' };
    await mkdir(join(cwd, 'mine'));
    for (const [name, text] of Object.entries(mine)) await writeFile(join(cwd, 'mine', name), text);
    const { command, calls } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--out', 'mine'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`${cliMessages.errorLine(cliMessages.outNotOurs('mine', 'notes.txt'))}\n`);
    expect(calls).toEqual([]);
    for (const [name, text] of Object.entries(mine)) expect(await readFile(join(cwd, 'mine', name), 'utf8')).toBe(text);
  });

  it('lr-sweep validate --out DIR accepts an earlier validation (validation.json of ours) and rewrites the search\'s files together', async () => {
    const cwd = await workDir();
    const out = join(cwd, 'earlier');
    await mkdir(out);
    await writeFile(join(out, VALIDATION_FILES.json), `${JSON.stringify(reportOf([]))}\n`);
    await writeFile(join(out, REPEATS_FILE), '{"runs": []}\n');
    await writeFile(join(out, 'report.md'), 'an older search\n');
    const { command, calls, reports } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--out', 'earlier'], io, { commands: [command] })).toBe(ExitCode.Ok);
    expect(calls).toHaveLength(1);
    expect(reports).toEqual([out]);
    // results.json through the shared writer: exactly resultsJson, with samples.csv beside it and no temp file left.
    expect(await readFile(join(out, 'results.json'), 'utf8')).toBe(resultsJson(windowResult, allFrom('default')));
    expect(await readFile(join(out, 'samples.csv'), 'utf8')).toBe(samplesCsv(windowResult.samples));
    expect(await readFile(join(out, 'report.md'), 'utf8')).toBe('the new search\n');
    await expect(access(join(out, REPEATS_FILE))).rejects.toThrow();
    const files = await readdir(out);
    expect(files).toEqual(expect.arrayContaining([RANGE_TEST_FILES.json, VALIDATION_FILES.json, VALIDATION_FILES.md]));
    expect(files.some((f) => f.includes('.tmp-'))).toBe(false);
  });

  it(`lr-sweep validate writes into ${DEFAULT_VALIDATE_OUT}/ by default, never over a search's lr-sweep-report/`, async () => {
    const cwd = await workDir();
    await mkdir(join(cwd, 'lr-sweep-report'));
    const searchResults = resultsJson({ ...windowResult, trials: 99 }, allFrom('default'));
    await writeFile(join(cwd, 'lr-sweep-report', 'results.json'), searchResults);
    const { command } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli(ARGS, io, { commands: [command] })).toBe(ExitCode.Ok);
    expect(await readFile(join(cwd, DEFAULT_VALIDATE_OUT, 'results.json'), 'utf8')).toBe(resultsJson(windowResult, allFrom('default')));
    expect(await readFile(join(cwd, 'lr-sweep-report', 'results.json'), 'utf8')).toBe(searchResults);
  });

  it('lr-sweep validate exits 1 with one line naming the temp folder that holds the search when its report cannot be written', async () => {
    const cwd = await workDir();
    const command = createValidateCommand({
      validateModel: async () => DONE,
      writeReport: async () => {
        throw new Error('canvas is missing');
      },
    });
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--out', 'v'], io, { commands: [command] })).toBe(ExitCode.Failure);
    const fallback = /the results are in (\S+) instead/.exec(io.err())?.[1] ?? '';
    expect(fallback.startsWith(tmpdir())).toBe(true);
    await expect(access(join(fallback, 'samples.csv'))).resolves.toBeUndefined();
    await rm(fallback, { recursive: true, force: true });
  });
});
