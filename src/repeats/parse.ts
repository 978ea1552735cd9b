/**
 * Reads a saved repeats.json back, so `lr-sweep report` can redraw the spread bands. Only the runs
 * are read; medians and spreads are recomputed from them, so they cannot disagree with the runs.
 */
import { isPaperMethod, METHODS, type Method } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import type { SweepResult } from '../search/types.js';
import * as messages from './messages.js';
import { summarizeRuns, type RepeatRun, type RepeatsSummary } from './summary.js';

/** Throws the one-line UsageError `<file>: <problem>`. */
type Fail = (problem: string) => never;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function run(value: unknown, i: number, fail: Fail): RepeatRun {
  if (!isObject(value)) return fail(messages.runNotObject(i, value));
  const { seed, picks, reason } = value;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return fail(messages.runSeed(i, seed));
  if (reason !== null && typeof reason !== 'string') return fail(messages.runReason(i, reason));
  if (picks === null) return { seed, picks: null, reason };
  if (!isObject(picks)) return fail(messages.runPicksShape(i, picks));
  const out = {} as Record<Method, number>;
  for (const m of METHODS) {
    const lr = picks[m];
    // A repeats.json written before a method existed has no pick for it.
    if (lr === undefined && !isPaperMethod(m)) continue;
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) return fail(messages.runPick(i, m, lr));
    out[m] = lr;
  }
  return { seed, picks: out, reason };
}

/**
 * Parses repeats.json text (as written by `lr-sweep search --repeats`). Throws UsageError with one line
 * naming `file` and the field at fault.
 */
export function parseRepeats(text: string, file: string): RepeatsSummary {
  const fail: Fail = (problem) => {
    throw new UsageError(messages.badRepeatsFile(file, problem));
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail(messages.repeatsNotJson(error instanceof Error ? error.message : String(error)));
  }
  if (!isObject(doc) || !Array.isArray(doc.runs) || doc.runs.length === 0) return fail(messages.runsEmpty(isObject(doc) ? doc.runs : doc));
  return summarizeRuns(doc.runs.map((value: unknown, i: number) => run(value, i, fail)));
}

/**
 * True when repeats.json was written with this results.json: its first run has the result's seed and
 * picks. A repeats.json left from another search must not be drawn over this one's curve.
 */
export function repeatsMatch(summary: RepeatsSummary, result: SweepResult): boolean {
  const first = summary.runs[0];
  if (first === undefined || first.seed !== result.settings.seed) return false;
  if (first.picks === null || result.picks === null) return first.picks === result.picks;
  // Methods only one of the two files has (one written before the method existed) do not tell them apart.
  return METHODS.every((m) => first.picks?.[m] === undefined || result.picks?.[m] === undefined || first.picks[m] === result.picks[m]);
}
