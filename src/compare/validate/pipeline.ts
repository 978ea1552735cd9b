import type { RangeTestResult, RangeTestSettings } from '../rangetest/types.js';
import { runTfjsRangeTest } from '../rangetest/tfjs.js';
import { openTfjsSession } from '../rangetest/tfjsSession.js';
import type { BackendName } from '../../runners/tfjs/backend.js';
import { createTfjsRunner, type TfjsRunnerOptions } from '../../runners/tfjs/index.js';
import { DEFAULT_SETTINGS, SETTING_NAMES } from '../../search/settings.js';
import { RUN_SETTING_NAMES } from '../../names.js';
import type { SearchSettings, SweepResult, TrialRunner } from '../../search/types.js';
import type { TfjsRunnerHandle } from '../../sweep/runners.js';
import { sweep, type FinishedSweep } from '../../sweep/sweep.js';
import { UsageError } from '../../errors.js';
import { DEFAULT_PATIENCE } from './earlyStopping.js';
import { logGrid } from './grid.js';
import * as messages from './messages.js';
import { collectPicks } from './picks.js';
import { runValidation } from './run.js';
import { createTfjsConvergenceTrainer } from './tfjs.js';
import type { ConvergenceOutcome, ValidationReport, ValidationSettings } from './types.js';

/** Options for {@link validateModel}. */
export interface ValidateModelOptions {
  /** The user's model definition, relative to `cwd`. */
  readonly configPath: string;
  /** Working directory. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Backend. Default 'auto'. */
  readonly backend?: BackendName;
  /** Most epochs per lr (exactly this many when `patience` is 0). */
  readonly epochs: number;
  /** Early stopping: epochs without a lower validation loss before an lr's training stops; 0 = fixed epochs. Default 3. */
  readonly patience?: number;
  /** Grid spacing, decades. */
  readonly gridStep: number;
  /** Grid range; default the search's range (the config's lrRange, else 1e-7..10). */
  readonly startLr?: number;
  readonly endLr?: number;
  /** An explicit grid instead of the log grid. Default none. */
  readonly lrs?: readonly number[];
  /** Steps per epoch. Default training examples / batch size. */
  readonly stepsPerEpoch?: number;
  /** Search settings the flags gave (seed included). Default the search's defaults. */
  readonly search?: Partial<SearchSettings>;
  /** Range-test settings (seed is taken from the search). */
  readonly rangeTest: RangeTestSettings;
  /** One-line log. Default: nothing. */
  readonly log?: (line: string) => void;
  /** Milliseconds clock. Default `performance.now`. */
  readonly clock?: () => number;
}

/** Everything a validation produced. */
export interface ValidatedModel {
  /** The first search's result (as `sweep.result`). */
  readonly search: SweepResult;
  /** The sweep, for the one writer. */
  readonly sweep: FinishedSweep;
  readonly rangeTest: RangeTestResult;
  readonly report: ValidationReport;
}

/** Wraps a TensorFlow.js runner to count the training steps its trials actually ran (diverged trials stop early). */
function countingRunner(runner: TfjsRunnerHandle): TfjsRunnerHandle & { steps: number } {
  const counted = {
    steps: 0,
    defaults: runner.defaults,
    backend: runner.backend,
    close: () => runner.close(),
    async run(lr: number, request: Parameters<TrialRunner['run']>[1]) {
      const outcome = await runner.run(lr, request);
      counted.steps += outcome.stepsRun;
      return outcome;
    },
  };
  return counted;
}

/**
 * The whole proof for one model: the step-sampling search (our picks, lowest loss), the classic range
 * test (the baselines), then training to convergence at every grid lr and every pick.
 */
export async function validateModel(options: ValidateModelOptions): Promise<ValidatedModel> {
  const clock = options.clock ?? (() => performance.now());
  const log = options.log ?? (() => undefined);
  const cwd = options.cwd ?? process.cwd();
  const seed = options.search?.seed ?? DEFAULT_SETTINGS.seed;
  const backend = options.backend === undefined ? {} : { backend: options.backend };

  let counted: (TfjsRunnerHandle & { steps: number }) | null = null;
  const searchStart = clock();
  const swept = await sweep(
    { kind: 'config', configPath: options.configPath, ...backend },
    {
      explicit: options.search ?? {},
      explicitOrigin: 'flag',
      nameOf: (key) => `--${SETTING_NAMES[key]}`,
      runNameOf: (key) => `--${RUN_SETTING_NAMES[key]}`,
      cwd,
      log,
      clock,
      createTfjsRunner: async (o: TfjsRunnerOptions) => (counted = countingRunner(await createTfjsRunner(o))),
    },
  );
  // validate installs no signal handler, so its sweep always finishes.
  if (swept.status !== 'done') throw new Error('validate: the search was interrupted');
  const result = swept.result;
  const settings: SearchSettings = result.settings;
  const searchCost = { steps: (counted as { steps: number } | null)?.steps ?? 0, seconds: (clock() - searchStart) / 1000 };
  log(`search: ${result.trials} trials, ${searchCost.steps} steps, ${searchCost.seconds.toFixed(1)} s`);

  const opened = await openTfjsSession({ configPath: options.configPath, cwd, seed, withAccuracy: true, ...backend });
  try {
    const rangeTest = await runTfjsRangeTest(opened, { ...options.rangeTest, seed }, { clock, search: result });
    log(`range test: ${rangeTest.steps.length} steps, ${(rangeTest.elapsedMs / 1000).toFixed(1)} s`);
    const startLr = options.startLr ?? settings.startLr;
    const endLr = options.endLr ?? settings.endLr;
    const grid = options.lrs ? [...options.lrs] : logGrid(startLr, endLr, options.gridStep);
    if (grid.length < 2) throw new UsageError(messages.gridTooSmall(startLr, endLr, options.gridStep));
    const validationSettings: ValidationSettings = {
      epochs: options.epochs,
      patience: options.patience ?? DEFAULT_PATIENCE,
      seed,
      gridStep: options.gridStep,
      startLr,
      endLr,
      lrs: options.lrs ? [...options.lrs] : null,
    };
    const trainer = createTfjsConvergenceTrainer(opened, {
      clock,
      ...(options.stepsPerEpoch === undefined ? {} : { stepsPerEpoch: options.stepsPerEpoch }),
    });
    const report = await runValidation(trainer, {
      settings: validationSettings,
      grid,
      picks: collectPicks(result, searchCost, rangeTest),
      model: opened.definition.file,
      progress: (i: number, n: number, lr: number, o: ConvergenceOutcome) => log(messages.trainedLine(i, n, lr, o)),
    });
    return { search: result, sweep: swept, rangeTest, report };
  } finally {
    opened.session.dispose();
  }
}
