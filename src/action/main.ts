/**
 * The action's orchestrator: read typed inputs, run the search through the library, guard the
 * committed learning rate, publish the report (summary, artifact, sticky PR comment), write outputs.
 * The only place that calls `core.setFailed`.
 */
import { extendedNote } from '../search/notes.js';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { hashKeyFiles } from '../cache/files.js';
import type { KeyValue } from '../cache/key.js';
import { cacheTally } from '../cache/output.js';
import type { TrialCacheStats } from '../cache/runner.js';
import type { SweepCacheOptions } from '../sweep/cache.js';
import { actionCacheKeys, restoreTrialCache, saveTrialCache, type ActionCacheKeys, type ActionCacheLog } from './cache.js';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { METHODS, type Method } from '../analysis/types.js';
import { METHOD_NAMES, RUN_SETTING_NAMES, shownMethods } from '../names.js';
import { InterruptedError, isUserError, UsageError } from '../errors.js';
import * as repeatMessages from '../repeats/messages.js';
import { toleranceBelowNoise, type RepeatsSummary } from '../repeats/summary.js';
import type { DriftCheck } from '../report/index.js';
import type { SweepResult, TrialRunner } from '../search/types.js';
import type { TrialSource as SweepSource } from '../sweep/runners.js';
import { writePart } from '../sweep/part.js';
import { shardRepeats, type Shard } from '../sweep/shard.js';
import { downloadAndMerge, partArtifactName } from './shard.js';
import { sweep, type FinishedSweep, type SweepOutcome } from '../sweep/sweep.js';
import { writeInterrupted, writeSweep } from '../sweep/write.js';
import { uploadReport } from './artifact.js';
import { checkBaselineWritable, loadCommittedLr, saveBaseline, type BaselineLocation } from './baseline.js';
import { commentBody, commentBudget, upsertComment } from './comment.js';
import { Inputs, Outputs, PICK_OUTPUTS, SETTING_INPUTS, SHARDED_VERDICT } from './constants.js';
import { pullRequestOf, readRunContext, trialEnvironment, type RunContext } from './context.js';
import { forkGuard, guardEventOf, restHeadRepoLookup } from './forkGuard.js';
import { judge, newBaselineText, roundLr, type GuardOutcome, type Verdict } from './guard.js';
import { readInputs, type ActionCacheInputs, type ActionInputs, type TrialSource } from './inputs.js';
import * as messages from './messages.js';
import { writeHandoff } from './handoff.js';
import { prepareReportDir } from './reportDir.js';
import { ensureCanvas } from './native.js';
import { fitSummary } from './summary.js';
import { workspacePath } from './workspacePath.js';

/** Runs the action once. Never throws: failures go to `core.setFailed`. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const context = readRunContext();
    const event = guardEventOf(context);
    const lookupHeadRepo = restHeadRepoLookup(inputs.githubToken, context.apiUrl, context.repository);
    const gate = await forkGuard(event, { allowForkPrs: inputs.allowForkPrs, lookupHeadRepo });
    if (!gate.run) {
      core.notice(gate.message);
      writeSkippedOutputs();
      return;
    }
    // Admitted only through allow-fork-prs: a fork's code ran, so its trials never reach the shared cache.
    const fork = inputs.cache !== null && inputs.allowForkPrs && !(await forkGuard(event, { allowForkPrs: false, lookupHeadRepo })).run;
    const failure = await sweepAndPublish(inputs, context, fork);
    if (failure !== null) core.setFailed(failure);
  } catch (error) {
    if (!isUserError(error) && error instanceof Error && error.stack !== undefined) core.info(error.stack);
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** The whole run after the fork check; returns the failure message, or null when the step passes. */
async function sweepAndPublish(inputs: ActionInputs, context: RunContext, fork: boolean): Promise<string | null> {
  const workdir = workspacePath(context.workspace, inputs.workingDirectory, Inputs.WorkingDirectory);
  if (!existsSync(workdir) || !statSync(workdir).isDirectory()) {
    throw new UsageError(messages.missingWorkingDirectory(inputs.workingDirectory));
  }
  const baseline: BaselineLocation = { path: workspacePath(context.workspace, inputs.baselineFile, Inputs.BaselineFile), display: inputs.baselineFile, key: inputs.baselineKey };
  const committedLr = inputs.expectedLr ?? (await loadCommittedLr(baseline, { allowMissingKey: inputs.updateBaseline }));
  if (inputs.updateBaseline) await checkBaselineWritable(baseline);
  const committedSource =
    inputs.expectedLr !== null ? `the ${Inputs.ExpectedLr} input` : inputs.baselineKey === null ? inputs.baselineFile : `${inputs.baselineKey} in ${inputs.baselineFile}`;
  const reportDir = await prepareReportDir(context.runnerTemp, inputs.artifactName);
  const outcome = inputs.merge ? await mergeOutcome(inputs, context) : await searchOutcome(inputs, context, workdir, fork);
  if (outcome.status === 'interrupted') {
    // A cancelled run posts no comment: it uploads the trials that finished and stops.
    const samples = await writeInterrupted(reportDir, outcome);
    const artifact = await uploadReport(inputs.artifactName, [samples], reportDir, { runtimeToken: context.runtimeToken, runUrl: context.runUrl });
    if (artifact.status === 'failed') core.warning(artifact.warning);
    return messages.interrupted(outcome.signal, outcome.records.length);
  }
  if (inputs.shard !== null) return publishPart(inputs, inputs.shard, context, reportDir, outcome);
  // With repeats the guarded value is the method's median over the seeds: one seed's pick carries its noise.
  const { result, selectedLr: selected, repeats } = outcome;
  const extended = extendedNote(result);
  if (extended !== null) core.notice(extended);
  for (const warning of result.warnings ?? []) core.warning(warning.message);
  if (repeats !== null) {
    for (const method of shownMethods(inputs.method)) {
      const p = repeats.picks[method];
      if (p.median !== null) core.info(repeatMessages.spreadLine(methodInputName(method), p.median, p.spreadDecades ?? 0, p.count, repeats.seeds.length));
    }
  }
  const spread = repeats === null ? null : repeats.picks[inputs.method];
  if (repeats !== null && spread !== null && toleranceBelowNoise(inputs.toleranceDecades, spread)) {
    core.warning(repeatMessages.toleranceBelowNoise(methodInputName(inputs.method), inputs.toleranceDecades, spread.spreadDecades ?? 0, repeats.seeds.length));
  }
  const guard = judge({
    selectedLr: selected,
    committedLr,
    toleranceDecades: inputs.toleranceDecades,
    updateBaseline: inputs.updateBaseline,
  });
  if (guard.verdict === 'updated' && selected !== null) {
    await saveBaseline(baseline, selected);
    core.notice(messages.baselineUpdated(inputs.baselineFile, inputs.baselineKey ?? 'lr', roundLr(selected)));
  }
  const drift = driftCheck(guard, committedLr, inputs.toleranceDecades);
  // With repeats the report shows every pick's median and spread, and the median is the selected lr.
  const shown = {
    ...(drift === undefined ? {} : { drift }),
    ...(repeats === null ? {} : { repeats, selection: 'median' as const }),
    ...(outcome.cache === undefined || outcome.cache === null ? {} : { trialCache: true }),
  };

  const canvas = await ensureCanvas();
  if (canvas.status === 'linked') core.info(canvas.notice);
  if (canvas.status === 'unavailable') core.notice(canvas.notice);
  // Imported only now: vega probes for canvas once, when it loads, and canvas may have just been linked.
  const report = await import('../report/index.js');
  const written = await writeSweep(reportDir, outcome, { report: drift === undefined ? {} : { drift }, writeReport: report.writeReport });
  // The canvas notice above already said why and what to do inside the action.
  if (written.pngSkipped !== null && canvas.status !== 'unavailable') core.notice(written.pngSkipped);
  const files = [...written.files];
  const pr = pullRequestOf(context);
  const key = commentKey(context, inputs);
  if (pr !== null) {
    const handoff = report.renderMarkdown(result, { ...shown, maxChars: commentBudget(key), ...(context.runUrl === null ? {} : { artifactUrl: context.runUrl }) });
    files.push(...(await writeHandoff(reportDir, commentBody(key, handoff, context.runUrl), pr.number)));
  }

  const artifact = await uploadReport(inputs.artifactName, files, reportDir, { runtimeToken: context.runtimeToken, runUrl: context.runUrl });
  if (artifact.status === 'skipped') core.notice(artifact.notice);
  if (artifact.status === 'failed') core.warning(artifact.warning);
  const artifactUrl = artifact.status === 'uploaded' ? artifact.url : context.runUrl;
  const markdown = report.renderMarkdown(result, { ...shown, ...(artifactUrl === null ? {} : { artifactUrl }) });

  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(fitSummary(markdown, artifactUrl)).write();
  // The comment is rendered to fit GitHub's limit with its marker, so the renderer cuts only the trial table.
  const commentMarkdown = report.renderMarkdown(result, { ...shown, maxChars: commentBudget(key), ...(artifactUrl === null ? {} : { artifactUrl }) });
  const commentUrl = inputs.comment ? await postComment(inputs, context, key, commentMarkdown, artifactUrl) : null;

  writeOutputs(result, repeats, selected, guard, committedLr, reportDir, commentUrl);
  return verdictMessage(result, repeats, selected, guard, committedLr, inputs, committedSource);
}

/** The search of this job (all repeats, or a shard's), with the trial cache restored before and saved after. */
async function searchOutcome(inputs: ActionInputs, context: RunContext, workdir: string, fork: boolean): Promise<SweepOutcome> {
  const source = inputs.source;
  // readInputs requires exactly one trial source unless merge is true.
  if (source === null) throw new UsageError(messages.sourceInputs([]));
  const cache = inputs.cache === null ? null : await restoreCache(inputs, source, inputs.cache, context, workdir);
  let stats: (() => TrialCacheStats) | null = null;
  let outcome: SweepOutcome;
  try {
    outcome = await sweepWithSignals(inputs, source, workdir, cache, (start) => (stats = start));
  } finally {
    // Saved however the search ended: every stored trial is one the next run does not pay for.
    const stored = (stats as (() => TrialCacheStats) | null)?.().stored ?? 0;
    if (cache !== null) await saveTrialCache(cache.dir, cache.keys, { storedTrials: stored, fork }, CACHE_LOG);
  }
  if (cache !== null && outcome.status === 'done') core.info(cacheTally(outcome.result.samples).text);
  return outcome;
}

/** `merge: true`: the parts the shard jobs of this run uploaded, joined; no trial runs. */
async function mergeOutcome(inputs: ActionInputs, context: RunContext): Promise<FinishedSweep> {
  const dir = await mkdtemp(join(context.runnerTemp, 'lr-sweep-parts-'));
  const merged = await downloadAndMerge({ artifactName: inputs.artifactName, dir, runtimeToken: context.runtimeToken, log: (line) => core.info(line) });
  core.info(messages.merged(merged.parts, merged.repeats, merged.sweep.identity));
  const shardsMethod = merged.sweep.result.method;
  if (shardsMethod !== inputs.method) {
    throw new UsageError(messages.badInput(Inputs.Method, methodInputName(inputs.method), `${methodInputName(shardsMethod)}, the method the shards ran`));
  }
  return merged.sweep;
}

/**
 * `shard: I/N`: writes this shard's part and uploads it as `<artifact-name>-part-<I>-of-<N>`; no comment, no
 * guard (one shard decides nothing), verdict `sharded`. A failed upload fails the step: the merge would miss it.
 */
async function publishPart(inputs: ActionInputs, shard: Shard, context: RunContext, reportDir: string, outcome: FinishedSweep): Promise<string | null> {
  const dir = join(reportDir, 'part');
  const files = await writePart(dir, outcome, { shard, repeats: inputs.repeats });
  const name = partArtifactName(inputs.artifactName, shard);
  const artifact = await uploadReport(name, files, dir, { runtimeToken: context.runtimeToken, runUrl: context.runUrl });
  if (artifact.status === 'skipped') core.notice(artifact.notice);
  writeSkippedOutputs(SHARDED_VERDICT);
  core.setOutput(Outputs.ReportDir, dir);
  if (artifact.status === 'failed') return artifact.warning;
  core.info(messages.shardUploaded(shard.index, shard.count, files.length - 1, name));
  return null;
}

/** Where the trial cache lives on the runner (outside the checkout, so nothing is ever committed by mistake). */
const CACHE_FOLDER = 'lr-sweep-cache';

/** The action cache's lines: its warnings are the step's warnings. */
const CACHE_LOG: ActionCacheLog = { info: (line) => core.info(line), warning: (line) => core.warning(stripWarning(line)) };

/** Messages of the library start with `warning: ` on a terminal; in the action `core.warning` says so itself. */
function stripWarning(line: string): string {
  return line.replace(/^warning: /, '');
}

/** The trial cache of this run: its folder and keys, restored before the search. */
interface ActionCacheRun {
  readonly dir: string;
  readonly keys: ActionCacheKeys;
  readonly options: SweepCacheOptions;
}

/**
 * Restores the trial cache folder before the search (a miss or an unavailable service is a notice, never a
 * failure). The key covers the cache-key-files' contents and the trial source and settings as given.
 */
async function restoreCache(inputs: ActionInputs, source: TrialSource, cache: ActionCacheInputs, context: RunContext, workdir: string): Promise<ActionCacheRun> {
  const dir = join(context.runnerTemp, CACHE_FOLDER);
  const { hash } = await hashKeyFiles(cache.keyFiles, { cwd: workdir, option: Inputs.CacheKeyFiles });
  const what: Record<string, KeyValue> =
    source.kind === 'config' ? { kind: source.kind, config: source.configPath, backend: source.backend } : { kind: source.kind, command: source.command };
  const settings: Record<string, KeyValue> = { ...what, settings: { ...inputs.settings } as Record<string, KeyValue>, method: inputs.method, repeats: inputs.repeats };
  const keys = actionCacheKeys({ filesHash: hash, settings, runId: process.env['GITHUB_RUN_ID'] || '0', runAttempt: process.env['GITHUB_RUN_ATTEMPT'] || '1' });
  await restoreTrialCache(dir, keys, CACHE_LOG);
  const names = { dir: Inputs.Cache, keyFiles: Inputs.CacheKeyFiles, maxMb: Inputs.CacheMaxMb, source: source.kind === 'config' ? Inputs.Config : source.kind === 'command' ? Inputs.Command : Inputs.Worker };
  return { dir, keys, options: { dir, keyFiles: cache.keyFiles, maxMb: cache.maxMb, names } };
}

/** The method as the `method` input spells it (half-loss), for messages. */
function methodInputName(method: Method): string {
  return METHOD_NAMES[method].input;
}

/**
 * The one sweep with the action's inputs; SIGINT/SIGTERM (a cancelled run) aborts it, a second signal
 * kills every trial and exits with the first signal's code.
 */
async function sweepWithSignals(
  inputs: ActionInputs,
  given: TrialSource,
  workdir: string,
  cache: ActionCacheRun | null,
  onCacheStats: (stats: () => TrialCacheStats) => void,
): Promise<SweepOutcome> {
  if (given.kind !== 'config' && given.ignoredBackend !== null) core.warning(messages.backendIgnored(given.ignoredBackend));
  const source: SweepSource =
    given.kind === 'config'
      ? { kind: 'config', configPath: given.configPath, backend: given.backend }
      : { kind: given.kind, command: given.command, ...(given.trialTimeout === null ? {} : { trialTimeout: given.trialTimeout }) };
  const controller = new AbortController();
  let runner: TrialRunner | null = null;
  let first: InterruptedError['signal'] | null = null;
  const onSignal = (signal: InterruptedError['signal']) => {
    if (first === null) {
      first = signal;
      controller.abort(new InterruptedError(signal));
      return;
    }
    runner?.kill?.();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await sweep(source, {
      explicit: { ...inputs.settings, method: inputs.method },
      explicitOrigin: 'input',
      nameOf: (key) => SETTING_INPUTS[key],
      repeats: inputs.repeats,
      ...(inputs.shard === null ? {} : { only: shardRepeats(inputs.repeats, inputs.shard) }),
      cwd: workdir,
      env: trialEnvironment(),
      runNameOf: (key) => messages.inputNamed(RUN_SETTING_NAMES[key]),
      ...(inputs.devices === null ? {} : { devices: inputs.devices }),
      signal: controller.signal,
      ...(cache === null ? {} : { cache: cache.options }),
      // The runner words its lines with runNameOf (the backend input); a worker's own lines pass unchanged.
      log: (line) => (line.startsWith('warning: ') ? core.warning(stripWarning(line)) : core.info(line)),
      progress: (e) => core.info(messages.trialLine(e.index, e.planned, e.lr, e.loss, e.diverged, e.round, e.elapsedMs, e.trialMs)),
      onStart: (start) => {
        runner = start.runner;
        if (start.cacheStats !== null) onCacheStats(start.cacheStats);
      },
      onRepeat: (index, repeats, seed) => {
        if (repeats > 1) core.info(messages.repeatStarted(index, repeats, seed));
      },
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function driftCheck(outcome: GuardOutcome, committedLr: number | null, toleranceDecades: number): DriftCheck | undefined {
  if (committedLr === null || outcome.driftDecades === null) return undefined;
  if (outcome.verdict !== 'pass' && outcome.verdict !== 'fail' && outcome.verdict !== 'updated') return undefined;
  return { expectedLr: committedLr, driftDecades: outcome.driftDecades, toleranceDecades, verdict: outcome.verdict };
}

/** One sticky comment per job and artifact name (matrix legs need distinct artifact names anyway). */
function commentKey(context: RunContext, inputs: ActionInputs): string {
  return [context.job, inputs.artifactName].filter((part) => part !== '').join('/');
}

async function postComment(inputs: ActionInputs, context: RunContext, key: string, markdown: string, artifactUrl: string | null): Promise<string | null> {
  const pr = pullRequestOf(context);
  if (pr === null || context.repository === null) return null;
  if (pr.readOnlyToken) {
    core.warning(messages.forkCommentSkipped());
    return null;
  }
  if (inputs.githubToken === '') {
    core.warning(messages.commentFailed(401, 'no github-token'));
    return null;
  }
  const client = getOctokit(inputs.githubToken, { baseUrl: context.apiUrl });
  const posted = await upsertComment(client, { ...context.repository, issueNumber: pr.number }, { key, body: commentBody(key, markdown, artifactUrl) });
  for (const note of posted.notes) core.info(note);
  if (posted.status === 'failed') {
    core.warning(posted.warning);
    return null;
  }
  core.info(`PR comment ${posted.status}: ${posted.url}`);
  return posted.url;
}

function writeOutputs(
  result: SweepResult,
  repeats: RepeatsSummary | null,
  selected: number | null,
  outcome: GuardOutcome,
  committedLr: number | null,
  reportDir: string,
  commentUrl: string | null,
): void {
  const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
  // With repeats every pick output is its median, so selected-lr stays equal to lr-<method>.
  const pick = (method: Method): number | null | undefined => (repeats === null ? result.picks?.[method] : repeats.picks[method].median);
  core.setOutput(Outputs.MinLr, text(result.minLr));
  core.setOutput(Outputs.MaxLr, text(result.maxLr));
  for (const method of METHODS) core.setOutput(METHOD_NAMES[method].output, text(pick(method)));
  core.setOutput(Outputs.SelectedLr, text(selected));
  core.setOutput(Outputs.ExpectedLr, text(committedLr));
  core.setOutput(Outputs.DriftDecades, text(outcome.driftDecades));
  core.setOutput(Outputs.SpreadDecades, text(repeats === null ? null : repeats.picks[result.method].spreadDecades));
  core.setOutput(Outputs.Verdict, outcome.verdict);
  core.setOutput(Outputs.ReportDir, reportDir);
  core.setOutput(Outputs.CommentUrl, commentUrl ?? '');
}

/** A skipped run (or a shard) still sets every output, so a later step can tell a skip (`verdict: skipped`) from a crash. */
function writeSkippedOutputs(verdict: Extract<Verdict, 'skipped'> | typeof SHARDED_VERDICT = 'skipped'): void {
  const window: string[] = [Outputs.MinLr, Outputs.MaxLr];
  const names = [...window, ...PICK_OUTPUTS, ...Object.values(Outputs).filter((name) => !window.includes(name))];
  for (const name of names) core.setOutput(name, name === Outputs.Verdict ? verdict : '');
}

/** Logs the verdict; returns the failure message when the step must fail. */
function verdictMessage(result: SweepResult, repeats: RepeatsSummary | null, selected: number | null, outcome: GuardOutcome, committedLr: number | null, inputs: ActionInputs, source: string): string | null {
  switch (outcome.verdict) {
    case 'no-window': {
      const message = messages.noWindow(result.reason ?? 'unknown reason', inputs.failOnDrift);
      if (inputs.failOnDrift) return message;
      core.warning(message);
      return null;
    }
    case 'no-baseline':
      if (selected !== null) core.notice(messages.noBaseline(selected, inputs.baselineFile, newBaselineText(inputs.baselineFile, inputs.baselineKey, selected)));
      return null;
    case 'fail': {
      if (selected === null || committedLr === null || outcome.driftDecades === null) return null;
      const spread = repeats === null ? null : repeats.picks[inputs.method];
      const noise = repeats !== null && spread !== null && spread.spreadDecades !== null && spread.count > 1 && outcome.driftDecades <= spread.spreadDecades;
      const failure = messages.driftFailed(selected, committedLr, outcome.driftDecades, inputs.toleranceDecades, source);
      // Compared with the measured noise too: a drift the seeds alone produce is no evidence of a change.
      const message = noise && repeats !== null && spread !== null ? `${failure} ${messages.driftWithinSpread(outcome.driftDecades, spread.spreadDecades ?? 0, repeats.seeds.length)}` : failure;
      if (inputs.failOnDrift) return message;
      core.warning(messages.driftIgnored(message));
      return null;
    }
    case 'pass':
      if (selected !== null && committedLr !== null && outcome.driftDecades !== null) {
        core.info(messages.driftPassed(selected, committedLr, outcome.driftDecades, inputs.toleranceDecades));
      }
      return null;
    case 'updated':
    case 'skipped':
      return null;
  }
}
