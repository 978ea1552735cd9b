/**
 * The one reader of a saved results.json (`lr-sweep report`, `analyze`, `range-test --results`):
 * checks every field the report uses, so a bad file fails with one line naming the file and the
 * problem instead of a stack.
 */
import { isPaperMethod, METHODS, type Method } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import { DEFAULT_SETTINGS } from '../search/settings.js';
import type { SearchSettings, SettingOrigin, SettingsSource, SweepResult, TrialRecord } from '../search/types.js';
import { messages } from './messages.js';
import { isText, notTextSummary, sourceByteCount } from '../text.js';

type Json = Record<string, unknown>;

/** Throws the one-line UsageError `<path>: <problem>`. */
type Fail = (problem: string) => never;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOrNull(doc: Json, key: string, fail: Fail): number | null {
  const value = doc[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(messages.numberOrNull(key, value));
  return value;
}

function trial(value: unknown, i: number, fail: Fail): TrialRecord {
  if (!isObject(value)) return fail(messages.sampleNotObject(i, value));
  const { lr, loss, diverged, round } = value;
  if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) fail(messages.sampleLr(i, lr));
  if (loss !== null && (typeof loss !== 'number' || !Number.isFinite(loss))) fail(messages.sampleLoss(i, loss));
  if (typeof diverged !== 'boolean') fail(messages.sampleDiverged(i, diverged));
  if (round !== undefined && (typeof round !== 'number' || !Number.isInteger(round) || round < 0)) fail(messages.sampleRound(i, round));
  return { lr, loss, diverged, round: typeof round === 'number' ? round : 0 };
}

function picksOf(value: unknown, fail: Fail): SweepResult['picks'] {
  if (value === null || value === undefined) return null;
  if (!isObject(value)) return fail(messages.picksShape(value));
  const picks = {} as Record<Method, number>;
  for (const m of METHODS) {
    const lr = value[m];
    // Added-only keys: a file written before a method existed (schema 1 and 2 alike) has no pick for it.
    if (lr === undefined && !isPaperMethod(m)) continue;
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) return fail(messages.pickValue(m, lr));
    picks[m] = lr;
  }
  return picks;
}

const ORIGINS: readonly unknown[] = ['flag', 'input', 'model-definition', 'default'] satisfies readonly SettingOrigin[];

function settingsSourceOf(value: unknown): SettingsSource | null {
  if (!isObject(value)) return null;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, origin]) => ORIGINS.includes(origin)) ? (value as SettingsSource) : null;
}

/** A results.json as read back by {@link readResultsFile}. */
export interface ResultsFile {
  /** The result, with every setting the file does not state filled with its default. */
  readonly result: SweepResult;
  /** Only the settings the file states, with its method: what may be shown as the file's own. */
  readonly stated: Partial<SearchSettings>;
  /** The file's `settingsSource` (schema 2) when it is valid; else null. */
  readonly settingsSource: SettingsSource | null;
}

function check(doc: unknown, fail: Fail): ResultsFile {
  if (!isObject(doc)) return fail(messages.notResultsObject(doc));
  if (!Array.isArray(doc.samples)) return fail(messages.samplesNotArray(doc.samples));
  const samples = doc.samples.map((value: unknown, i: number) => trial(value, i, fail));
  const method = doc.method;
  if (typeof method !== 'string' || !(METHODS as readonly string[]).includes(method)) fail(messages.methodValue(METHODS, method));
  const reason = doc.reason;
  if (reason !== null && reason !== undefined && typeof reason !== 'string') fail(messages.reasonValue(reason));
  const settings = doc.settings;
  if (settings !== undefined && !isObject(settings)) fail(messages.settingsValue(settings));
  const trials = doc.trials;
  if (trials !== undefined && (typeof trials !== 'number' || !Number.isInteger(trials) || trials < 0)) fail(messages.trialsValue(trials));
  const stated = { ...(settings as Partial<SearchSettings> | undefined), method: method as Method };
  const result: SweepResult = {
    minLr: numberOrNull(doc, 'minLr', fail),
    maxLr: numberOrNull(doc, 'maxLr', fail),
    picks: picksOf(doc.picks, fail),
    method: method as Method,
    selectedLr: numberOrNull(doc, 'selectedLr', fail),
    lossAtZero: numberOrNull(doc, 'lossAtZero', fail),
    trials: typeof trials === 'number' ? trials : samples.length,
    reason: typeof reason === 'string' ? reason : null,
    samples,
    settings: { ...DEFAULT_SETTINGS, ...stated },
    ...extendedOf(doc.extended, fail),
    ...warningsOf(doc.warnings, fail),
  };
  return { result, stated, settingsSource: settingsSourceOf(doc.settingsSource) };
}

/**
 * Parses results.json text. Throws UsageError with one line, `<path>: <problem>`, for invalid JSON or
 * a field the report cannot use. Missing `settings` fields take the defaults.
 */
export function parseResult(text: string, path: string): SweepResult {
  return readResultsFile(text, path).result;
}

/**
 * Parses results.json text into the result and what the file itself states (see {@link ResultsFile}).
 * A trial without `round` is round 0. Throws as {@link parseResult} does.
 */
export function readResultsFile(text: string, path: string): ResultsFile {
  const fail: Fail = (problem) => {
    throw new UsageError(messages.badResultFile(path, problem));
  };
  if (!isText(text)) return fail(notTextSummary(sourceByteCount(text)));
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail(messages.notJson(error instanceof Error ? error.message : String(error)));
  }
  return check(doc, fail);
}

/** `extended` (schema 2, edges): absent, null, or a { startLr, endLr } of positive numbers. */
function extendedOf(value: unknown, fail: Fail): Pick<SweepResult, 'extended'> {
  if (value === undefined) return {};
  if (value === null) return { extended: null };
  const ok = isObject(value) && typeof value.startLr === 'number' && typeof value.endLr === 'number' && value.startLr > 0 && value.endLr > value.startLr;
  if (!ok) return fail(`"extended" is ${JSON.stringify(value)}; expected null or { "startLr", "endLr" } with 0 < startLr < endLr`);
  return { extended: { startLr: value.startLr as number, endLr: value.endLr as number } };
}

/** `warnings` (schema 2, edges): absent or an array of { code: "max-trials-imprecise", message }. */
function warningsOf(value: unknown, fail: Fail): Pick<SweepResult, 'warnings'> {
  if (value === undefined) return {};
  if (!Array.isArray(value)) return fail(`"warnings" is ${JSON.stringify(value)}; expected an array`);
  return {
    warnings: value.map((w: unknown, i: number) => {
      if (!isObject(w) || w.code !== 'max-trials-imprecise' || typeof w.message !== 'string') {
        return fail(`warnings[${i}] is ${JSON.stringify(w)}; expected { "code": "max-trials-imprecise", "message": text }`);
      }
      return { code: 'max-trials-imprecise' as const, message: w.message };
    }),
  };
}

