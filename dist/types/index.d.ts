/**
 * lr-sweep as a library: every public function and type, named. No wildcard re-exports.
 *
 * @example
 * ```ts
 * import { createCommandRunner, resolveSettings, search, writeReport } from 'lr-sweep';
 *
 * const runner = createCommandRunner({ command: 'python train.py --lr {lr} --steps {steps} --seed {seed}' });
 * const result = await search(runner, resolveSettings({ endLr: 1 }));
 * await runner.close?.();
 * await writeReport(result, 'lr-sweep-report');
 * console.log(result.selectedLr ?? result.reason);
 * ```
 */
export type { Sample, Method, PaperMethod, Picks, NoWindow, NoWindowCode, FittedCurve, CurveModel, Analysis } from './analysis/types.js';
export { METHODS, PAPER_METHODS } from './analysis/types.js';
export type { TrialOutcome, TrialTiming, TrialRequest, TrialRunner, TrialRecord, SearchSettings, TrialProgress, ProgressSink, Clock, SweepResult, SettingOrigin, SettingsSource, } from './search/types.js';
export { UsageError, TrialError, ConfigError, OutputError, InterruptedError, isUserError } from './errors.js';
export { analyze, smoothFit, MIN_FINITE_SAMPLES } from './analysis/analyze.js';
export type { AnalyzeOptions, SmoothFit } from './analysis/analyze.js';
export { search } from './search/search.js';
export type { SearchDeps } from './search/search.js';
export { resolveSettings, resolveWithSource, DEFAULT_SETTINGS, SETTING_NAMES } from './search/settings.js';
export { SCHEMA_VERSION } from './search/output.js';
export type { ResultsDocument } from './search/output.js';
export { sweep } from './sweep/sweep.js';
export type { SweepOptions, SweepOutcome, FinishedSweep, InterruptedSweep, SweepStart } from './sweep/sweep.js';
export { RUNNER_KINDS } from './sweep/runners.js';
export type { TrialSource, OpenedRunner, RunnerContext } from './sweep/runners.js';
export { writeSweep, writeInterrupted } from './sweep/write.js';
export type { WriteSweepOptions, WrittenSweep, ReportWriter } from './sweep/write.js';
export { planFirstRound, planNextRound } from './search/planner.js';
export { resultFromSamples } from './search/result.js';
export { searchRepeats, MAX_REPEATS } from './repeats/run.js';
export type { RepeatedSearch } from './repeats/run.js';
export { summarizeRepeats, toleranceBelowNoise, spreadBands } from './repeats/summary.js';
export type { RepeatsSummary, PickSpread, SpreadBand } from './repeats/summary.js';
export { createCommandRunner } from './runners/command/index.js';
export type { CommandRunnerOptions } from './runners/command/index.js';
export { createWorkerRunner, workerHelperPath } from './runners/worker/index.js';
export type { WorkerRunnerOptions } from './runners/worker/index.js';
export { createTfjsRunner, defineConfig, OPTIMIZER_NAMES, BACKEND_NAMES } from './runners/tfjs/index.js';
export type { TfjsRunnerOptions, TfjsRunner, TfjsTrialOutcome, LrSweepConfig, LrSweepData, DataContext, OptimizerName, OptimizerFactory, LossFunction, Tf, BackendName, } from './runners/tfjs/index.js';
export { writeReport, renderMarkdown, curveSpec, curvatureSpec, renderSpec, parseResult } from './report/index.js';
export type { DriftCheck, ReportOptions, WriteReportOptions, WrittenReport, RenderOptions, RenderedChart } from './report/index.js';
export { suggestBaselines, BASELINE_LABELS } from './compare/baselines/suggest.js';
export { BASELINE_METHODS } from './compare/baselines/types.js';
export type { BaselineMethod, BaselineResult, RangeStep, Suggestion } from './compare/baselines/types.js';
export { runRangeTest, resolveRangeTestSettings } from './compare/rangetest/index.js';
export type { RangeTestResult, RangeTestSettings } from './compare/rangetest/index.js';
export { rangeTestSpec } from './compare/rangetest/chart.js';
export { runValidation } from './compare/validate/run.js';
export { accuracyBand } from './compare/validate/band.js';
export { validationSpec } from './compare/validate/chart.js';
export type { ValidationReport, AccuracyBand } from './compare/validate/types.js';
