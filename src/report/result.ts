/**
 * Reads a saved results.json back into a {@link SweepResult}, checking every field the report uses,
 * so `lr-sweep report` fails with one line naming the file and the problem instead of a stack.
 */
import { METHODS, type Method } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import { DEFAULT_SETTINGS } from '../search/settings.js';
import type { SearchSettings, SweepResult, TrialRecord } from '../search/types.js';
import { messages } from './messages.js';

type Json = Record<string, unknown>;

const describe = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value));

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOrNull(doc: Json, key: string): number | null {
  const value = doc[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`"${key}" must be a number or null, got ${describe(value)}`);
  return value;
}

function trial(value: unknown, i: number): TrialRecord {
  if (!isObject(value)) throw new Error(`samples[${i}] must be an object {lr, loss, diverged, round}, got ${describe(value)}`);
  const { lr, loss, diverged, round } = value;
  if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) throw new Error(`samples[${i}].lr must be a number ≥ 0, got ${describe(lr)}`);
  if (loss !== null && (typeof loss !== 'number' || !Number.isFinite(loss))) throw new Error(`samples[${i}].loss must be a number or null, got ${describe(loss)}`);
  if (typeof diverged !== 'boolean') throw new Error(`samples[${i}].diverged must be true or false, got ${describe(diverged)}`);
  if (typeof round !== 'number' || !Number.isInteger(round) || round < 0) throw new Error(`samples[${i}].round must be an integer ≥ 0, got ${describe(round)}`);
  return { lr, loss, diverged, round };
}

function picksOf(value: unknown): SweepResult['picks'] {
  if (value === null || value === undefined) return null;
  if (!isObject(value)) throw new Error(`"picks" must be null or {midpoint, halfLoss, steepest}, got ${describe(value)}`);
  const picks = {} as Record<Method, number>;
  for (const m of METHODS) {
    const lr = value[m];
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) throw new Error(`picks.${m} must be a number > 0, got ${describe(lr)}`);
    picks[m] = lr;
  }
  return picks;
}

function check(doc: unknown): SweepResult {
  if (!isObject(doc)) throw new Error(`expected a results.json object, got ${describe(doc)}`);
  if (!Array.isArray(doc.samples)) throw new Error(`"samples" must be an array of trials, got ${describe(doc.samples)}`);
  const samples = doc.samples.map(trial);
  const method = doc.method;
  if (typeof method !== 'string' || !(METHODS as readonly string[]).includes(method)) {
    throw new Error(`"method" must be one of ${METHODS.join(', ')}, got ${describe(method)}`);
  }
  const reason = doc.reason;
  if (reason !== null && reason !== undefined && typeof reason !== 'string') throw new Error(`"reason" must be a string or null, got ${describe(reason)}`);
  const settings = doc.settings;
  if (settings !== undefined && !isObject(settings)) throw new Error(`"settings" must be an object, got ${describe(settings)}`);
  const trials = doc.trials;
  if (trials !== undefined && (typeof trials !== 'number' || !Number.isInteger(trials) || trials < 0)) {
    throw new Error(`"trials" must be an integer ≥ 0, got ${describe(trials)}`);
  }
  return {
    minLr: numberOrNull(doc, 'minLr'),
    maxLr: numberOrNull(doc, 'maxLr'),
    picks: picksOf(doc.picks),
    method: method as Method,
    selectedLr: numberOrNull(doc, 'selectedLr'),
    lossAtZero: numberOrNull(doc, 'lossAtZero'),
    trials: typeof trials === 'number' ? trials : samples.length,
    reason: typeof reason === 'string' ? reason : null,
    samples,
    settings: { ...DEFAULT_SETTINGS, ...(settings as Partial<SearchSettings> | undefined) },
  };
}

/**
 * Parses results.json text. Throws UsageError with one line, `<path>: <problem>`, for invalid JSON or
 * a field the report cannot use. Missing `settings` fields take the defaults.
 */
export function parseResult(text: string, path: string): SweepResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UsageError(messages.badResultFile(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`));
  }
  try {
    return check(doc);
  } catch (error) {
    throw new UsageError(messages.badResultFile(path, error instanceof Error ? error.message : String(error)));
  }
}
