import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/command.js';
import { createReportCommand } from '../../src/cli/commands/report.js';
import { runCli } from '../../src/cli/run.js';
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
    expect(io.err()).toBe(`lr-sweep: ${messages.badResultFile('results.json', '"samples" must be an array of trials, got 3')}\n`);
  });

  it('lr-sweep report FILE prints one line when FILE does not exist', async () => {
    const io = fakeIo({ cwd: await workDir() });
    expect(await runCli(['report', 'missing.json'], io, { commands: [command] })).toBe(ExitCode.Usage);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain('missing.json');
  });
});
