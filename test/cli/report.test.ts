import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/command.js';
import { createReportCommand } from '../../src/cli/commands/report.js';
import { runCli } from '../../src/cli/run.js';
import { messages as cliMessages } from '../../src/cli/messages.js';
import { messages } from '../../src/report/messages.js';
import { REPORT_FILES, writeReport } from '../../src/report/write.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from '../report/synthetic.js';
import { fakeIo } from './fake-io.js';

const samples = syntheticTrials({ noise: 0.04 });
const analysis = syntheticAnalysis(samples);
const result = sweepResult(samples, analysis);
const dirs: string[] = [];
// The hand-made analysis stands in for analyze(), so the test checks the command, not the maths.
const command = createReportCommand({ writeReport: (r, dir, options) => writeReport(r, dir, { ...options, analysis }) });

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function workDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-cli-report-'));
  dirs.push(dir);
  return dir;
}

describe('lr-sweep report', () => {
  it('lr-sweep report FILE writes the charts and report.md next to FILE', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json'], io, { commands: [command] })).toBe(ExitCode.Ok);
    expect((await readdir(cwd)).sort()).toEqual([...Object.values(REPORT_FILES), 'results.json'].sort());
    expect(io.out()).toContain(REPORT_FILES.curvePng);
    expect(io.err()).toBe('');
  });

  it('lr-sweep report FILE --out DIR writes into DIR', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json', '--out', 'charts'], io, { commands: [command] })).toBe(ExitCode.Ok);
    expect((await readdir(join(cwd, 'charts'))).sort()).toEqual(Object.values(REPORT_FILES).sort());
  });

  it('lr-sweep report FILE prints one line naming the file when it is not a results.json', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), '{"samples": 3}');
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`lr-sweep: ${messages.badResultFile('results.json', messages.samplesNotArray(3))}\n`);
  });

  it('lr-sweep report FILE.csv renders the CSV\'s trials, its titles naming no step count the CSV does not give', async () => {
    const cwd = await workDir();
    const rows = samples.map((s) => `${s.lr},"${s.loss === null ? 'nan' : String(s.loss)}"`);
    await writeFile(join(cwd, 'trials.csv'), ['\uFEFF"learning_rate","val_loss"', ...rows].join('\r\n'));
    const written: { result: Parameters<typeof writeReport>[0]; steps: number | null | undefined }[] = [];
    const csvCommand = createReportCommand({
      writeReport: (r, dir, options) => {
        written.push({ result: r, steps: options?.steps });
        return writeReport(r, dir, { ...options, loadCanvas: () => Promise.reject(new Error('no canvas in this test')) });
      },
    });
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'trials.csv', '--out', 'charts'], io, { commands: [csvCommand] })).toBe(ExitCode.Ok);
    expect(written.map((w) => w.steps)).toEqual([null]);
    expect(written[0]!.result.samples.map((s) => s.lr)).toEqual(samples.map((s) => s.lr));
    expect(written[0]!.result.picks).not.toBeNull();
    const markdown = await readFile(join(cwd, 'charts', REPORT_FILES.markdown), 'utf8');
    const svg = await readFile(join(cwd, 'charts', REPORT_FILES.curveSvg), 'utf8');
    expect(svg).toContain(messages.curveTitle(undefined));
    expect(`${markdown}${svg}`).not.toMatch(/after \d+ steps/);
  });

  it('lr-sweep report FILE prints one line when FILE does not exist', async () => {
    const io = fakeIo({ cwd: await workDir() });
    expect(await runCli(['report', 'missing.json'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain('missing.json');
  });

  /** A report command whose writer records the folders it was asked to write into. */
  function recording(): { command: ReturnType<typeof createReportCommand>; calls: string[] } {
    const calls: string[] = [];
    const recorder = createReportCommand({
      writeReport: (r, dir, options) => {
        calls.push(dir);
        return writeReport(r, dir, { ...options, analysis });
      },
    });
    return { command: recorder, calls };
  }

  it('lr-sweep report FILE --out FILE2 is a one-line usage error and writes nothing', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    await writeFile(join(cwd, 'notes.txt'), 'mine');
    const { command: recorder, calls } = recording();
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json', '--out', 'notes.txt'], io, { commands: [recorder] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`${cliMessages.errorLine(cliMessages.outNotDirectory('notes.txt'))}\n`);
    expect(calls).toEqual([]);
  });

  it('lr-sweep report FILE --out DIR refuses a folder of the user\'s own report.md and curve.png, which stay byte-identical', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    await mkdir(join(cwd, 'paper'));
    await writeFile(join(cwd, 'paper', 'report.md'), '# my paper\n');
    await writeFile(join(cwd, 'paper', 'curve.png'), 'my figure');
    const { command: recorder, calls } = recording();
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json', '--out', 'paper'], io, { commands: [recorder] })).toBe(ExitCode.Usage);
    expect(io.err()).toBe(`${cliMessages.errorLine(cliMessages.outNotOurs('paper', 'curve.png'))}\n`);
    expect(calls).toEqual([]);
    expect(await readFile(join(cwd, 'paper', 'report.md'), 'utf8')).toBe('# my paper\n');
    expect(await readFile(join(cwd, 'paper', 'curve.png'), 'utf8')).toBe('my figure');
  });

  it('lr-sweep report FILE writes beside FILE under any name: the folder holding a valid results file counts as ours', async () => {
    const cwd = await workDir();
    await mkdir(join(cwd, 'runs'));
    await writeFile(join(cwd, 'runs', 'run3.json'), JSON.stringify(result));
    await writeFile(join(cwd, 'runs', 'notes.txt'), 'mine');
    const { command: recorder, calls } = recording();
    const io = fakeIo({ cwd });
    expect(await runCli(['report', 'runs/run3.json'], io, { commands: [recorder] })).toBe(ExitCode.Ok);
    expect(calls).toEqual([join(cwd, 'runs')]);
    expect(await readFile(join(cwd, 'runs', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('lr-sweep report prints the written paths as --out was typed: relative stays relative, absolute stays absolute', async () => {
    const cwd = await workDir();
    await writeFile(join(cwd, 'results.json'), JSON.stringify(result));
    const absolute = join(await workDir(), 'abs-charts');
    const relativeIo = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json', '--out', 'charts'], relativeIo, { commands: [command] })).toBe(ExitCode.Ok);
    const absoluteIo = fakeIo({ cwd });
    expect(await runCli(['report', 'results.json', '--out', absolute], absoluteIo, { commands: [command] })).toBe(ExitCode.Ok);
    const names = (await readdir(join(cwd, 'charts'))).sort();
    const listed = (io: ReturnType<typeof fakeIo>): string[] => io.out().split('\n').slice(1).filter(Boolean).map((l) => l.trim()).sort();
    expect(listed(relativeIo)).toEqual(names.map((n) => join('charts', n)));
    expect(listed(absoluteIo)).toEqual(names.map((n) => join(absolute, n)));
  });
});
