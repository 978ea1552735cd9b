/** Reading a trial's validation loss from the last line a command printed. Pure. */

/** A parsed loss line. */
export interface ParsedLoss {
  /** The loss; NaN or ±Infinity when the trial diverged. */
  readonly loss: number;
  /** True for a non-finite loss, a JSON `"loss": null`, or a JSON `"diverged": true`. */
  readonly diverged: boolean;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const NON_FINITE = /^([+-]?)(nan|inf|infinity)$/i;

/** The last line of `text` that is not blank, trimmed; null when there is none. */
export function lastNonEmptyLine(text: string): string | null {
  const lines = text.split(/\r?\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').trim();
    if (line !== '') return line;
  }
  return null;
}

/** A decimal number or nan/inf/infinity in any case with an optional sign; null for anything else. */
export function parseNumberText(text: string): number | null {
  const t = text.trim();
  if (DECIMAL.test(t)) {
    const value = Number(t);
    return Number.isNaN(value) ? null : value;
  }
  const m = NON_FINITE.exec(t);
  if (m === null) return null;
  if ((m[2] ?? '').toLowerCase() === 'nan') return Number.NaN;
  return m[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/**
 * Parses one output line: a number ("0.4213", "4.2e-1"), `nan`/`inf`/`-inf` in any case, or a JSON
 * object with a `loss` field (a number, null for diverged, or one of the texts above) and an optional
 * boolean `diverged`. Python's `json.dumps` writes bare `NaN`/`Infinity`, which JSON does not allow;
 * those are accepted too. Returns null when the line is none of these.
 */
export function parseLossLine(line: string): ParsedLoss | null {
  const number = parseNumberText(line);
  if (number !== null) return { loss: number, diverged: !Number.isFinite(number) };
  if (!line.trim().startsWith('{')) return null;
  const object = parseJsonObject(line);
  if (object === null || !('loss' in object)) return null;
  const raw = object.loss;
  let loss: number | null;
  if (raw === null) loss = Number.NaN;
  else if (typeof raw === 'number') loss = raw;
  else if (typeof raw === 'string') loss = parseNumberText(raw.replace(/^(-?)Infinity$/, '$1inf'));
  else loss = null;
  if (loss === null) return null;
  if ('diverged' in object && typeof object.diverged !== 'boolean') return null;
  return { loss, diverged: !Number.isFinite(loss) || object.diverged === true };
}

/**
 * Parses `line` as one JSON object, also accepting Python's bare `NaN`, `Infinity` and `-Infinity`
 * values (read as the strings "NaN", "Infinity", "-Infinity"). Null for anything else, arrays included.
 */
export function parseJsonObject(line: string): Record<string, unknown> | null {
  for (const text of [line, line.replace(/(?<=[:[,]\s*)(-?Infinity|NaN)(?=\s*[,}\]])/g, '"$1"')]) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
      return null;
    } catch {
      // Try the form with bare NaN/Infinity quoted.
    }
  }
  return null;
}
