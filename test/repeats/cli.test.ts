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
import { displayLr } from '../../src/numbers.js';
import { searchRepeats } from '../../src/repeats/run.js';
import { resolveSettings } from '../../src/search/settings.js';
import type { SweepResult, TrialRequest } from '../../src/search/types.js';
import type { TfjsRunnerHandle } from '../../src/sweep/runners.js';
import { fakeIo } from '../cli/fake-io.js';
import { syntheticAnalysis, syntheticRepeats, syntheticTrials, sweepResult } from '../report/synthetic.js';
import { RESULT_KEYS } from '../../src/search/output.js';

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
    expect(Object.keys(results)).toEqual(RESULT_KEYS);
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

/** A noise-free curve whose descent moves 0.2 decades per seed, so every seed picks a different lr. */
function seededRunner(): TfjsRunnerHandle {
  const l0 = Math.log(10);
  const outcome = (loss: number, diverged: boolean, stepsRun: number) => ({ loss, diverged, stepsRun, trainLoss: null, metrics: {}, timing: { trainMs: 0, evalMs: 0, resetMs: 0 } });
  return {
    backend: 'cpu',
    defaults: {},
    close: async () => undefined,
    async run(lr: number, request: TrialRequest) {
      if (lr === 0) return outcome(l0, false, 0);
      const x = Math.log10(lr) - (-3 + 0.2 * request.seed);
      const loss = l0 - 2 / (1 + Math.exp(-x / 0.35)) + 0.6 * Math.exp((x - 2.4) / 0.25);
      return loss > 4 * l0 ? outcome(Number.NaN, true, request.steps) : outcome(loss, false, request.steps);
    },
  };
}

describe('lr-sweep search --repeats selection', () => {
  it('search --repeats 3 prints the median over the seeds as the selected lr, says so, and hands the median selection to the report; results.json stays seed 0', async () => {
    const out = await tempDir();
    const calls: ReportOptions[] = [];
    const command = createSearchCommand({
      createTfjsRunner: async () => seededRunner(),
      writeReport: async (_result, _dir, options) => {
        calls.push(options ?? {});
        return { files: [], markdown: '', pngSkipped: null };
      },
    });
    const io = fakeIo();
    expect(await command.run(['--config', 'm.mjs', '--repeats', '3', '--out', out], io)).toBe(0);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as SweepResult;
    const repeats = JSON.parse(await readFile(join(out, REPEATS_FILE), 'utf8')) as RepeatsSummary;
    const median = repeats.picks.midpoint.median as number;
    // Seeds 0, 1, 2 move the curve 0, 0.2, 0.4 decades: the median is seed 1's pick, not seed 0's.
    expect(median).toBe(repeats.runs[1]?.picks?.midpoint);
    expect(Math.abs(Math.log10(median) - Math.log10(results.selectedLr as number))).toBeGreaterThan(0.1);
    expect(results.settings.seed).toBe(0);
    expect(Object.keys(results)).toEqual(RESULT_KEYS);
    const selectedRow = io.out().split('\n').find((line) => line.startsWith('Selected lr')) ?? '';
    expect(selectedRow).toMatch(new RegExp(`^Selected lr\\s+${displayLr(median).replace(/[.+]/g, '\\$&')}  `));
    expect(selectedRow).toContain(messages.medianSelectedNote('midpoint', 3));
    expect(io.out()).toContain(messages.firstSeedNote([0, 1, 2]));
    expect(io.out()).not.toContain('<- selected');
    expect(calls[0]?.selection).toBe('median');
    expect(calls[0]?.repeats).toEqual(repeats);
  });

  it('searchRepeats(runner, settings, 3) selects the median over the seeds; with 1 search, the pick itself', async () => {
    const settings = resolveSettings({ startLr: 1e-6, endLr: 1, maxTrials: 30 });
    const seeds: number[] = [];
    const three = await searchRepeats(seededRunner(), settings, 3, { onRepeat: (_i, _k, seed) => seeds.push(seed) });
    expect(seeds).toEqual([0, 1, 2]);
    expect(three.selectedLr).toBe(three.summary.picks.midpoint.median);
    expect(three.selectedLr).toBe(three.all[1]?.selectedLr);
    const one = await searchRepeats(seededRunner(), settings, 1);
    expect(one.selectedLr).toBe(one.primary.selectedLr);
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
