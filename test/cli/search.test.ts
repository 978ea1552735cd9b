import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitCode, type CliCommand, type InterruptHandlers } from '../../src/cli/command.js';
import { createSearchCommand } from '../../src/cli/commands/search.js';
import { messages } from '../../src/cli/messages.js';
import { resultsJson } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/run.js';
import { allowedSetting, invalidSetting } from '../../src/search/messages.js';
import type { TfjsRunnerOptions } from '../../src/runners/tfjs/index.js';
import type { WrittenReport } from '../../src/report/index.js';
import type { ResultsDocument } from '../../src/search/output.js';
import type { SweepResult, TrialRequest } from '../../src/search/types.js';
import type { TfjsRunnerHandle } from '../../src/sweep/runners.js';
import { deviceMessages } from '../../src/runners/messages.js';
import { fakeIo } from './fake-io.js';
import { RESULT_KEYS } from '../../src/search/output.js';

const L0 = Math.log(10);

/** A noise-free plateau (L0), a logistic descent centred on 1e-3 and a blow-up past ~0.3, in-process. */
function curveLoss(lr: number): number {
  if (lr === 0) return L0;
  const x = Math.log10(lr);
  const loss = L0 - 2 / (1 + Math.exp(-(x + 3) / 0.35)) + 0.6 * Math.exp((x + 0.6) / 0.25);
  return loss > 4 * L0 ? Number.NaN : loss;
}

interface FakeRunner extends TfjsRunnerHandle {
  readonly requests: { lr: number; request: TrialRequest }[];
  closed: number;
}

/** A TensorFlow.js runner stand-in, typed against what the factory must return (defaults included). */
function fakeRunner(loss: (lr: number) => number = curveLoss, defaults: TfjsRunnerHandle['defaults'] = {}): FakeRunner {
  const runner = {
    requests: [] as { lr: number; request: TrialRequest }[],
    closed: 0,
    backend: 'cpu' as const,
    defaults,
    async run(lr: number, request: TrialRequest) {
      runner.requests.push({ lr, request });
      const value = loss(lr);
      return { loss: value, diverged: !Number.isFinite(value), stepsRun: request.steps, trainLoss: null, metrics: {}, timing: { trainMs: 0, evalMs: 0, resetMs: 0 } };
    },
    async close() {
      runner.closed += 1;
    },
  } satisfies FakeRunner;
  return runner;
}

const okReport = async (): Promise<WrittenReport> => ({ files: [], markdown: '', pngSkipped: null });

describe('lr-sweep search', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-search-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function run(argv: string[], command: CliCommand = createSearchCommand({ writeReport: okReport })) {
    const io = fakeIo({ cwd: dir });
    const code = await runCli(argv, io, { commands: [command] });
    return { code, out: io.out(), err: io.err() };
  }

  it('search --config trains through the TensorFlow.js runner and writes results.json and samples.csv', async () => {
    const runner = fakeRunner();
    let options: TfjsRunnerOptions | undefined;
    const command = createSearchCommand({
      writeReport: okReport,
      createTfjsRunner: async (o) => {
        options = o;
        return runner;
      },
    });
    const { code, out, err } = await run(['search', '--config', 'model.mjs', '--backend', 'cpu', '--diverge-factor', '3', '--out', 'rep'], command);
    expect(code).toBe(ExitCode.Ok);
    expect(options?.configPath).toBe(join(dir, 'model.mjs'));
    expect(options?.backend).toBe('cpu');
    expect(options?.divergeFactor).toBe(3);
    expect(options?.cwd).toBe(dir);
    expect(runner.closed).toBeGreaterThan(0);
    const results = JSON.parse(await readFile(join(dir, 'rep', 'results.json'), 'utf8')) as SweepResult;
    expect(Object.keys(results)).toEqual(RESULT_KEYS);
    expect(results.trials).toBe(runner.requests.length);
    expect(results.minLr).not.toBeNull();
    const csv = (await readFile(join(dir, 'rep', 'samples.csv'), 'utf8')).trimEnd().split('\n');
    expect(csv[0]).toBe('lr,loss,diverged,round,cached');
    expect(csv).toHaveLength(results.trials + 1);
    expect(out).toContain('Viable window');
    // The path as the user typed --out (rep), not resolved against the cwd.
    expect(out).toMatch(/^Results +rep\/results\.json$/m);
    expect(err.split('\n').filter((l) => l.startsWith('lr ')).length).toBe(results.trials);
  });

  it('search passes --steps and --seed to every trial (the runner turns lr = 0 into an evaluation)', async () => {
    const runner = fakeRunner();
    await run(['search', '--config', 'm.mjs', '--steps', '7', '--seed', '3'], createSearchCommand({ writeReport: okReport, createTfjsRunner: async () => runner }));
    expect(runner.requests.some((r) => r.lr === 0)).toBe(true);
    expect(runner.requests.filter((r) => r.lr > 0).every((r) => r.request.steps === 7 && r.request.seed === 3)).toBe(true);
  });

  it('search takes a model definition\'s defaults unless the flag is given', async () => {
    const runner = fakeRunner(curveLoss, { steps: 5, startLr: 1e-6, endLr: 3 });
    const command = createSearchCommand({ writeReport: okReport, createTfjsRunner: async () => runner });
    await run(['search', '--config', 'm.mjs', '--steps', '9', '--json'], command);
    const results = JSON.parse(await readFile(join(dir, 'lr-sweep-report', 'results.json'), 'utf8')) as ResultsDocument;
    expect(results.settings.steps).toBe(9);
    expect(results.settings.startLr).toBe(1e-6);
    expect(results.settings.endLr).toBe(3);
    expect(results.settingsSource).toMatchObject({ steps: 'flag', startLr: 'model-definition', endLr: 'model-definition', seed: 'default' });
    expect(Math.max(...runner.requests.map((r) => r.lr))).toBeLessThanOrEqual(3);
  });

  it('search --json prints results.json on stdout and --method half-loss selects the halfLoss pick', async () => {
    const command = createSearchCommand({ writeReport: okReport, createTfjsRunner: async () => fakeRunner() });
    const { code, out } = await run(['search', '--config', 'm.mjs', '--json', '--method', 'half-loss'], command);
    expect(code).toBe(ExitCode.Ok);
    expect(out).toBe(await readFile(join(dir, 'lr-sweep-report', 'results.json'), 'utf8'));
    const result = JSON.parse(out) as SweepResult;
    expect(result.method).toBe('halfLoss');
    expect(result.selectedLr).toBe(result.picks?.halfLoss);
  });

  it('search with no viable window exits 0 and prints the reason', async () => {
    const command = createSearchCommand({ writeReport: okReport, createTfjsRunner: async () => fakeRunner(() => L0) });
    const { code, out } = await run(['search', '--config', 'm.mjs'], command);
    expect(code).toBe(ExitCode.Ok);
    const result = JSON.parse(await readFile(join(dir, 'lr-sweep-report', 'results.json'), 'utf8')) as SweepResult;
    expect(result.reason).not.toBeNull();
    expect(out).toContain(`No viable window  ${result.reason}`);
  });

  it('search exits 1 with one line naming a fresh temp folder holding the samples when the report cannot be written', async () => {
    const command = createSearchCommand({
      createTfjsRunner: async () => fakeRunner(),
      writeReport: () => Promise.reject(new Error('EROFS: read-only file system')),
    });
    const { code, err } = await run(['search', '--config', 'm.mjs'], command);
    expect(code).toBe(ExitCode.Failure);
    const line = err.split('\n').find((l) => l.includes('cannot write')) ?? '';
    const fallback = /the results are in (\S+) instead/.exec(line)?.[1] ?? '';
    expect(fallback.startsWith(tmpdir())).toBe(true);
    await expect(access(join(fallback, 'samples.csv'))).resolves.toBeUndefined();
    await rm(fallback, { recursive: true, force: true });
  });

  it('search prints the report\'s pngSkipped line', async () => {
    const command = createSearchCommand({
      createTfjsRunner: async () => fakeRunner(),
      writeReport: async () => ({ files: [], markdown: '', pngSkipped: 'PNGs skipped: canvas did not load' }),
    });
    const { err } = await run(['search', '--config', 'm.mjs'], command);
    expect(err).toContain(`${messages.errorLine('PNGs skipped: canvas did not load')}\n`);
  });

  it('search rejects both, neither, and mode-specific flags of the other mode with exit 2', async () => {
    const cases: [string[], string][] = [
      [['search', '--command', 'echo 1', '--config', 'm.mjs'], messages.tooManySources(['--command', '--config'])],
      [['search', '--command', 'echo 1', '--worker', 'python3 w.py'], messages.tooManySources(['--command', '--worker'])],
      [['search', '--worker', 'python3 w.py', '--config', 'm.mjs'], messages.tooManySources(['--worker', '--config'])],
      [['search'], messages.commandXorConfig],
      [['search', '--config', 'm.mjs', '--trial-timeout', '5'], messages.flagNeedsMode('--trial-timeout', ['--command', '--worker'])],
      [['search', '--command', 'echo 1', '--backend', 'cpu'], messages.flagNeedsMode('--backend', ['--config'])],
      [['search', '--worker', 'python3 w.py', '--backend', 'cpu'], messages.flagNeedsMode('--backend', ['--config'])],
      [['search', '--command', 'echo 1', '--diverge-factor', '3'], messages.flagNeedsMode('--diverge-factor', ['--config'])],
      [['search', '--command', 'echo 1', '--devices', '0,0'], deviceMessages.twice('--devices', '0,0', '0')],
      [['search', '--command', 'echo 1', '--devices', '0,1', '--parallel', '3'], deviceMessages.moreSlots('--devices', ['0', '1'], 3)],
      [['search', '--command', 'echo 1', '--method', 'best'], messages.badValue('--method', 'best', 'one of midpoint, half-loss, steepest, basin')],
      [['search', '--command', 'echo 1', '--backend', 'gpu'], messages.badValue('--backend', 'gpu', 'one of auto, tensorflow-gpu, tensorflow, wasm, cpu')],
      [['search', '--command', 'echo 1', '--parallel', '0'], messages.badValue('--parallel', '0', 'a whole number >= 1')],
      [['search', '--command', 'echo 1', '--stpes', '5'], messages.unknownFlag('--stpes', 'search', '--steps')],
      [['search', '--command', 'echo 1', '--parallel', '100'], invalidSetting('--parallel', 100, allowedSetting.integerBetween(1, 64))],
      [['search', '--command', 'echo 1', '--steps', '5', '--steps', '7'], messages.repeatedFlag('--steps', ['5', '7'])],
    ];
    for (const [argv, message] of cases) {
      const { code, err, out } = await run(argv);
      expect(code).toBe(ExitCode.Usage);
      expect(err).toBe(`${messages.errorLine(message)}\n`);
      expect(out).toBe('');
    }
  });

  it('search rejects settings that contradict each other in one line, before any trial', async () => {
    const { code, err } = await run(['search', '--command', 'touch ran; echo 1', '--start-lr', '1', '--end-lr', '0.1']);
    expect(code).toBe(ExitCode.Usage);
    expect(err.split('\n')).toHaveLength(2);
    // The same shape as a flag's own error, naming both flags with their dashes.
    expect(err).toBe(`${messages.errorLine(invalidSetting('--end-lr', 0.1, allowedSetting.above('--start-lr', 1)))}\n`);
    expect(err).toBe(`${messages.errorLine(messages.badValue('--end-lr', '0.1', 'a number > --start-lr (1)'))}\n`);
    await expect(access(join(dir, 'ran'))).rejects.toThrow();
  });

  it('search --seed -1 is refused as in the action: seeds are whole numbers >= 0', async () => {
    const { code, err } = await run(['search', '--command', 'touch ran; echo 1', '--seed', '-1']);
    expect(code).toBe(ExitCode.Usage);
    expect(err).toMatch(/^lr-sweep: --seed "-1" is invalid: expected /);
    await expect(access(join(dir, 'ran'))).rejects.toThrow();
  });

  it('search refuses an --out directory holding a user\'s files before running any trial', async () => {
    await writeFile(join(dir, 'train.py'), 'print(0.5)');
    const { code, err } = await run(['search', '--command', 'touch ran; echo 1', '--out', '.']);
    expect(code).toBe(ExitCode.Usage);
    expect(err).toBe(`${messages.errorLine(messages.outNotOurs('.', 'train.py'))}\n`);
    await expect(access(join(dir, 'ran'))).rejects.toThrow();
  });

  it('search --command stops at a failing trial with exit 1 and the trial\'s message', async () => {
    const { code, err } = await run(['search', '--command', 'echo "CUDA out of memory" >&2; exit 1']);
    expect(code).toBe(ExitCode.Failure);
    expect(err).toContain('exited with code 1; last lines of its stderr:\n  | CUDA out of memory');
    expect(err).not.toContain('    at ');
  });

  it('search --command runs a shell command per trial and finds the window of its curve', async () => {
    // Loss from the lr with awk: a descent around 1e-3 and a rise past 1e-1; L(0) = 2.
    const awk = `awk -v lr={lr} 'BEGIN { if (lr == 0) { print 2; exit } x = log(lr)/log(10); print 2 - 1.5/(1+exp(-(x+3)/0.3)) + 0.5*exp((x+1)/0.3) }'`;
    const { code, out } = await run(['search', '--command', awk, '--end-lr', '1', '--parallel', '2', '--json']);
    expect(code).toBe(ExitCode.Ok);
    const result = JSON.parse(out) as SweepResult;
    expect(result.lossAtZero).toBe(2);
    expect(result.minLr).toBeLessThan(1e-3);
    expect(result.maxLr).toBeGreaterThan(1e-3);
    expect(result.maxLr).toBeLessThan(1e-1);
  });

  it('search stops running trials on Ctrl-C, writes samples.csv of the finished ones and exits 130', async () => {
    let handlers: InterruptHandlers | undefined;
    const io = fakeIo({ cwd: dir, onInterrupt: (h) => ((handlers = h), () => (handlers = undefined)) });
    const pending = runCli(['search', '--command', 'sleep 20; echo 1'], io, { commands: [createSearchCommand({ writeReport: okReport })] });
    await new Promise((r) => setTimeout(r, 300));
    handlers?.interrupt('SIGINT');
    expect(await pending).toBe(ExitCode.Interrupted);
    expect(io.err()).toContain(messages.errorLine(messages.interrupted('SIGINT', 0, join('lr-sweep-report', 'samples.csv'))));
    expect(await readFile(join(dir, 'lr-sweep-report', 'samples.csv'), 'utf8')).toBe('lr,loss,diverged,round,cached\n');
    await expect(access(join(dir, 'lr-sweep-report', 'results.json'))).rejects.toThrow();
    expect(handlers).toBeUndefined();
  });

  it.each([
    ['under a regular file', (d: string) => join(d, 'file', 'out')],
    ['in /proc', () => '/proc/lr-sweep-out'],
  ])('search --out %s is a usage error before any trial runs (one line, exit 2)', async (_, out) => {
    await writeFile(join(dir, 'file'), '');
    const runner = fakeRunner();
    const command = createSearchCommand({ writeReport: okReport, createTfjsRunner: async () => runner });
    const { code, err } = await run(['search', '--config', 'm.mjs', '--out', out(dir)], command);
    expect(code).toBe(ExitCode.Usage);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^lr-sweep: --out ".*" cannot be written \(E[A-Z]+: /);
    expect(runner.requests).toHaveLength(0);
  });

  it('search --help documents every flag', async () => {
    const { code, out } = await run(['search', '--help']);
    expect(code).toBe(ExitCode.Ok);
    for (const flag of ['--command', '--config', '--start-lr', '--end-lr', '--coarse-step', '--threshold', '--max-trials', '--steps', '--seed', '--parallel', '--method', '--out', '--json', '--trial-timeout', '--backend', '--diverge-factor']) {
      expect(out).toContain(flag);
    }
    expect(resultsJson).toBeTypeOf('function');
  });
});
