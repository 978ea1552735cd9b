/** `lr-sweep search`: run the step-sampling search with a shell command or a TensorFlow.js model definition. */
import { join, resolve } from 'node:path';
import { METHODS } from '../../analysis/types.js';
import { MAX_REPEATS } from '../../repeats/run.js';
import type { Method } from '../../analysis/types.js';
import { METHOD_BY_CLI, METHOD_CLI_NAMES, METHOD_NAMES, RUN_SETTING_NAMES, type MethodCliName } from '../../names.js';
import { parseDevices } from '../../runners/devices.js';
import { BACKEND_NAMES } from '../../runners/tfjs/backend.js';
import type { TfjsRunnerOptions } from '../../runners/tfjs/index.js';
import { prepareOutputFolder } from '../../report/files.js';
import { coarseTrialCount, DEFAULT_SETTINGS } from '../../search/settings.js';
import { OUTPUT_FILES, resultsJson } from '../../search/output.js';
import type { SearchSettings, TrialRunner } from '../../search/types.js';
import type { TfjsRunnerHandle, TrialSource } from '../../sweep/runners.js';
import { sweep, type SweepOutcome } from '../../sweep/sweep.js';
import { writeInterrupted, writeSweep, type ReportWriter } from '../../sweep/write.js';
import { writePart } from '../../sweep/part.js';
import { parseShard, SHARD_FLAGS, shardRepeats } from '../../sweep/shard.js';
import { InterruptedError, UsageError } from '../../errors.js';
import { ExitCode, exitCodeOf, type CliCommand, type CliIo } from '../command.js';
import { booleanFlag, choiceFlag, integerFlag, listFlag, lrFlag, numberFlag, parseFlags, pathFlag, textFlag } from '../flags.js';
import { cacheTally } from '../../cache/output.js';
import { DEFAULT_CACHE_MAX_MB } from '../../cache/store.js';
import type { SweepCacheOptions } from '../../sweep/cache.js';

import { renderCommandHelp } from '../help.js';
import { flagName, messages } from '../messages.js';
import { createProgressReporter, type ProgressReporter } from '../progress.js';
import { finishedLines } from '../summary.js';
import { displayLr } from '../../numbers.js';

/** --method spellings: the flag form first, the results.json form accepted too. */
const METHOD_CHOICES = METHOD_CLI_NAMES;
/** The results.json spellings that differ from the flag's (halfLoss), accepted as aliases. */
const METHOD_ALIASES: Readonly<Record<string, MethodCliName>> = Object.fromEntries(METHODS.filter((m) => METHOD_NAMES[m].cli !== m).map((m) => [m, METHOD_NAMES[m].cli]));
/** fastai's lr_find rules, which users may type after --method; the error points them at range-test. */
const FASTAI_METHOD_HINTS: Readonly<Record<string, string>> = Object.fromEntries(['valley', 'minimum', 'steep', 'slide'].map((name) => [name, messages.fastaiMethodHint(name)]));

/** Flags of `lr-sweep search`; `analyze` reuses `method`. */
export const searchFlags = {
  command: textFlag({ help: 'Shell command for one trial, with {lr}, {steps}, {seed}; prints the validation loss last', valueName: '"CMD"' }),
  worker: textFlag({ help: 'Worker command started once per slot and kept for the search: one JSON request per stdin line, one answer per trial (see docs/trial-contracts.md)', valueName: '"CMD"' }),
  config: pathFlag({ help: 'TensorFlow.js model definition (lr-sweep.config.mjs/.js/.ts) to train in-process' }),
  startLr: lrFlag({ help: 'Smallest lr of the coarse grid', default: DEFAULT_SETTINGS.startLr }),
  endLr: lrFlag({ help: 'Largest lr of the coarse grid', default: DEFAULT_SETTINGS.endLr }),
  coarseStep: numberFlag({ help: 'Coarse grid spacing, decades', default: DEFAULT_SETTINGS.coarseStep, min: 0, minExclusive: true, max: 2, valueName: 'DECADES' }),
  threshold: numberFlag({ help: 'Refine until every point of interest is bracketed this closely, decades (the knee and steepest also stop once the noise limits them)', default: DEFAULT_SETTINGS.threshold, min: 0, minExclusive: true, valueName: 'DECADES' }),
  maxTrials: integerFlag({ help: 'Most trials in total, lr = 0 included', default: DEFAULT_SETTINGS.maxTrials, min: 1 }),
  steps: integerFlag({ help: 'Training steps per trial (the lr = 0 trial runs none)', default: DEFAULT_SETTINGS.steps, min: 1 }),
  seed: integerFlag({ help: 'Seed for weights and data order, the same in every trial', default: DEFAULT_SETTINGS.seed, min: 0 }),
  parallel: integerFlag({ help: 'Trials run at once', default: DEFAULT_SETTINGS.parallel, min: 1 }),
  method: choiceFlag({ help: 'Pick that becomes the selected lr', choices: METHOD_CHOICES, aliases: METHOD_ALIASES, hints: FASTAI_METHOD_HINTS, default: METHOD_NAMES[DEFAULT_SETTINGS.method].cli }),
  out: pathFlag({ help: 'Directory for results.json, samples.csv and the report', default: 'lr-sweep-report', valueName: 'DIR' }),
  json: booleanFlag({ help: 'Print results.json on stdout instead of the table' }),
  trialTimeout: numberFlag({ help: 'With --command or --worker: stop a trial after this long and fail (default: no limit with --command, 600 with --worker, start-up included)', min: 0, minExclusive: true, valueName: 'SECONDS' }),
  devices: textFlag({ help: 'One device per slot, e.g. 0,1,2,3: each slot\'s processes get CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE; --parallel defaults to their number', valueName: 'LIST' }),
  strictRange: booleanFlag({ help: 'Keep the search inside --start-lr .. --end-lr (by default it extends past an edge the window lies beyond, within 1e-10 .. 1e3)' }),
  backend: choiceFlag({ help: 'With --config: where to train (default auto: GPU, native, wasm, then cpu)', choices: BACKEND_NAMES }),
  repeats: integerFlag({ help: 'Run the search with this many seeds (seed, seed+1, ...): repeats.json gets each pick\'s median and spread, curve.png draws the spread as bands', default: 1, min: 1, max: MAX_REPEATS }),
  shard: textFlag({ help: 'With --repeats K: run only shard I of N (repeat k runs in shard k mod N + 1) and write a part folder for lr-sweep merge', valueName: 'I/N' }),
  divergeFactor: numberFlag({ help: 'With --config: a trial diverges once its training loss exceeds this multiple of L(0) (default 4)', min: 1, minExclusive: true, valueName: 'X' }),
  cache: pathFlag({ help: 'Trial cache folder (created if missing): a trial already in it does not run, every finished trial is stored, so a rerun or an interrupted search pays only for new trials', valueName: 'DIR' }),
  cacheKeyFiles: listFlag({ help: 'With --cache: a glob of the files trials read (e.g. "train.py", "src/**/*.py"); their contents key every trial, so an edit is never a stale hit', valueName: 'GLOB' }),
  cacheMaxMb: numberFlag({ help: 'With --cache: bound of the cache folder, megabytes; the least recently used entries are pruned first', default: DEFAULT_CACHE_MAX_MB, min: 0, minExclusive: true, valueName: 'MB' }),
};

/** The settings keys a flag can set. */
const SETTING_KEYS = ['startLr', 'endLr', 'coarseStep', 'threshold', 'maxTrials', 'steps', 'seed', 'parallel', 'method', 'strictRange'] as const;

/** Converts a --method value (either spelling) to the results.json method name. */
export function methodFromFlag(value: MethodCliName): Method {
  return METHOD_BY_CLI[value];
}

/** What the search command needs from the heavy edges; tests pass fakes. */
export interface SearchCommandDeps {
  /** Builds the TensorFlow.js runner. Default: `createTfjsRunner`, imported on first use. */
  readonly createTfjsRunner?: (options: TfjsRunnerOptions) => Promise<TfjsRunnerHandle>;
  /** Writes charts and report.md. Default: `writeReport`, imported on first use. */
  readonly writeReport?: ReportWriter;
}

const help = renderCommandHelp({
  usage: ['lr-sweep search --command "CMD" [flags]', 'lr-sweep search --worker "CMD" [flags]', 'lr-sweep search --config PATH [flags]'],
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
    'With --worker, CMD starts once per slot and stays up: lr-sweep writes one JSON request per line on its',
    'stdin ({"id", "lr", "steps", "seed"}) and reads the stdout line {"id": <same>, "loss": <number>}. The',
    'Python helper `lr-sweep worker-helper --path` does that protocol for a train(lr, steps, seed) function.',
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
  const sources = (['command', 'worker', 'config'] as const).filter((key) => flags[key] !== undefined);
  if (sources.length > 1) throw new UsageError(messages.tooManySources(sources.map((key) => flagName(key))));
  const mode = sources[0];
  if (mode === undefined) throw new UsageError(messages.commandXorConfig);
  const onlyFor: [keyof typeof searchFlags, readonly (typeof mode)[]][] = [['trialTimeout', ['command', 'worker']], ['backend', ['config']], ['divergeFactor', ['config']]];
  for (const [key, modes] of onlyFor) {
    if (given.has(key) && !modes.includes(mode)) throw new UsageError(messages.flagNeedsMode(flagName(key), modes.map((m) => flagName(m))));
  }
  for (const key of ['cacheKeyFiles', 'cacheMaxMb'] as const) {
    if (given.has(key) && flags.cache === undefined) throw new UsageError(messages.flagNeedsMode(flagName(key), [flagName('cache')]));
  }
  const cache: SweepCacheOptions | undefined =
    flags.cache === undefined
      ? undefined
      : {
          dir: flags.cache,
          keyFiles: flags.cacheKeyFiles,
          maxMb: flags.cacheMaxMb,
          names: { dir: flagName('cache'), keyFiles: flagName('cacheKeyFiles'), maxMb: flagName('cacheMaxMb'), source: flagName(mode) },
        };
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard, given.has('repeats') ? flags.repeats : undefined, SHARD_FLAGS);
  const timeout = flags.trialTimeout === undefined ? {} : { trialTimeout: flags.trialTimeout };
  const source: TrialSource =
    mode === 'command'
      ? { kind: 'command', command: flags.command ?? '', ...timeout }
      : mode === 'worker'
        ? { kind: 'worker', command: flags.worker ?? '', ...timeout }
        : {
            kind: 'config',
            configPath: flags.config ?? '',
            ...(flags.backend === undefined ? {} : { backend: flags.backend }),
            ...(flags.divergeFactor === undefined ? {} : { divergeFactor: flags.divergeFactor }),
          };
  const devices = flags.devices === undefined ? undefined : parseDevices(flags.devices, flagName('devices'));
  const explicit: Partial<Record<keyof SearchSettings, unknown>> = {};
  for (const key of SETTING_KEYS) if (given.has(key)) explicit[key] = key === 'method' ? methodFromFlag(flags.method) : flags[key];

  const outDir = resolve(io.cwd, flags.out);
  await prepareOutputFolder(outDir, {
    notDirectory: () => messages.outNotDirectory(flags.out),
    notOurs: (example) => messages.outNotOurs(flags.out, example),
    notWritable: (reason) => messages.outNotWritable(flags.out, reason),
  });

  const what = mode === 'config' ? (flags.config ?? '') : `\`${flags[mode] ?? ''}\``;
  let reporter: ProgressReporter | null = null;
  let runner: TrialRunner | null = null;
  const controller = new AbortController();
  const unsubscribe = io.onInterrupt?.({
    interrupt: (signal) => controller.abort(new InterruptedError(signal)),
    kill: () => runner?.kill?.(),
  });
  let outcome: SweepOutcome;
  try {
    outcome = await sweep(source, {
      explicit: explicit as Partial<SearchSettings>,
      explicitOrigin: 'flag',
      nameOf: flagName,
      repeats: flags.repeats,
      ...(shard === undefined ? {} : { only: shardRepeats(flags.repeats, shard) }),
      runNameOf: (key) => `--${RUN_SETTING_NAMES[key]}`,
      ...(devices === undefined ? {} : { devices }),
      cwd: io.cwd,
      env: io.env,
      clock: io.clock,
      signal: controller.signal,
      ...(cache === undefined ? {} : { cache }),
      log: (line) => (reporter === null ? io.stderr(`${line}\n`) : reporter.log(line)),
      progress: (event) => reporter?.sink(event),
      onStart: ({ settings, runner: opened }) => {
        runner = opened;
        const coarse = Math.min(coarseTrialCount(settings), settings.maxTrials);
        io.stderr(`${messages.errorLine(messages.searching(what, displayLr(settings.startLr), displayLr(settings.endLr), coarse, settings.maxTrials, settings.parallel))}\n`);
        reporter = createProgressReporter(io, { planned: coarse });
      },
      ...(deps.createTfjsRunner === undefined ? {} : { createTfjsRunner: deps.createTfjsRunner }),
    });
  } finally {
    (reporter as ProgressReporter | null)?.done();
    unsubscribe?.();
  }

  if (outcome.status === 'interrupted') {
    await writeInterrupted(outDir, outcome);
    io.stderr(`${messages.errorLine(messages.interrupted(outcome.signal, outcome.records.length, join(flags.out, OUTPUT_FILES.samples)))}\n`);
    const stored = outcome.cache?.stored ?? 0;
    if (cache !== undefined && stored > 0) io.stderr(`${messages.errorLine(messages.resumable(stored, cache.dir))}\n`);
    return exitCodeOf(outcome.signal);
  }
  if (shard !== undefined) {
    await writePart(outDir, outcome, { shard, repeats: flags.repeats });
    io.stderr(`${messages.errorLine(`shard ${shard.index}/${shard.count}: part written to ${flags.out}; join all parts with lr-sweep merge`)}\n`);
    return ExitCode.Ok;
  }
  const written = await writeSweep(outDir, outcome, deps.writeReport === undefined ? {} : { writeReport: deps.writeReport });
  if (written.pngSkipped !== null) io.stderr(`${messages.errorLine(written.pngSkipped)}\n`);
  const fromCache = cache === undefined ? {} : { trialCache: true };
  if (cache !== undefined && flags.json) io.stderr(`${messages.errorLine(cacheTally(outcome.result.samples).text)}\n`);
  const finished = finishedLines(outcome, { resultsPath: join(flags.out, OUTPUT_FILES.results), ...fromCache });
  for (const note of finished.notes) io.stderr(`${note}\n`);
  io.stdout(flags.json ? resultsJson(outcome.result, outcome.settingsSource) : finished.table);
  return ExitCode.Ok;
}
