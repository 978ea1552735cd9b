/** `lr-sweep validate`: train to convergence across a grid and at every pick, like the paper's Figure 9. */
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { DEFAULT_RANGE_TEST, resolveRangeTestSettings } from '../../compare/rangetest/settings.js';
import * as rangeMessages from '../../compare/rangetest/messages.js';
import { BACKEND_NAMES } from '../../runners/tfjs/backend.js';
import type { WrittenReport, WriteReportOptions } from '../../report/types.js';
import type { SweepResult } from '../../search/types.js';
import type { ValidatedModel, ValidateModelOptions } from '../../compare/validate/pipeline.js';
import { DEFAULT_PATIENCE } from '../../compare/validate/earlyStopping.js';
import * as messages from '../../compare/validate/messages.js';
import { formatAccuracy } from '../../compare/validate/format.js';
import { methodLabel } from '../../compare/validate/labels.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { choiceFlag, integerFlag, lrFlag, numberFlag, parseFlags, pathFlag, textFlag } from '../flags.js';
import { renderCommandHelp } from '../help.js';
import { checkOutFolder } from '../outFolder.js';
import { writeSweep } from '../../sweep/write.js';
import { displayLr, parseDecimal } from '../../numbers.js';
import { flagName } from '../messages.js';


/** Default most epochs per learning rate (early stopping usually ends sooner). */
const DEFAULT_EPOCHS = 20;
/**
 * Default --out: a folder of its own. validate runs its own search and writes its results.json, which in
 * lr-sweep-report would replace the user's search beside that search's curve.png, report.md and repeats.json.
 */
export const DEFAULT_VALIDATE_OUT = 'lr-sweep-validate';
/** Default grid spacing, decades. */
const DEFAULT_GRID_STEP = 0.25;

/** Flags of `lr-sweep validate`. */
const validateFlags = {
  config: pathFlag({ help: 'TensorFlow.js model definition (lr-sweep.config.mjs/.js/.ts)' }),
  epochs: integerFlag({ help: 'Most epochs to train at every learning rate', default: DEFAULT_EPOCHS, min: 1 }),
  patience: integerFlag({
    help: 'Early stopping: end an lr after N epochs without a lower validation loss; 0 = exactly --epochs',
    default: DEFAULT_PATIENCE,
    min: 0,
  }),
  gridStep: numberFlag({ help: 'Grid spacing, decades', default: DEFAULT_GRID_STEP, min: 0, minExclusive: true, max: 2, valueName: 'DECADES' }),
  lrs: textFlag({ help: 'Explicit grid instead of the log grid, e.g. 1e-4,1e-3,1e-2', valueName: 'A,B,C' }),
  startLr: lrFlag({ help: 'Smallest grid lr (default: the search range, the config\'s lrRange or 1e-7)' }),
  endLr: lrFlag({ help: 'Largest grid lr (default: the search range, the config\'s lrRange or 10)' }),
  stepsPerEpoch: integerFlag({ help: 'Training steps per epoch, i.e. between evaluations (default: training examples / batch size)', min: 1 }),
  numIt: integerFlag({ help: 'Steps of the range test that gives the baselines', default: DEFAULT_RANGE_TEST.numIt, min: 6 }),
  seed: integerFlag({ help: 'Seed for weights and batch order (search, range test and every training run)', default: 0, min: 0 }),
  backend: choiceFlag({ help: 'Where to train (default auto: GPU, native, wasm, then cpu)', choices: BACKEND_NAMES }),
  out: pathFlag({
    help: 'Directory for validation.md/.json/.png/.svg, the search\'s results.json, samples.csv and report, and range-test.*',
    default: DEFAULT_VALIDATE_OUT,
    valueName: 'DIR',
  }),
};

const help = renderCommandHelp({
  usage: ['lr-sweep validate --config PATH [--epochs N] [--patience N] [--grid-step 0.25] [--lrs A,B,C] [flags]'],
  description: [
    'Evidence that a pick trains well, like the paper\'s Figure 9. Runs the step-sampling search (the',
    'midpoint, halfLoss and steepest picks, and the lowest loss after reset) and the classic range test',
    '(fastai minimum/steep/valley/slide, Lightning steepest), then trains the model from the same initial',
    'weights and batches at every lr of a log grid and at every pick, epoch by epoch until the validation',
    'loss has not improved for --patience epochs (at most --epochs), and reports the validation accuracy',
    'and loss at each lr\'s best epoch: method, lr, accuracy, % of the best grid accuracy, epochs run,',
    'whether it lies in the band within 1 point of the best, and what the pick cost (trials/steps, seconds).',
    '',
    'Writes validation.md, validation.json, validation.png/.svg, the search\'s results.json, samples.csv,',
    'curve/curvature charts and report.md, and range-test.* into --out.',
    'Costs up to (grid points + picks) x --epochs epochs: narrow the grid with --start-lr/--end-lr or --lrs.',
  ].join('\n'),
  flags: validateFlags,
  examples: ['lr-sweep validate --config fixtures/mnist-mlp/lr-sweep.config.mjs --epochs 15 --patience 3 --start-lr 1e-3 --end-lr 10 --grid-step 0.5'],
});

/** What the validate command needs from elsewhere; tests pass fakes. */
export interface ValidateCommandDeps {
  /** Runs the search, the range test and the training. Default: `validateModel`, imported on first use. */
  readonly validateModel?: (options: ValidateModelOptions) => Promise<ValidatedModel>;
  /** Writes the search's charts and report.md. Default: `writeReport`, imported on first use. */
  readonly writeReport?: (result: SweepResult, outDir: string, options?: WriteReportOptions) => Promise<WrittenReport>;
}

/** Builds the `validate` command; `validateCommand` is this with the real pipeline. */
export function createValidateCommand(deps: ValidateCommandDeps = {}): CliCommand {
  return {
    name: 'validate',
    summary: 'Train to convergence (early stopping) across a grid and at every pick (ours and fastai/Lightning) to compare them',
    help,
    run: (argv, io) => runValidateCommand(argv, io, deps),
  };
}

/** `lr-sweep validate`. */
export const validateCommand: CliCommand = createValidateCommand();

/** Parses `--lrs 1e-4,1e-3`: positive decimals (read by `parseDecimal`), at least two. */
export function parseLrList(text: string): number[] {
  const lrs = text.split(',').map((part) => parseDecimal(part) ?? Number.NaN);
  if (lrs.length < 2 || lrs.some((lr) => !Number.isFinite(lr) || lr <= 0)) throw new UsageError(messages.badLrList(text));
  return [...new Set(lrs)].sort((a, b) => a - b);
}

async function runValidateCommand(argv: readonly string[], io: CliIo, deps: ValidateCommandDeps): Promise<number> {
  const { values: flags } = parseFlags(argv, validateFlags, { command: 'validate' });
  if (flags.config === undefined) throw new UsageError(rangeMessages.needsConfig('validate'));
  const lrs = flags.lrs === undefined ? undefined : parseLrList(flags.lrs);
  const rangeTest = resolveRangeTestSettings({ numIt: flags.numIt, seed: flags.seed }, flagName);
  const outDir = resolve(io.cwd, flags.out);
  await checkOutFolder(outDir, flags.out);
  const validateModel = deps.validateModel ?? (await import('../../compare/validate/pipeline.js')).validateModel;
  const { writeValidation } = await import('../../compare/validate/write.js');
  const { writeRangeTest } = await import('../../compare/rangetest/write.js');
  const log = (line: string): void => io.stderr(`${line}\n`);
  const done = await validateModel({
    configPath: flags.config,
    cwd: io.cwd,
    epochs: flags.epochs,
    patience: flags.patience,
    gridStep: flags.gridStep,
    rangeTest,
    search: { seed: flags.seed },
    log,
    clock: io.clock,
    ...(flags.backend === undefined ? {} : { backend: flags.backend }),
    ...(flags.startLr === undefined ? {} : { startLr: flags.startLr }),
    ...(flags.endLr === undefined ? {} : { endLr: flags.endLr }),
    ...(flags.stepsPerEpoch === undefined ? {} : { stepsPerEpoch: flags.stepsPerEpoch }),
    ...(lrs === undefined ? {} : { lrs }),
  });
  await writeSweep(outDir, done.sweep, deps.writeReport === undefined ? {} : { writeReport: deps.writeReport });
  await writeRangeTest(done.rangeTest, outDir, done.report.model);
  const written = await writeValidation(done.report, outDir);
  if (written.pngSkipped) log(written.pngSkipped);
  const width = Math.max(...done.report.picks.map((p) => methodLabel(p.method).length));
  const rows = done.report.picks.map((p) =>
    p.lr === null
      ? `${methodLabel(p.method).padEnd(width)}  —  ${p.reason ?? ''}`
      : `${methodLabel(p.method).padEnd(width)}  ${displayLr(p.lr).padEnd(7)}  ${formatAccuracy(p.outcome?.accuracy ?? null).padStart(7)}  ${
          p.insideBand ? 'in band' : 'outside band'
        }`,
  );
  io.stdout(`${[done.report.band ? messages.bandLine(done.report.band) : messages.noGridAccuracy, ...rows].join('\n')}\n`);
  return ExitCode.Ok;
}
