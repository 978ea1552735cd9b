import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/command.js';
import { createReportCommand } from '../../src/cli/commands/report.js';
import { createSearchCommand } from '../../src/cli/commands/search.js';
import { messages as cliMessages } from '../../src/cli/messages.js';
import { runCli } from '../../src/cli/run.js';
import * as messages from '../../src/repeats/messages.js';
import { REPEATS_FILE, repeatsJson, type RepeatsSummary } from '../../src/repeats/summary.js';
import type { ReportOptions, WriteReportOptions } from '../../src/report/types.js';
import type { SweepResult } from '../../src/search/types.js';
import { fakeIo } from '../cli/fake-io.js';
import { syntheticAnalysis, syntheticRepeats, syntheticTrials, sweepResult } from '../report/synthetic.js';

const SYNTHETIC = 'node fixtures/synthetic/train.mjs --lr {lr} --steps {steps} --seed {seed}';
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-repeats-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A search command whose report writer records what it was given. */
function recordingSearch(): { command: ReturnType<typeof createSearchCommand>; calls: ReportOptions[] } {
  const calls: ReportOptions[] = [];
  const command = createSearchCommand({
    writeReport: async (_result, _dir, options) => {
      calls.push(options ?? {});
      return { files: [], markdown: '', pngSkipped: null };
    },
  });
  return { command, calls };
}

describe('lr-sweep search --repeats', () => {
  it('search --repeats 2 writes repeats.json beside an unchanged results.json and hands the spread to the report', async () => {
    const out = await tempDir();
    const { command, calls } = recordingSearch();
    const code = await command.run(['--command', SYNTHETIC, '--repeats', '2', '--max-trials', '25', '--parallel', '2', '--out', out], fakeIo());
    expect(code).toBe(0);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(Object.keys(results)).toEqual(['minLr', 'maxLr', 'picks', 'method', 'selectedLr', 'lossAtZero', 'trials', 'reason', 'samples', 'settings']);
    expect(results.settings.seed).toBe(0);
    const repeats = JSON.parse(await readFile(join(out, REPEATS_FILE), 'utf8')) as RepeatsSummary;
    expect(repeats.seeds).toEqual([0, 1]);
    // The first repeat is results.json itself.
    expect(repeats.runs[0]?.picks).toEqual(results.picks);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.repeats).toEqual(repeats);
  });

  it('search without --repeats removes a repeats.json an earlier search left in --out, and passes no spread', async () => {
    const out = await tempDir();
    const { command, calls } = recordingSearch();
    expect(await command.run(['--command', SYNTHETIC, '--repeats', '2', '--max-trials', '25', '--parallel', '2', '--out', out], fakeIo())).toBe(0);
    expect(await command.run(['--command', SYNTHETIC, '--max-trials', '25', '--parallel', '2', '--out', out], fakeIo())).toBe(0);
    await expect(readFile(join(out, REPEATS_FILE), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(calls[1]?.repeats).toBeUndefined();
  });
});

describe('lr-sweep report with repeats.json', () => {
  const samples = syntheticTrials({ noise: 0.04 });
  const analysis = syntheticAnalysis(samples);
  const result = sweepResult(samples, analysis);

  function recordingReport(): { command: ReturnType<typeof createReportCommand>; calls: WriteReportOptions[] } {
    const calls: WriteReportOptions[] = [];
    const command = createReportCommand({
      writeReport: async (_r: SweepResult, _dir: string, options?: WriteReportOptions) => {
        calls.push(options ?? {});
        return { files: [], markdown: '', pngSkipped: null };
      },
    });
    return { command, calls };
  }

  it('lr-sweep report FILE picks up repeats.json beside FILE and draws its spread', async () => {
    const cwd = await tempDir();
    const repeats = syntheticRepeats(result, [0.1, -0.1]);
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    await writeFile(join(cwd, REPEATS_FILE), repeatsJson(repeats));
    const { command, calls } = recordingReport();
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json'], io, { commands: [command] })).toBe(ExitCode.Ok);
    expect(calls[0]?.repeats).toEqual(repeats);
    expect(io.err()).toBe('');
  });

  it('lr-sweep report FILE ignores, with one line, a repeats.json whose first run is another search', async () => {
    const cwd = await tempDir();
    const other = sweepResult(samples, analysis, 'steepest');
    const stale = syntheticRepeats({ ...other, picks: { midpoint: 1e-4, halfLoss: 1e-4, steepest: 1e-4 } }, [0.1]);
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    await writeFile(join(cwd, REPEATS_FILE), repeatsJson(stale));
    const { command, calls } = recordingReport();
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json'], io, { commands: [command] })).toBe(ExitCode.Ok);
    expect(calls[0]?.repeats).toBeUndefined();
    expect(io.err()).toBe(`${cliMessages.errorLine(messages.repeatsMismatch(REPEATS_FILE, 'results.json'))}\n`);
  });

  it('lr-sweep report FILE with a broken repeats.json fails with one line naming the file and the field', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    await writeFile(join(cwd, REPEATS_FILE), JSON.stringify({ runs: [{ seed: 0, picks: { midpoint: -1, halfLoss: 1, steepest: 1 }, reason: null }] }));
    const { command } = recordingReport();
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err().trim()).toBe(cliMessages.errorLine(messages.badRepeatsFile(REPEATS_FILE, messages.runPick(0, 'midpoint', -1))));
  });
});
