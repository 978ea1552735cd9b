import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/command.js';
import { createRangeTestCommand, DEFAULT_RANGE_TEST_OUT, rangeTestCommand, type RangeTestRequest } from '../../src/cli/commands/rangeTest.js';
import { messages as cliMessages } from '../../src/cli/messages.js';
import { messages as reportMessages } from '../../src/report/messages.js';
import { runCli } from '../../src/cli/run.js';
import { runRangeTest } from '../../src/compare/rangetest/run.js';
import { resolveRangeTestSettings } from '../../src/compare/rangetest/settings.js';
import { RANGE_TEST_FILES, rangeTestJson } from '../../src/compare/rangetest/write.js';
import { messages as tfjsMessages } from '../../src/runners/tfjs/messages.js';
import { fakeIo } from './fake-io.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function workDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-cli-range-'));
  dirs.push(dir);
  return dir;
}

const SETTINGS = resolveRangeTestSettings({ numIt: 20, startLr: 1e-4, endLr: 1 });
// A calm curve: the loss falls with log lr; the command only has to write what the trainer returns.
const RESULT = await runRangeTest({ step: async (lr) => 2 - Math.tanh(Math.log10(lr) + 2) }, SETTINGS, { clock: () => 0 });

/** A range-test command whose trainer records its requests instead of loading a model. */
function fakeCommand(): { command: ReturnType<typeof createRangeTestCommand>; calls: RangeTestRequest[] } {
  const calls: RangeTestRequest[] = [];
  const command = createRangeTestCommand({
    rangeTest: async (request) => {
      calls.push(request);
      return { result: RESULT, model: 'model.mjs' };
    },
  });
  return { command, calls };
}

const ARGS = ['range-test', '--config', 'model.mjs', '--num-it', '20', '--start-lr', '1e-4', '--end-lr', '1'];

describe('lr-sweep range-test', () => {
  it('lr-sweep range-test --config MISSING is a usage error (exit 2) naming the path', async () => {
    const io = fakeIo({ cwd: await workDir() });
    expect(await runCli(['range-test', '--config', 'nope.config.mjs'], io, { commands: [rangeTestCommand] })).toBe(ExitCode.Usage);
    expect(io.err()).toContain(cliMessages.errorLine(tfjsMessages.configNotFound('nope.config.mjs')));
  });

  it('lr-sweep range-test --out FILE is a one-line usage error before any training', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'notes.txt'), 'mine');
    const { command, calls } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--out', 'notes.txt'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`${cliMessages.errorLine(cliMessages.outNotDirectory('notes.txt'))}\n`);
    expect(calls).toEqual([]);
    expect(await readFile(join(cwd, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('lr-sweep range-test --results FILE reads the file with the results.json reader and refuses a bad one before any training', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), '{"maxLr": 1e-3}');
    const { command, calls } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--results', 'results.json'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`${cliMessages.errorLine(reportMessages.badResultFile('results.json', reportMessages.samplesNotArray(undefined)))}\n`);
    expect(calls).toEqual([]);
  });

  it('lr-sweep range-test --out DIR refuses a folder of the user\'s files, which stay byte-identical', async () => {
    const cwd = await workDir();
    const userJson = '{"my": "own range-test notes"}\n';
    await mkdir(join(cwd, 'mine'));
    await writeFile(join(cwd, 'mine', RANGE_TEST_FILES.json), userJson);
    const { command, calls } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--out', 'mine'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`${cliMessages.errorLine(cliMessages.outNotOurs('mine', RANGE_TEST_FILES.json))}\n`);
    expect(calls).toEqual([]);
    expect(await readFile(join(cwd, 'mine', RANGE_TEST_FILES.json), 'utf8')).toBe(userJson);
  });

  it('lr-sweep range-test --out DIR replaces an earlier range test of its own', async () => {
    const cwd = await workDir();
    await mkdir(join(cwd, 'rt'));
    await writeFile(join(cwd, 'rt', RANGE_TEST_FILES.json), rangeTestJson({ ...RESULT, elapsedMs: 123 }));
    const { command, calls } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli([...ARGS, '--out', 'rt'], io, { commands: [command] })).toBe(ExitCode.Ok);
    expect(calls).toHaveLength(1);
    expect(await readFile(join(cwd, 'rt', RANGE_TEST_FILES.json), 'utf8')).toBe(rangeTestJson(RESULT));
  });

  it(`lr-sweep range-test writes into ${DEFAULT_RANGE_TEST_OUT}/ by default, apart from a search's lr-sweep-report/`, async () => {
    const cwd = await workDir();
    const { command } = fakeCommand();
    const io = fakeIo({ cwd });
    expect(await runCli(ARGS, io, { commands: [command] })).toBe(ExitCode.Ok);
    expect(await readdir(join(cwd, DEFAULT_RANGE_TEST_OUT))).toContain(RANGE_TEST_FILES.json);
    expect(DEFAULT_RANGE_TEST_OUT).not.toBe('lr-sweep-report');
  });
});
