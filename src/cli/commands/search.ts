/** `lr-sweep search`: run the step-sampling search with a shell command or a TensorFlow.js model definition. */
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { METHODS } from '../../analysis/types.js';
import * as repeatMessages from '../../repeats/messages.js';
import { MAX_REPEATS, searchRepeats, type RepeatedSearch } from '../../repeats/run.js';
import { REPEATS_FILE, repeatsJson, type RepeatsSummary } from '../../repeats/summary.js';
import type { Method } from '../../analysis/types.js';
import { createCommandRunner } from '../../runners/command/index.js';
import type { BackendName, TfjsRunnerOptions } from '../../runners/tfjs/index.js';
import type { ReportOptions, WrittenReport } from '../../report/index.js';
import { coarseTrialCount, DEFAULT_SETTINGS, resolveSettings } from '../../search/settings.js';
import type { SearchSettings, SweepResult, TrialRunner } from '../../search/types.js';
import { UsageError } from '../../errors.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { booleanFlag, choiceFlag, integerFlag, lrFlag, numberFlag, parseFlags, pathFlag, textFlag } from '../flags.js';
import { displayLr } from '../format.js';
import { renderCommandHelp } from '../help.js';
import { flagName, messages } from '../messages.js';
import { checkOutputDir, OUTPUT_FILES, resultsJson, writeResults } from '../output.js';
import { createProgressReporter } from '../progress.js';
import { formatSummary } from '../summary.js';

/** --method spellings: the flag form first, the results.json form accepted too. */
const METHOD_CHOICES = ['midpoint', 'half-loss', 'steepest'] as const;
/** fastai's lr_find rules, which users may type after --method; the error points them at range-test. */
const FASTAI_METHOD_HINTS: Readonly<Record<string, string>> = Object.fromEntries(['valley', 'minimum', 'steep', 'slide'].map((name) => [name, messages.fastaiMethodHint(name)]));
const METHOD_OF: Readonly<Record<(typeof METHOD_CHOICES)[number], Method>> = { midpoint: 'midpoint', 'half-loss': 'halfLoss', steepest: 'steepest' };
const BACKENDS: readonly BackendName[] = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];

/** Flags of `lr-sweep search`; `analyze` reuses `method`. */
export const searchFlags = {
  command: textFlag({ help: 'Shell command for one trial, with {lr}, {steps}, {seed}; prints the validation loss last', valueName: '"CMD"' }),
  config: pathFlag({ help: 'TensorFlow.js model definition (lr-sweep.config.mjs/.js/.ts) to train in-process' }),
  startLr: lrFlag({ help: 'Smallest lr of the coarse grid', default: DEFAULT_SETTINGS.startLr }),
  endLr: lrFlag({ help: 'Largest lr of the coarse grid', default: DEFAULT_SETTINGS.endLr }),
  coarseStep: numberFlag({ help: 'Coarse grid spacing, decades', default: DEFAULT_SETTINGS.coarseStep, min: 0, minExclusive: true, max: 2, valueName: 'DECADES' }),
  threshold: numberFlag({ help: 'Refine until every point of interest is bracketed this closely, decades', default: DEFAULT_SETTINGS.threshold, min: 0, minExclusive: true, valueName: 'DECADES' }),
  maxTrials: integerFlag({ help: 'Most trials in total, lr = 0 included', default: DEFAULT_SETTINGS.maxTrials, min: 1 }),
  steps: integerFlag({ help: 'Training steps per trial (the lr = 0 trial runs none)', default: DEFAULT_SETTINGS.steps, min: 1 }),
  seed: integerFlag({ help: 'Seed for weights and data order, the same in every trial', default: DEFAULT_SETTINGS.seed, min: 0 }),
  parallel: integerFlag({ help: 'Trials run at once', default: DEFAULT_SETTINGS.parallel, min: 1 }),
  method: choiceFlag({ help: 'Pick that becomes the selected lr', choices: METHOD_CHOICES, aliases: { halfLoss: 'half-loss' }, hints: FASTAI_METHOD_HINTS, default: 'midpoint' }),
  out: pathFlag({ help: 'Directory for results.json, samples.csv and the report', default: 'lr-sweep-report', valueName: 'DIR' }),
  json: booleanFlag({ help: 'Print results.json on stdout instead of the table' }),
  trialTimeout: numberFlag({ help: 'With --command: stop a trial after this long and fail (default: no limit)', min: 0, minExclusive: true, valueName: 'SECONDS' }),
  backend: choiceFlag({ help: 'With --config: where to train (default auto: GPU, native, wasm, then cpu)', choices: BACKENDS }),
  repeats: integerFlag({ help: 'Run the search with this many seeds (seed, seed+1, ...): repeats.json gets each pick\'s median and spread, curve.png draws the spread as bands', default: 1, min: 1, max: MAX_REPEATS }),
  divergeFactor: numberFlag({ help: 'With --config: a trial diverges once its training loss exceeds this multiple of L(0) (default 4)', min: 1, minExclusive: true, valueName: 'X' }),
};

/** The settings keys a flag can set, and a model definition may default (steps, lr range). */
const SETTING_KEYS = ['startLr', 'endLr', 'coarseStep', 'threshold', 'maxTrials', 'steps', 'seed', 'parallel', 'method'] as const;

/** Settings errors name the flag as typed (`--start-lr`), in the search's one message shape. */
const SETTING_FLAGS = { nameOf: (key: keyof SearchSettings) => flagName(key) } as const;

/** Converts a --method value (either spelling) to the results.json method name. */
export function methodFromFlag(value: (typeof METHOD_CHOICES)[number]): Method {
  return METHOD_OF[value];
}

/** A runner may carry its model definition's defaults (`steps`, `lrRange`); flags given explicitly win. */
interface RunnerWithDefaults extends TrialRunner {
  readonly defaults?: { readonly steps?: number; readonly lrRange?: readonly [number, number] };
}

/** The settings a runner's defaults stand for. */
function settingsFromDefaults(defaults: RunnerWithDefaults['defaults']): Partial<SearchSettings> {
  if (defaults === undefined) return {};
  return {
    ...(defaults.steps === undefined ? {} : { steps: defaults.steps }),
    ...(defaults.lrRange === undefined ? {} : { startLr: defaults.lrRange[0], endLr: defaults.lrRange[1] }),
  };
}

/** What the search command needs from the heavy edges; tests pass fakes. */
export interface SearchCommandDeps {
  /** Builds the TensorFlow.js runner. Default: `createTfjsRunner`, imported on first use. */
  readonly createTfjsRunner?: (options: TfjsRunnerOptions) => Promise<RunnerWithDefaults>;
  /** Writes charts and report.md. Default: `writeReport`, imported on first use. */
  readonly writeReport?: (result: SweepResult, outDir: string, options?: ReportOptions) => Promise<WrittenReport>;
}

const help = renderCommandHelp({
  usage: ['lr-sweep search --command "CMD" [flags]', 'lr-sweep search --config PATH [flags]'],
  description: [
    'Trains `--steps` steps at each of many learning rates, from the same weights and data order every',
    'time, and reads the viable window and the three picks off the log-lr/loss curve. A coarse grid',
    '(plus lr = 0, the untrained model) comes first, then rounds that refine the points of interest.',
    '',
    'With --command, each trial runs CMD through /bin/sh with {lr}, {steps} and {seed} replaced (also in',
    'the environment as LR_SWEEP_LR, LR_SWEEP_STEPS, LR_SWEEP_SEED). CMD prints the validation loss as its',
    'last stdout line: a number, nan/inf, or JSON like {"loss": 0.42}. The lr = 0 trial gets {steps} = 0',
    'and must evaluate the untrained model.',
    '',
    `Writes ${OUTPUT_FILES.results}, ${OUTPUT_FILES.samples} and the report into --out, which must be new, empty, or an`,
    'earlier lr-sweep output; nothing else in it is touched.',
  ].join('\n'),
  flags: searchFlags,
  examples: [
    'lr-sweep search --command "python train.py --lr {lr} --steps {steps} --seed {seed}" --parallel 2',
    'lr-sweep search --config lr-sweep.config.mjs --method half-loss --json',
  ],
});

/** Builds the `search` command with injectable edges. */
export function createSearchCommand(deps: SearchCommandDeps = {}): CliCommand {
  return {
    name: 'search',
    summary: 'Run the step-sampling search on a training command or a TensorFlow.js model',
    help,
    run: (argv, io) => runSearch(argv, io, deps),
  };
}

/** `lr-sweep search`. */
export const searchCommand: CliCommand = createSearchCommand();

async function runSearch(argv: readonly string[], io: CliIo, deps: SearchCommandDeps): Promise<number> {
  const { values: flags, given } = parseFlags(argv, searchFlags, { command: 'search' });
  if (flags.command !== undefined && flags.config !== undefined) throw new UsageError(messages.bothCommandAndConfig);
  if (flags.command === undefined && flags.config === undefined) throw new UsageError(messages.commandXorConfig);
  const mode = flags.command !== undefined ? '--command' : '--config';
  const onlyFor: [keyof typeof searchFlags, '--command' | '--config'][] = [['trialTimeout', '--command'], ['backend', '--config'], ['divergeFactor', '--config']];
  for (const [key, needs] of onlyFor) {
    if (given.has(key) && mode !== needs) throw new UsageError(messages.flagNeedsMode(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, needs));
  }

  const explicit: Partial<Record<keyof SearchSettings, unknown>> = {};
  for (const key of SETTING_KEYS) if (given.has(key)) explicit[key] = key === 'method' ? methodFromFlag(flags.method) : flags[key];
  // Validate the flags before loading a model or starting a process.
  let settings = resolveSettings(explicit as Partial<SearchSettings>, SETTING_FLAGS);
  const outDir = resolve(io.cwd, flags.out);
  await checkOutputDir(outDir, flags.out);

  let logLine = (line: string) => io.stderr(`${line}\n`);
  let runner: RunnerWithDefaults;
  if (flags.command !== undefined) {
    runner = createCommandRunner({
      command: flags.command,
      cwd: io.cwd,
      env: io.env,
      ...(flags.trialTimeout === undefined ? {} : { trialTimeout: flags.trialTimeout }),
    });
  } else {
    const create = deps.createTfjsRunner ?? (await import('../../runners/tfjs/index.js')).createTfjsRunner;
    runner = await create({
      configPath: resolve(io.cwd, flags.config ?? ''),
      cwd: io.cwd,
      seed: settings.seed,
      ...(flags.backend === undefined ? {} : { backend: flags.backend }),
      ...(flags.divergeFactor === undefined ? {} : { divergeFactor: flags.divergeFactor }),
      log: (line) => logLine(line),
    });
    settings = resolveSettings({ ...settingsFromDefaults(runner.defaults), ...(explicit as Partial<SearchSettings>) }, SETTING_FLAGS);
  }

  const what = flags.command !== undefined ? `\`${flags.command}\`` : (flags.config ?? '');
  const coarse = Math.min(coarseTrialCount(settings), settings.maxTrials);
  io.stderr(`${messages.errorLine(messages.searching(what, displayLr(settings.startLr), displayLr(settings.endLr), coarse, settings.maxTrials, settings.parallel))}\n`);
  const reporter = createProgressReporter(io, { planned: coarse });
  logLine = (line) => reporter.log(line);
  let interrupted = false;
  const unsubscribe = io.onInterrupt?.(() => {
    interrupted = true;
    reporter.log(messages.errorLine(messages.interrupted));
    void runner.close?.();
  });
  let repeated: RepeatedSearch;
  try {
    repeated = await searchRepeats(runner, settings, flags.repeats, { clock: io.clock, progress: reporter.sink });
  } catch (error) {
    if (interrupted) return ExitCode.Interrupted;
    throw error;
  } finally {
    reporter.done();
    unsubscribe?.();
    await runner.close?.();
  }

  // results.json is the first seed's search, exactly; with repeats the selected lr is the median (repeats.json).
  const result = repeated.primary;
  await writeResults(outDir, result);
  const repeats = repeated.all.length > 1 ? await writeRepeats(outDir, repeated.summary, io) : null;
  // A repeats.json from an earlier search in this folder would describe another run: remove it.
  if (repeats === null) await rm(join(outDir, REPEATS_FILE), { force: true });
  await writeReportGuarded(result, outDir, flags.out, io, deps, repeats === null ? {} : { repeats, selection: 'median' });
  const median = repeats === null ? {} : { median: { lr: repeated.selectedLr, seeds: repeats.seeds } };
  io.stdout(flags.json ? resultsJson(result) : formatSummary(result, { resultsPath: join(flags.out, 'results.json'), ...median }));
  return ExitCode.Ok;
}

/** repeats.json beside results.json (which keeps exactly its keys), and one line per pick on stderr. */
async function writeRepeats(outDir: string, summary: RepeatsSummary, io: CliIo): Promise<RepeatsSummary> {
  await writeFile(join(outDir, REPEATS_FILE), repeatsJson(summary));
  for (const method of METHODS) {
    const p = summary.picks[method];
    if (p.median !== null) io.stderr(`${messages.errorLine(repeatMessages.spreadLine(method, p.median, p.spreadDecades ?? 0, p.count, summary.seeds.length))}\n`);
  }
  return summary;
}

/** The report is a bonus on top of results.json: its failure is one warning line, never a lost result. */
async function writeReportGuarded(result: SweepResult, outDir: string, shownAs: string, io: CliIo, deps: SearchCommandDeps, options: ReportOptions): Promise<void> {
  try {
    const write = deps.writeReport ?? (await import('../../report/index.js')).writeReport;
    const report = await write(result, outDir, options);
    if (report.pngSkipped !== null) io.stderr(`${messages.errorLine(report.pngSkipped)}\n`);
  } catch (error) {
    io.stderr(`${messages.errorLine(messages.reportFailed(error instanceof Error ? error.message : String(error), shownAs))}\n`);
  }
}
