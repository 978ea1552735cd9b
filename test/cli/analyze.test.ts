import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFrom } from '../../src/search/settings.js';
import { ExitCode } from '../../src/cli/command.js';
import { displayLr } from '../../src/numbers.js';
import { messages } from '../../src/cli/messages.js';
import { resultsJson } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/run.js';
import { formatSummary } from '../../src/cli/summary.js';
import { resultFromSamples } from '../../src/search/result.js';
import { DEFAULT_SETTINGS } from '../../src/search/settings.js';
import type { SweepResult, TrialRecord } from '../../src/search/types.js';
import { fakeIo } from './fake-io.js';

const L0 = Math.log(10);
/** A noise-free curve: plateau at L0, descent centred on 1e-3, blow-up past ~0.3 (NaN above 4 L0). */
function curveLoss(lr: number): number {
  if (lr === 0) return L0;
  const x = Math.log10(lr);
  const loss = L0 - 2 / (1 + Math.exp(-(x + 3) / 0.35)) + 0.6 * Math.exp((x + 0.6) / 0.25);
  return loss > 4 * L0 ? Number.NaN : loss;
}

/** lr = 0 and a grid of 0.25 decades from 1e-7 to 10. */
const LRS = [0, ...Array.from({ length: 33 }, (_, i) => 10 ** (-7 + i * 0.25))];

describe('lr-sweep analyze', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-analyze-'));
    const rows = LRS.map((lr) => `${lr},${curveLoss(lr)},extra`);
    await writeFile(join(dir, 'trials.csv'), ['lr,loss,note', ...rows].join('\n'));
    await writeFile(join(dir, 'bad.csv'), 'lr,loss\n0,2.3\n1e-3,oops\n');
    // A grid run by hand: every 0.1 decade from 1e-8 (below the default startLr) to 1, 81 trials.
    const grid = [0, ...Array.from({ length: 81 }, (_, i) => 10 ** (-8 + i * 0.1))];
    await writeFile(join(dir, 'grid.csv'), ['lr,loss', ...grid.map((lr) => `${lr},${curveLoss(lr)}`)].join('\n'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function run(argv: string[]) {
    const io = fakeIo({ cwd: dir });
    const code = await runCli(argv, io);
    return { code, out: io.out(), err: io.err() };
  }

  it('analyze FILE.csv prints the window and picks of the trials in a CSV', async () => {
    const { code, out, err } = await run(['analyze', 'trials.csv']);
    expect(code).toBe(ExitCode.Ok);
    expect(err).toBe('');
    expect(out).toContain('Viable window');
    expect(out).toMatch(/L\(0\) +2\.303/);
  });

  it('analyze FILE.csv --json gives the result of resultFromSamples on the same records, its settings only the method', async () => {
    const { out } = await run(['analyze', 'trials.csv', '--json', '--method', 'steepest']);
    const result = JSON.parse(out) as SweepResult;
    const records: TrialRecord[] = LRS.map((lr) => {
      const loss = curveLoss(lr);
      return Number.isFinite(loss) ? { lr, loss, diverged: false, round: 0 } : { lr, loss: null, diverged: true, round: 0 };
    });
    const expected = JSON.parse(resultsJson(resultFromSamples(records, { ...DEFAULT_SETTINGS, method: 'steepest' }), allFrom('default'))) as SweepResult;
    expect(result).toEqual({ ...expected, settings: { method: 'steepest' }, settingsSource: { method: 'flag' } });
    expect(Object.keys(result)).toEqual(Object.keys(expected));
    expect(result.selectedLr).toBe(result.picks?.steepest);
  });

  it('analyze FILE.csv prints no trial cap, steps or seed: a CSV does not say them', async () => {
    const { out } = await run(['analyze', 'trials.csv']);
    expect(out).toMatch(new RegExp(`^Trials +${LRS.length}, \\d+ diverged$`, 'm'));
    expect(out).not.toMatch(/\(max|seed|steps/i);
  });

  it('analyze FILE.csv neither extends a range nor warns of a trial cap: a CSV asked for neither', async () => {
    // Its lrs reach below the default range and its 82 rows exceed the default maxTrials, and its
    // 0.1-decade gaps are wider than the default threshold; none of that is a search's doing.
    const { out } = await run(['analyze', 'grid.csv']);
    expect(out).toContain('Viable window');
    expect(out).not.toMatch(/^(Range|Warning) /m);
    const result = JSON.parse((await run(['analyze', 'grid.csv', '--json'])).out) as SweepResult;
    expect(result.extended).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it('analyze FILE.csv without a window says what to add to the file, naming no flag analyze does not take', async () => {
    // The same curve cut at 1e-3, where it is still falling.
    const lrs = LRS.filter((lr) => lr <= 1e-3);
    await writeFile(join(dir, 'falling.csv'), ['learning_rate,val_loss', ...lrs.map((lr) => `${lr},${curveLoss(lr)}`)].join('\r\n'));
    const { code, out } = await run(['analyze', 'falling.csv']);
    expect(code).toBe(ExitCode.Ok);
    const facts = { smallestLr: 1e-7, largestLr: lrs.at(-1)!, finiteLrs: lrs.length - 1, smallestDiverged: null };
    expect(out).toContain(messages.noWindowInFile('still-falling', facts, displayLr));
    expect(out).toContain(`above it`);
    const flags = out.match(/--[a-z][a-z-]*/g) ?? [];
    expect(flags.filter((f) => f !== '--method' && f !== '--json')).toEqual([]);
    const json = JSON.parse((await run(['analyze', 'falling.csv', '--json'])).out) as SweepResult;
    expect(json.reason).toBe(messages.noWindowInFile('still-falling', facts, displayLr));
  });

  it('analyze --method valley (a fastai rule) is refused with one line pointing at lr-sweep range-test', async () => {
    for (const name of ['valley', 'minimum', 'steep', 'slide']) {
      const { code, err } = await run(['analyze', 'trials.csv', '--method', name]);
      expect(code).toBe(ExitCode.Usage);
      expect(err).toBe(`${messages.errorLine(`${messages.badValue('--method', name, 'one of midpoint, half-loss, steepest, basin')}; ${messages.fastaiMethodHint(name)}`)}\n`);
      expect(err).toContain('lr-sweep range-test');
    }
    const { err } = await run(['analyze', 'trials.csv', '--method', 'fastest']);
    expect(err).toBe(`${messages.errorLine(messages.badValue('--method', 'fastest', 'one of midpoint, half-loss, steepest, basin'))}\n`);
  });

  it('analyze results.json re-reads a search result, keeping its method unless --method is given', async () => {
    const records: TrialRecord[] = LRS.map((lr) => ({ lr, loss: Number.isFinite(curveLoss(lr)) ? curveLoss(lr) : null, diverged: !Number.isFinite(curveLoss(lr)), round: 0 }));
    const original = resultFromSamples(records, { ...DEFAULT_SETTINGS, method: 'halfLoss' });
    await writeFile(join(dir, 'results.json'), resultsJson(original, allFrom('default')));
    let { code, out } = await run(['analyze', 'results.json']);
    expect(code).toBe(ExitCode.Ok);
    expect(out).toBe(formatSummary(original));
    ({ out } = await run(['analyze', 'results.json', '--method', 'midpoint', '--json']));
    expect((JSON.parse(out) as SweepResult).selectedLr).toBe(original.picks?.midpoint);
  });

  it('analyze reports a bad CSV line, a missing file and a missing argument in one line with exit 2', async () => {
    const cases: [string[], string][] = [
      [['analyze', 'bad.csv'], messages.csvBadLoss('bad.csv', 3, 'oops')],
      [['analyze', 'nope.csv'], messages.fileUnreadable('nope.csv', 'no such file')],
      [['analyze'], messages.missingArgument('a FILE (a CSV with columns lr,loss, or a results.json)', 'analyze')],
      [['analyze', 'a.csv', 'b.csv'], messages.unexpectedArgument('b.csv', 'analyze')],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await run(argv);
      expect(code).toBe(ExitCode.Usage);
      expect(err).toBe(`${messages.errorLine(message)}\n`);
    }
  });

  it('analyze --help describes the file formats', async () => {
    const { code, out } = await run(['analyze', '--help']);
    expect(code).toBe(ExitCode.Ok);
    expect(out).toContain('Usage: lr-sweep analyze FILE');
    expect(out).toContain('--method');
  });
});
