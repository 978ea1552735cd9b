/** `lr-sweep range-test`: the classic LR range test (one run, growing lr) and the fastai/Lightning suggestions. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BASELINE_LABELS } from '../../compare/baselines/suggest.js';
import type { SearchCurve } from '../../compare/baselines/lowestLoss.js';
import { UsageError } from '../../errors.js';
import * as rangeMessages from '../../compare/rangetest/messages.js';
import { parseResult } from '../../report/result.js';
import { DEFAULT_RANGE_TEST, resolveRangeTestSettings } from '../../compare/rangetest/settings.js';
import type { RangeTestResult, RangeTestSettings } from '../../compare/rangetest/types.js';
import { BACKEND_NAMES, type BackendName } from '../../runners/tfjs/backend.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { choiceFlag, integerFlag, lrFlag, parseFlags, pathFlag } from '../flags.js';

import { renderCommandHelp } from '../help.js';
import { checkOutFolder } from '../outFolder.js';
import { displayLr } from '../../numbers.js';
import { flagName } from '../messages.js';


/**
 * Default --out: a folder of its own, so a range test never lands beside (and is never mistaken for part
 * of) a search's report in lr-sweep-report.
 */
export const DEFAULT_RANGE_TEST_OUT = 'lr-sweep-range-test';

/** Flags of `lr-sweep range-test`. */
const rangeTestFlags = {
  config: pathFlag({ help: 'TensorFlow.js model definition (lr-sweep.config.mjs/.js/.ts)' }),
  numIt: integerFlag({ help: 'Training steps of the run (fastai num_it)', default: DEFAULT_RANGE_TEST.numIt, min: 6 }),
  startLr: lrFlag({ help: 'Learning rate of the first step', default: DEFAULT_RANGE_TEST.startLr }),
  endLr: lrFlag({ help: 'The rate the exponential schedule grows toward', default: DEFAULT_RANGE_TEST.endLr }),
  seed: integerFlag({ help: 'Seed for the initial weights and the batch order', default: DEFAULT_RANGE_TEST.seed, min: 0 }),
  results: pathFlag({ help: 'A results.json of `lr-sweep search`, for the "lowest loss after reset" suggestion', valueName: 'FILE' }),
  backend: choiceFlag({ help: 'Where to train (default auto: GPU, native, wasm, then cpu)', choices: BACKEND_NAMES }),
  out: pathFlag({ help: 'Directory for range-test.json and range-test.png/.svg', default: DEFAULT_RANGE_TEST_OUT, valueName: 'DIR' }),
};

const help = renderCommandHelp({
  usage: ['lr-sweep range-test --config PATH [flags]'],
  description: [
    'The classic learning-rate range test (Smith 2015; fastai and Lightning `lr_find`), for comparison:',
    'ONE training run from the initial weights, the learning rate growing exponentially from --start-lr',
    'toward --end-lr over --num-it steps, the training loss of every batch recorded and smoothed',
    '(bias-corrected moving average, beta 0.98); the run stops once the smoothed loss passes 4x its best.',
    'Then the suggestions users know: fastai minimum, steep, valley and slide, Lightning steepest (gradient',
    'against log lr), and, with --results, the lowest loss of the step-sampling search.',
    '',
    'Writes range-test.json and range-test.png/.svg (raw and smoothed loss, suggestions marked) into --out.',
  ].join('\n'),
  flags: rangeTestFlags,
  examples: ['lr-sweep range-test --config fixtures/mnist-mlp/lr-sweep.config.mjs --results lr-sweep-report/results.json'],
});

/** One range test as the command asks for it. */
export interface RangeTestRequest {
  readonly configPath: string;
  readonly cwd: string;
  readonly settings: RangeTestSettings;
  readonly backend?: BackendName;
  readonly search?: SearchCurve;
  readonly clock: () => number;
  readonly log: (line: string) => void;
}

/** What the range-test command needs from elsewhere; tests pass a fake trainer. */
export interface RangeTestCommandDeps {
  /** Loads the model and runs the range test; returns the result and the config as messages show it. Default: TensorFlow.js. */
  readonly rangeTest?: (request: RangeTestRequest) => Promise<{ readonly result: RangeTestResult; readonly model: string }>;
}

/** Builds the `range-test` command; `rangeTestCommand` is this with the TensorFlow.js trainer. */
export function createRangeTestCommand(deps: RangeTestCommandDeps = {}): CliCommand {
  return {
    name: 'range-test',
    summary: 'Run the classic LR range test and the fastai/Lightning suggestions, for comparison',
    help,
    run: (argv, io) => runRangeTestCommand(argv, io, deps),
  };
}

/** `lr-sweep range-test`. */
export const rangeTestCommand: CliCommand = createRangeTestCommand();

/** Reads a results.json (through the one results.json reader) for the lowest-loss suggestion; UsageError naming the file otherwise. */
async function readSearchCurve(path: string, shown: string): Promise<SearchCurve> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(rangeMessages.unreadableResults(shown, error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)));
  }
  return parseResult(text, shown);
}

async function runRangeTestCommand(argv: readonly string[], io: CliIo, deps: RangeTestCommandDeps): Promise<number> {
  const { values: flags } = parseFlags(argv, rangeTestFlags, { command: 'range-test' });
  if (flags.config === undefined) throw new UsageError(rangeMessages.needsConfig('range-test'));
  const settings = resolveRangeTestSettings({ numIt: flags.numIt, startLr: flags.startLr, endLr: flags.endLr, seed: flags.seed }, flagName);
  const search = flags.results === undefined ? undefined : await readSearchCurve(resolve(io.cwd, flags.results), flags.results);
  const outDir = resolve(io.cwd, flags.out);
  await checkOutFolder(outDir, flags.out);
  const log = (line: string): void => io.stderr(`${line}\n`);
  const { result, model } = await (deps.rangeTest ?? tfjsRangeTest)({
    configPath: flags.config,
    cwd: io.cwd,
    settings,
    clock: io.clock,
    log,
    ...(flags.backend === undefined ? {} : { backend: flags.backend }),
    ...(search ? { search } : {}),
  });
  const { writeRangeTest } = await import('../../compare/rangetest/write.js');
  const written = await writeRangeTest(result, outDir, model);
  log(rangeMessages.stopped(result.stopReason, result.steps.length, settings.stopFactor));
  if (written.pngSkipped) log(written.pngSkipped);
  const width = Math.max(...Object.values(BASELINE_LABELS).map((l) => l.length));
  const lines = result.suggestions.map((s) => `${BASELINE_LABELS[s.method].padEnd(width)}  ${s.lr === null ? `— ${s.reason ?? ''}` : displayLr(s.lr)}`);
  io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.Ok;
}

/** The range test on the user's TensorFlow.js model, with step progress every 10 steps. */
async function tfjsRangeTest(request: RangeTestRequest): Promise<{ result: RangeTestResult; model: string }> {
  const { openTfjsSession, runTfjsRangeTest } = await import('../../compare/rangetest/index.js');
  const opened = await openTfjsSession({
    configPath: request.configPath,
    cwd: request.cwd,
    seed: request.settings.seed,
    ...(request.backend === undefined ? {} : { backend: request.backend }),
    log: request.log,
  });
  try {
    const result = await runTfjsRangeTest(opened, request.settings, {
      clock: request.clock,
      progress: (step, i, n) => {
        if (i % 10 === 0 || i === n) request.log(rangeMessages.stepLine(i, n, step.lr, step.loss, step.smoothed));
      },
      ...(request.search ? { search: request.search } : {}),
    });
    return { result, model: opened.definition.file };
  } finally {
    opened.session.dispose();
  }
}
