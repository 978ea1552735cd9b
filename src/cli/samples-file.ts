/** Reading trials back for `lr-sweep analyze`: a CSV with `lr,loss` columns, or a results.json. */
import { UsageError } from '../errors.js';
import { parseNumberText } from '../runners/command/parse-loss.js';
import type { SearchSettings, SettingOrigin, SettingsSource, TrialRecord } from '../search/types.js';
import { looksLikeResults } from './output.js';
import { messages } from './messages.js';

/** What a samples file holds. */
export interface SamplesFile {
  readonly records: TrialRecord[];
  /** The settings stored in a results.json; null for a CSV. */
  readonly settings: Partial<SearchSettings> | null;
  /** The `settingsSource` of a results.json (schema 2), when it has a valid one; else null. */
  readonly settingsSource: SettingsSource | null;
}

const ORIGINS: readonly unknown[] = ['flag', 'input', 'model-definition', 'default'] satisfies readonly SettingOrigin[];

function settingsSourceOf(value: unknown): SettingsSource | null {
  if (typeof value !== 'object' || value === null) return null;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, origin]) => ORIGINS.includes(origin)) ? (value as SettingsSource) : null;
}

/** Splits one CSV line into trimmed cells, dropping surrounding double quotes. */
function cells(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
}

function parseBoolean(text: string): boolean | null {
  const t = text.toLowerCase();
  if (['true', '1', 'yes'].includes(t)) return true;
  if (['false', '0', 'no', ''].includes(t)) return false;
  return null;
}

/**
 * Parses CSV text with a header naming `lr` and `loss` (any order, any case; other columns allowed,
 * `diverged` and `round` are read when present). A row with lr 0 gives L(0). A loss of nan, inf or
 * an empty cell marks a diverged trial. Blank lines and lines starting with '#' are skipped.
 * @throws UsageError naming `file`, the line number and the problem.
 */
export function parseSamplesCsv(text: string, file: string): TrialRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  let col = { lr: -1, loss: -1, diverged: -1, round: -1 };
  const records: TrialRecord[] = [];
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const row = cells(raw);
    if (header === null) {
      header = row.map((c) => c.toLowerCase());
      col = { lr: header.indexOf('lr'), loss: header.indexOf('loss'), diverged: header.indexOf('diverged'), round: header.indexOf('round') };
      if (col.lr < 0 || col.loss < 0) throw new UsageError(messages.csvHeader(file, n, raw.trim()));
      return;
    }
    if (row.length !== header.length) throw new UsageError(messages.csvColumns(file, n, header.length, row.length));
    const lrText = row[col.lr] ?? '';
    const lr = parseNumberText(lrText);
    if (lr === null || !Number.isFinite(lr) || lr < 0) throw new UsageError(messages.csvBadLr(file, n, lrText));
    const lossText = row[col.loss] ?? '';
    const loss = lossText === '' ? Number.NaN : parseNumberText(lossText);
    if (loss === null) throw new UsageError(messages.csvBadLoss(file, n, lossText));
    let diverged = !Number.isFinite(loss);
    if (col.diverged >= 0) {
      const flag = parseBoolean(row[col.diverged] ?? '');
      if (flag === null) throw new UsageError(messages.csvBadDiverged(file, n, row[col.diverged] ?? ''));
      diverged ||= flag;
    }
    let round = 0;
    if (col.round >= 0 && (row[col.round] ?? '') !== '') {
      const roundText = row[col.round] ?? '';
      round = Number(roundText);
      if (!/^\d+$/.test(roundText)) throw new UsageError(messages.csvBadRound(file, n, roundText));
    }
    records.push({ lr, loss: diverged ? null : loss, diverged, round });
  });
  if (records.length === 0) throw new UsageError(messages.csvEmpty(file));
  return records;
}

/**
 * Reads the trials of a results.json document.
 * @throws UsageError naming `file` when it is not JSON or not shaped like results.json.
 */
export function parseResultsJson(text: string, file: string): SamplesFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(messages.jsonInvalid(file, error instanceof Error ? error.message : String(error)));
  }
  if (!looksLikeResults(value)) throw new UsageError(messages.jsonNotResults(file, 'expected the keys "samples", "settings" and "method"'));
  const doc = value as { samples: unknown; settings: unknown; method: unknown; settingsSource?: unknown };
  if (!Array.isArray(doc.samples)) throw new UsageError(messages.jsonNotResults(file, '"samples" is not an array'));
  const records = doc.samples.map((s: unknown, i): TrialRecord => {
    const r = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    const { lr, loss, diverged, round } = r;
    const ok =
      typeof lr === 'number' && lr >= 0 && (loss === null || typeof loss === 'number') && typeof diverged === 'boolean' && (round === undefined || (typeof round === 'number' && Number.isInteger(round) && round >= 0));
    if (!ok) throw new UsageError(messages.jsonNotResults(file, `samples[${i}] is not {lr >= 0, loss: number|null, diverged: boolean, round}`));
    return { lr, loss: diverged ? null : (loss as number | null), diverged: diverged || loss === null, round: (round as number | undefined) ?? 0 };
  });
  const settings = typeof doc.settings === 'object' && doc.settings !== null ? (doc.settings as Partial<SearchSettings>) : {};
  const method = typeof doc.method === 'string' ? { method: doc.method as SearchSettings['method'] } : {};
  return { records, settings: { ...settings, ...method }, settingsSource: settingsSourceOf(doc.settingsSource) };
}

/** Reads a CSV or a results.json (told apart by a leading '{'). */
export function parseSamplesFile(text: string, file: string): SamplesFile {
  return text.trimStart().startsWith('{') ? parseResultsJson(text, file) : { records: parseSamplesCsv(text, file), settings: null, settingsSource: null };
}
