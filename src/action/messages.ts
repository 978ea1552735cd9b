/**
 * Every sentence the action shows a user (errors, warnings, notices, log lines), in one place so tests
 * compare against these functions instead of copied strings. Tokens never reach any of them.
 */

import { invalidSetting } from '../search/messages.js';
import { displayLr } from '../numbers.js';

/**
 * An input holds a value outside what it allows: names the input, the value and what is allowed, in
 * the same shape as the search's settings errors and the CLI's flag errors.
 */
export function badInput(name: string, value: string, allowed: string): string {
  return invalidSetting(name, value, allowed);
}

/** What the tolerance input allows. */
export const TOLERANCE_ALLOWED = 'a positive number of decades or a factor like 2x';

/** What the artifact-name input allows. */
export const ARTIFACT_NAME_ALLOWED = 'a name without " : < > | * ? \\ / or line breaks that does not start or end with a dot';

/** The report folder computed from artifact-name is not inside lr-sweep's own temp folder (a bug guard). */
export function reportDirOutside(dir: string, base: string): string {
  return `refusing to empty ${dir}: the report folder must be inside ${base}`;
}

/** Both `config` and `command` were given, or neither. */
export function sourceInputs(given: readonly string[]): string {
  return given.length === 0
    ? 'none of config, command or worker was given: set exactly one (config: path to lr-sweep.config.mjs; command: e.g. "python train.py --lr {lr} --steps {steps} --seed {seed}"; worker: e.g. "python worker.py")'
    : `${given.join(' and ')} were all given: set exactly one of config, command or worker`;
}

/** How messages name the devices input. */
export const DEVICES_INPUT = inputNamed('devices');

/** How the action names an input in a sentence: `the backend input`. */
export function inputNamed(name: string): string {
  return `the ${name} input`;
}

/** The working directory does not exist. */
export function missingWorkingDirectory(path: string): string {
  return badInput('working-directory', path, 'an existing directory');
}

/** The baseline file is not valid JSON or YAML. */
export function unreadableBaseline(file: string, detail: string): string {
  return `baseline-file "${file}" is not valid JSON or YAML: ${detail}`;
}

/** The baseline key points at something that is not a positive number. */
export function baselineNotANumber(file: string, key: string, value: string): string {
  return `baseline-key "${key}" in "${file}" must hold a positive learning rate, got ${value}`;
}

/** A part of the baseline key's path is not a mapping, so the value cannot be written there. */
export function baselineKeyBlocked(file: string, key: string, at: string): string {
  return `baseline-key "${key}" cannot be written in "${file}": "${at}" is not a mapping; fix the file or choose another key`;
}

/**
 * The baseline file exists but has no value at the key: names the key, the file, the missing part and
 * the keys present at the deepest level reached, so a typo shows at once.
 */
export function baselineKeyMissing(file: string, key: string, missing: string, at: string, present: readonly string[]): string {
  const where = at === '' ? 'the top level' : `"${at}"`;
  const keys = present.length === 0 ? 'none' : present.map((k) => `"${k}"`).join(', ');
  return `baseline-key "${key}" is not in "${file}": ${where} has no "${missing}" (keys there: ${keys}); fix baseline-key or the file, or delete the file to start without a committed value`;
}

/** The YAML file holds several documents; lr-sweep will not guess which one to edit. */
export function baselineMultiDocument(file: string, count: number): string {
  return `baseline-file "${file}" holds ${count} YAML documents: keep the learning rate in a single-document file`;
}

/** Drift beyond tolerance: both values, the drift, the tolerance and what to do. */
export function driftFailed(selected: number, committed: number, drift: number, tolerance: number, source: string): string {
  return (
    `the selected learning rate ${displayLr(selected)} drifted ${drift.toFixed(2)} decades from the committed ${displayLr(committed)} ` +
    `(${source}), more than the tolerance of ${tolerance.toFixed(2)} decades. ` +
    `If the model or data changed on purpose, commit the new value (set update-baseline: true once, or edit ${source}); ` +
    'otherwise investigate what in this change moved the learning-rate curve.'
  );
}

/** Appended to a drift failure when the drift is no larger than the method's measured run-to-run spread. */
export function driftWithinSpread(drift: number, spread: number, repeats: number): string {
  return `Note: the drift (${drift.toFixed(2)} decades) is within the pick's own spread over ${repeats} seeds (${spread.toFixed(2)} decades), so it may be noise rather than a change; a tolerance of at least the spread avoids failing on noise.`;
}

/** Drift within tolerance, for the log. */
export function driftPassed(selected: number, committed: number, drift: number, tolerance: number): string {
  return `selected learning rate ${displayLr(selected)} is ${drift.toFixed(2)} decades from the committed ${displayLr(committed)}, within the tolerance of ${tolerance.toFixed(2)} decades`;
}

/** Drift beyond tolerance while fail-on-drift is off. */
export function driftIgnored(failure: string): string {
  return `${failure} (fail-on-drift is false, so the check passes)`;
}

/** No committed value yet: show exactly what to commit. */
export function noBaseline(selected: number, file: string, content: string): string {
  return `no committed learning rate found in ${file}; the check passes this time. To guard ${displayLr(selected)} from now on, commit ${file} with:\n${content}`;
}

/** The analysis found no viable window. */
export function noWindow(reason: string, failing: boolean): string {
  return `no viable learning-rate window: ${reason}${failing ? '' : ' (fail-on-drift is false, so the check passes)'}`;
}

/** The baseline was rewritten with the new value. */
export function baselineUpdated(file: string, key: string, lr: number): string {
  return `wrote ${key}: ${displayLr(lr)} to ${file}; commit it to make it the guarded value`;
}

/** The pull request comes from a fork and forks are not allowed. */
export function forkSkipped(repo: string): string {
  return (
    `skipped: this pull request comes from the fork ${repo}. lr-sweep runs code from the repository (the model definition or the command), ` +
    'so it does nothing on fork pull requests unless allow-fork-prs is true; see the README for the safe workflow_run pattern.'
  );
}

/** Comments cannot be posted from a fork's read-only token. */
export function forkCommentSkipped(): string {
  return 'PR comment skipped: the token of a pull request from a fork is read-only; post the report with the workflow_run pattern in the README';
}

/** A REST call for the comment failed; never fails the check. */
export function commentFailed(status: number | undefined, detail: string): string {
  const hint =
    status === 403
      ? ': give the workflow `permissions: pull-requests: write` (and issues: write), or set comment: false'
      : status === 404
        ? ': the pull request or repository was not found with this token'
        : '';
  return `PR comment not posted (${status === undefined ? 'network error' : `HTTP ${status}`}: ${detail})${hint}`;
}

/** Could not learn the token's own login; falls back to the GITHUB_TOKEN's bot. */
export function ownLoginFallback(login: string): string {
  return `could not look up the token's own user; only comments by ${login} are treated as lr-sweep's own`;
}

/** The artifact upload is skipped outside a GitHub Actions runtime. */
export function artifactSkipped(dir: string): string {
  return `artifact upload skipped: not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN); the report is in ${dir}`;
}

/** The artifact upload failed; never fails the check. */
export function artifactFailed(name: string, detail: string): string {
  return `artifact "${name}" not uploaded (${detail}); artifact names must be unique within a run, so give each matrix leg its own artifact-name`;
}

/** The summary was too long and was cut. */
export function summaryTruncated(url: string | null): string {
  return `\n\n_Summary truncated to fit GitHub's 1 MiB job-summary limit${url === null ? '' : `; the full report is in the [artifact](${url})`}._\n`;
}

/** The comment was too long and was cut. */
export function commentTruncated(url: string | null): string {
  return `\n\n_Comment truncated to fit GitHub's 65,536-character limit${url === null ? '' : `; the full report is in the [artifact](${url})`}._\n`;
}

/** canvas was linked from the prebuilt copy this release ships (`dir`, relative to the action's folder). */
export function canvasLinked(dir: string): string {
  return `PNG charts: using the prebuilt canvas shipped in the action's ${dir}`;
}

/** canvas cannot load here: the report still has SVG and Markdown; says where PNGs can come from. */
export function canvasUnavailable(detail: string): string {
  return (
    `PNG charts unavailable (${detail}); the report still has SVG charts and Markdown. ` +
    'PNGs need a Linux x64 (glibc) runner, such as GitHub-hosted ubuntu-latest, and a release tag of the action (v1), ' +
    'or run `npx lr-sweep report results.json` (Node >= 22) on the results.json in the report'
  );
}


/** backend only applies to config. */
export function backendIgnored(backend: string): string {
  return `backend "${backend}" is ignored: it applies to config (TensorFlow.js), not to command`;
}

/** With repeats: which search of how many starts, and its seed. */
export function repeatStarted(index: number, repeats: number, seed: number): string {
  return `search ${index}/${repeats} (seed ${seed})`;
}

/** One line per finished trial in the job log. */
export function trialLine(index: number, planned: number, lr: number, loss: number, diverged: boolean, round: number, elapsedMs: number, trialMs?: number): string {
  const lossText = diverged || !Number.isFinite(loss) ? 'diverged' : Number(loss.toPrecision(4)).toString();
  const took = trialMs === undefined ? '' : ` took=${(trialMs / 1000).toFixed(2)}s`;
  return `trial ${index}/${planned} lr=${displayLr(lr)} loss=${lossText} round=${round}${took} elapsed=${(elapsedMs / 1000).toFixed(1)}s`;
}

/** The event is not one the fork guard admits. */
export function eventRefused(event: string, allowed: readonly string[]): string {
  const what = event === '' ? 'no GITHUB_EVENT_NAME is set' : `the event ${event} is not one lr-sweep runs on`;
  return `skipped: ${what}; lr-sweep runs code from the repository, so it runs only on ${allowed.join(', ')} (pull request events only from the same repository unless allow-fork-prs is true)`;
}

/** An issue_comment's pull request could not be looked up, so it counts as a fork. */
export function pullLookupFailed(pullNumber: number, detail: string): string {
  return (
    `skipped: pull request #${pullNumber} could not be looked up (${detail}), so it is treated as a fork; lr-sweep runs code from the repository, ` +
    'so it does nothing on fork pull requests unless allow-fork-prs is true (give the token pull-requests: read)'
  );
}

/** The baseline key can be read two ways in the file (a literal dotted key and a nested one). */
export function baselineKeyAmbiguous(file: string, key: string, paths: readonly (readonly string[])[]): string {
  return `baseline-key "${key}" is ambiguous in "${file}": it names both ${paths.map((p) => JSON.stringify(p)).join(' and ')}; rename one of them in the file`;
}

/** The baseline edit could not be made without touching other bytes; nothing was written. */
export function baselineEditUnsafe(file: string): string {
  return `baseline-file "${file}" was not changed: lr-sweep cannot add the learning rate there without changing other content; add the key by hand`;
}

/** The sticky comment was deleted while lr-sweep updated it; a new one is posted. */
export function commentRecreated(): string {
  return 'the earlier lr-sweep comment was deleted meanwhile (HTTP 404 on update); posting a new one';
}

/** A cancelled run: what finished is uploaded, no comment is posted. */
export function interrupted(signal: 'SIGINT' | 'SIGTERM', finished: number): string {
  return `interrupted (${signal}): ${finished} finished trial${finished === 1 ? '' : 's'} uploaded in samples.csv; no comment posted`;
}

/** After a merge job joined the parts of a sharded run. */
export function merged(parts: number, repeats: number, identity: string): string {
  return `merged ${parts} part${parts === 1 ? '' : 's'}: ${repeats} repeats of ${identity}`;
}

/** After a shard job uploaded its part. */
export function shardUploaded(index: number, count: number, repeats: number, artifact: string): string {
  return `shard ${index}/${count}: ${repeats} repeat${repeats === 1 ? '' : 's'} uploaded as artifact ${artifact}; a job with merge: true (needs: every shard) reports and guards`;
}
