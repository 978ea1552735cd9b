/**
 * Reads a saved repeats.json back, so `lr-sweep report` can redraw the spread bands. Only the runs
 * are read; medians and spreads are recomputed from them, so they cannot disagree with the runs.
 */
import { METHODS, type Method } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import type { SweepResult } from '../search/types.js';
import * as messages from './messages.js';
import { summarizeRuns, type RepeatRun, type RepeatsSummary } from './summary.js';

const describe = (value: unknown): string => (value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value)));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function run(value: unknown, i: number): RepeatRun {
  if (!isObject(value)) throw new Error(`runs[${i}] must be an object {seed, picks, reason}, got ${describe(value)}`);
  const { seed, picks, reason } = value;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) throw new Error(`runs[${i}].seed must be an integer, got ${describe(seed)}`);
  if (reason !== null && typeof reason !== 'string') throw new Error(`runs[${i}].reason must be a string or null, got ${describe(reason)}`);
  if (picks === null) return { seed, picks: null, reason };
  if (!isObject(picks)) throw new Error(`runs[${i}].picks must be null or {midpoint, halfLoss, steepest}, got ${describe(picks)}`);
  const out = {} as Record<Method, number>;
  for (const m of METHODS) {
    const lr = picks[m];
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) throw new Error(`runs[${i}].picks.${m} must be a number > 0, got ${describe(lr)}`);
    out[m] = lr;
  }
  return { seed, picks: out, reason };
}

/**
 * Parses repeats.json text (as written by `lr-sweep search --repeats`). Throws UsageError with one line
 * naming `file` and the field at fault.
 */
export function parseRepeats(text: string, file: string): RepeatsSummary {
  try {
    const doc = JSON.parse(text) as unknown;
    if (!isObject(doc) || !Array.isArray(doc.runs) || doc.runs.length === 0) throw new Error(`"runs" must be a non-empty array, got ${describe(isObject(doc) ? doc.runs : doc)}`);
    return summarizeRuns(doc.runs.map(run));
  } catch (error) {
    throw new UsageError(messages.badRepeatsFile(file, error instanceof Error ? error.message : String(error)));
  }
}

/**
 * True when repeats.json was written with this results.json: its first run has the result's seed and
 * picks. A repeats.json left from another search must not be drawn over this one's curve.
 */
export function repeatsMatch(summary: RepeatsSummary, result: SweepResult): boolean {
  const first = summary.runs[0];
  if (first === undefined || first.seed !== result.settings.seed) return false;
  if (first.picks === null || result.picks === null) return first.picks === result.picks;
  return METHODS.every((m) => first.picks?.[m] === result.picks?.[m]);
}
