/**
 * The drift guard, as pure functions: parse the tolerance, read the committed learning rate out of a
 * baseline file's text, judge the drift, and produce the file's new text with the value updated.
 * The caller does the file I/O.
 */
import { parseAllDocuments } from 'yaml';
import { UsageError } from '../errors.js';
import { parseDecimal } from '../numbers.js';
import { isText, notTextSummary, sourceByteCount } from '../text.js';
import { resolveKeyPath, setJsonValue, setYamlValue } from './baselineEdit.js';
import { DEFAULT_BASELINE_KEY, DRIFT_EPSILON, type VERDICTS } from './constants.js';
import { baselineKeyBlocked, baselineKeyMissing, baselineMultiDocument, baselineNotANumber, unreadableBaseline } from './messages.js';

/** The guard's outcome, as written to the `verdict` output. */
export type Verdict = (typeof VERDICTS)[number];

/**
 * Parses a tolerance: a number of decades (`0.3`) or a factor (`2x` = log10(2) ≈ 0.301 decades).
 * Returns null for anything else, including zero, negatives and factors ≤ 1.
 */
export function parseTolerance(text: string): number | null {
  const value = text.trim();
  const factor = /^(.+?)\s*[xX]$/.exec(value);
  const number = (s: string): number => parseDecimal(s) ?? Number.NaN;
  const decades = factor === null ? number(value) : Math.log10(number(factor[1] ?? ''));
  return Number.isFinite(decades) && decades > 0 ? decades : null;
}

/** |log10(selected) − log10(committed)|, decades. Both must be positive. */
export function driftDecades(selectedLr: number, committedLr: number): number {
  return Math.abs(Math.log10(selectedLr) - Math.log10(committedLr));
}

/** What {@link judge} needs. */
export interface GuardInput {
  /** The pick of the guarded method, or null when the analysis found no viable window. */
  readonly selectedLr: number | null;
  /** The committed value, or null when none is committed. */
  readonly committedLr: number | null;
  /** Allowed drift, decades. */
  readonly toleranceDecades: number;
  /** Write the new value instead of judging it. */
  readonly updateBaseline: boolean;
}

/** What {@link judge} decides. */
export interface GuardOutcome {
  readonly verdict: Verdict;
  /** Drift in decades, or null when there is no selected or no committed value. */
  readonly driftDecades: number | null;
}

/**
 * Decides the verdict: no-window beats everything (there is nothing to commit), then updated, then
 * no-baseline, then fail when the drift exceeds the tolerance (a value exactly at it passes), else pass.
 */
export function judge(input: GuardInput): GuardOutcome {
  const drift = input.selectedLr !== null && input.committedLr !== null ? driftDecades(input.selectedLr, input.committedLr) : null;
  if (input.selectedLr === null) return { verdict: 'no-window', driftDecades: drift };
  if (input.updateBaseline) return { verdict: 'updated', driftDecades: drift };
  if (drift === null) return { verdict: 'no-baseline', driftDecades: null };
  return { verdict: drift > input.toleranceDecades + DRIFT_EPSILON ? 'fail' : 'pass', driftDecades: drift };
}

/** Rounds a learning rate to the 3 significant digits written to baseline files (≤ 0.002 decades off). */
export function roundLr(lr: number): number {
  return Number(lr.toPrecision(3));
}

type Format = 'json' | 'yaml';

function formatOf(file: string, text: string): Format {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    return 'yaml';
  }
}

function keyPath(key: string | null): string[] {
  return (key ?? DEFAULT_BASELINE_KEY).split('.');
}

function parse(text: string, file: string, format: Format): unknown {
  if (!isText(text)) throw new UsageError(unreadableBaseline(file, notTextSummary(sourceByteCount(text))));
  if (format === 'json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new UsageError(unreadableBaseline(file, (error as Error).message));
    }
  }
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return null;
  if (docs.length > 1) throw new UsageError(baselineMultiDocument(file, docs.length));
  const doc = docs[0];
  if (doc === undefined) return null;
  const error = doc.errors[0];
  if (error !== undefined) throw new UsageError(unreadableBaseline(file, error.message.split('\n')[0] ?? error.message));
  return doc.toJS() as unknown;
}

/** Options for {@link readCommittedLr}. */
export interface ReadCommittedLrOptions {
  /** Return null instead of throwing when the key is absent (update-baseline will add it). Default false. */
  readonly allowMissingKey?: boolean;
}

/**
 * Reads the committed learning rate from a baseline file's text (JSON, or YAML by extension or
 * content). `key` is a dot path (default `lr`). Returns null for an empty document or a key that
 * holds null. A key that is absent is a UsageError naming the key, the file and the keys present at
 * the deepest level reached (a typo must not pass as "no baseline" forever), unless
 * `options.allowMissingKey`; a path through a non-mapping is one too, as for the writer. Also throws
 * UsageError when the file does not parse or the value is not a positive number. Numeric strings count.
 */
export function readCommittedLr(text: string, file: string, key: string | null, options: ReadCommittedLrOptions = {}): number | null {
  let node: unknown = parse(text, file, formatOf(file, text));
  if (node === null || node === undefined) return null;
  const keyText = key ?? DEFAULT_BASELINE_KEY;
  const parts = resolveKeyPath(node, keyText, file);
  for (const [index, part] of parts.entries()) {
    const at = parts.slice(0, index).join('.');
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      throw new UsageError(baselineKeyBlocked(file, keyText, at || '(top level)'));
    }
    const mapping = node as Record<string, unknown>;
    if (!Object.hasOwn(mapping, part)) {
      if (options.allowMissingKey === true) return null;
      throw new UsageError(baselineKeyMissing(file, keyText, part, at, Object.keys(mapping)));
    }
    node = mapping[part];
  }
  if (node === undefined || node === null) return null;
  const value = typeof node === 'number' ? node : typeof node === 'string' ? (parseDecimal(node) ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(baselineNotANumber(file, key ?? DEFAULT_BASELINE_KEY, JSON.stringify(node) ?? String(node)));
  }
  return value;
}

/**
 * The content of a new baseline file holding only `lr` at `key` (default `lr`): JSON for `.json`
 * and other names, YAML for `.yml`/`.yaml`. This is also what the no-baseline notice shows.
 */
export function newBaselineText(file: string, key: string | null, lr: number): string {
  const value = roundLr(lr);
  const parts = keyPath(key);
  if (/\.ya?ml$/i.test(file)) {
    return parts.map((part, depth) => `${'  '.repeat(depth)}${part}:${depth === parts.length - 1 ? ` ${String(value)}` : ''}`).join('\n') + '\n';
  }
  let object: unknown = value;
  for (const part of [...parts].reverse()) object = { [part]: object };
  return `${JSON.stringify(object, null, 2)}\n`;
}

/**
 * Returns the baseline file's text with the value at `key` set to `lr` (rounded by {@link roundLr}),
 * changing no other byte (see `baselineEdit.ts`): an existing scalar is replaced in place, in its own
 * quoting style (`"1e-3"` stays a quoted string); a missing key is inserted in the layout of the
 * mapping that receives it. `text` null creates the file. Throws UsageError instead of overwriting
 * anything it cannot edit safely, and for a key that names two entries (`"a.b"` and `a: {b}`).
 */
export function updateBaselineText(text: string | null, file: string, key: string | null, lr: number): string {
  if (text === null || text.trim() === '') return newBaselineText(file, key, lr);
  const format = formatOf(file, text);
  const parsed = parse(text, file, format);
  const keyText = key ?? DEFAULT_BASELINE_KEY;
  const parts = resolveKeyPath(parsed, keyText, file);
  if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) {
    throw new UsageError(baselineKeyBlocked(file, keyText, '(top level)'));
  }
  let node: unknown = parsed;
  for (const [index, part] of parts.entries()) {
    if (node === undefined || node === null) break;
    if (typeof node !== 'object' || Array.isArray(node)) {
      throw new UsageError(baselineKeyBlocked(file, keyText, parts.slice(0, index).join('.') || '(top level)'));
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (node !== null && typeof node === 'object') throw new UsageError(baselineKeyBlocked(file, keyText, keyText));
  return format === 'json' ? setJsonValue(text, parts, roundLr(lr), file) : setYamlValue(text, parts, roundLr(lr), file);
}
