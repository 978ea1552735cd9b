/** Reading trials back for `lr-sweep analyze` and `report`: a CSV with lr and loss columns, or a results.json. */
import { CsvError, parse, type Info } from 'csv-parse/sync';
import { analyze } from '../analysis/analyze.js';
import type { Method } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import { parseNumberText } from '../runners/command/parse-loss.js';
import { resultFromAnalysis, samplesFromRecords } from '../search/result.js';
import { resolveSettings } from '../search/settings.js';
import type { SearchSettings, SettingOrigin, SettingsSource, SweepResult, TrialRecord } from '../search/types.js';
import { readResultsFile } from '../report/result.js';
import { isText, sourceByteCount } from '../text.js';
import { messages, type FileTrialsFacts } from './messages.js';
import { displayLr } from '../numbers.js';

/** What a samples file holds. */
export interface SamplesFile {
  readonly records: TrialRecord[];
  /** The settings stored in a results.json; null for a CSV. */
  readonly settings: Partial<SearchSettings> | null;
  /** The `settingsSource` of a results.json (schema 2), when it has a valid one; else null. */
  readonly settingsSource: SettingsSource | null;
}

/**
 * Header names accepted for each column, in order of preference, compared case-insensitively. The
 * method reads a validation loss, so a log with both `loss` (often the training loss) and `val_loss`
 * gives `val_loss`.
 */
export const CSV_COLUMNS = {
  lr: ['lr', 'learning_rate'],
  loss: ['validation_loss', 'val_loss', 'loss'],
  diverged: ['diverged'],
  round: ['round'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Index of the first of `names` present in `header` (lower-cased), by preference; -1 when none is. */
function columnOf(header: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const index = header.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/** One CSV record and the (1-based) line it ends on. */
interface CsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * Splits CSV text into records with csv-parse: RFC 4180 quoting (commas, quotes and line breaks inside
 * quoted cells), a BOM, CRLF or LF, blank lines and lines starting with '#' skipped, cells trimmed.
 * @throws UsageError naming `file` and the line for a malformed quote.
 */
function csvRows(text: string, file: string): CsvRow[] {
  try {
    const records = parse(text, {
      bom: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
      // csv-parse's typings do not model `info: true`, which wraps each record as { record, info }.
    }) as unknown as { record: string[]; info: Info }[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: unknown }).lines;
    throw new UsageError(messages.csvSyntax(file, typeof line === 'number' ? line : null, error.message.replace(/\s+/g, ' ')));
  }
}

function parseBoolean(text: string): boolean | null {
  const t = text.toLowerCase();
  if (['true', '1', 'yes'].includes(t)) return true;
  if (['false', '0', 'no', ''].includes(t)) return false;
  return null;
}

/**
 * Parses CSV text whose header names a learning-rate column (`lr` or `learning_rate`) and a loss
 * column (`validation_loss`, `val_loss` or `loss`, preferred in that order), in any order and case;
 * other columns are allowed, `diverged` and `round` are read when present. Quoted cells, a BOM and
 * CRLF line ends are read as CSV defines them (csv-parse). A row with lr 0 gives L(0). A loss of nan,
 * inf or an empty cell marks a diverged trial. Blank lines and lines starting with '#' are skipped.
 * @throws UsageError naming `file`, the line number and the problem.
 */
export function parseSamplesCsv(text: string, file: string): TrialRecord[] {
  const [head, ...rows] = csvRows(text, file);
  if (head === undefined) throw new UsageError(messages.csvEmpty(file));
  const header = head.cells.map((c) => c.toLowerCase());
  const col = {
    lr: columnOf(header, CSV_COLUMNS.lr),
    loss: columnOf(header, CSV_COLUMNS.loss),
    diverged: columnOf(header, CSV_COLUMNS.diverged),
    round: columnOf(header, CSV_COLUMNS.round),
  };
  if (col.lr < 0 || col.loss < 0) throw new UsageError(messages.csvHeader(file, head.line, head.cells.join(','), CSV_COLUMNS.lr, CSV_COLUMNS.loss));
  const records = rows.map(({ cells, line: n }): TrialRecord => {
    if (cells.length !== header.length) throw new UsageError(messages.csvColumns(file, n, header.length, cells.length));
    const lrText = cells[col.lr] ?? '';
    const lr = parseNumberText(lrText);
    if (lr === null || !Number.isFinite(lr) || lr < 0) throw new UsageError(messages.csvBadLr(file, n, lrText));
    const lossText = cells[col.loss] ?? '';
    const loss = lossText === '' ? Number.NaN : parseNumberText(lossText);
    if (loss === null) throw new UsageError(messages.csvBadLoss(file, n, lossText));
    let diverged = !Number.isFinite(loss);
    if (col.diverged >= 0) {
      const flag = parseBoolean(cells[col.diverged] ?? '');
      if (flag === null) throw new UsageError(messages.csvBadDiverged(file, n, cells[col.diverged] ?? ''));
      diverged ||= flag;
    }
    const roundText = col.round >= 0 ? (cells[col.round] ?? '') : '';
    if (roundText !== '' && !/^\d+$/.test(roundText)) throw new UsageError(messages.csvBadRound(file, n, roundText));
    return { lr, loss: diverged ? null : loss, diverged, round: roundText === '' ? 0 : Number(roundText) };
  });
  if (records.length === 0) throw new UsageError(messages.csvEmpty(file));
  return records;
}

/**
 * Reads the trials of a results.json document (through the one results.json reader).
 * @throws UsageError naming `file` when it is not JSON or not shaped like results.json.
 */
export function parseResultsJson(text: string, file: string): SamplesFile {
  const { result, stated, settingsSource } = readResultsFile(text, file);
  const records = result.samples.map((r): TrialRecord => ({ lr: r.lr, loss: r.diverged ? null : r.loss, diverged: r.diverged || r.loss === null, round: r.round }));
  return { records, settings: stated, settingsSource };
}

/** Reads a CSV or a results.json (told apart by a leading '{'). */
export function parseSamplesFile(text: string, file: string): SamplesFile {
  if (!isText(text)) throw new UsageError(messages.fileNotText(file, sourceByteCount(text)));
  return text.trimStart().startsWith('{') ? parseResultsJson(text, file) : { records: parseSamplesCsv(text, file), settings: null, settingsSource: null };
}

/** The facts about a file's trials that `analyze` words a missing window with. */
function fileFacts(records: readonly TrialRecord[]): FileTrialsFacts {
  const positive = records.filter((r) => r.lr > 0);
  const lrs = positive.map((r) => r.lr);
  const finite = new Set(positive.filter((r) => !r.diverged && r.loss !== null && Number.isFinite(r.loss)).map((r) => r.lr));
  const diverged = positive.filter((r) => r.diverged || r.loss === null).map((r) => r.lr);
  return {
    smallestLr: lrs.length > 0 ? Math.min(...lrs) : null,
    largestLr: lrs.length > 0 ? Math.max(...lrs) : null,
    finiteLrs: finite.size,
    smallestDiverged: diverged.length > 0 ? Math.min(...diverged) : null,
  };
}

/** What {@link resultFromFile} returns. */
export interface FileResult {
  /** The window and picks of the file's trials; a missing window is worded as trials to add to the file. */
  readonly result: SweepResult;
  /** The settings the file states (none for a CSV) with the method used: what may be shown as the file's. */
  readonly told: Partial<SearchSettings>;
  /** Where each setting in `told` came from: the file's own settingsSource, `flag` for --method, else `default`. */
  readonly toldSource: Partial<Record<keyof SearchSettings, SettingOrigin>>;
}

/**
 * Analyses the trials of a samples file. `method` (a flag) wins over the file's; without either the
 * default. `result.settings` is complete for typing only: show `told` instead, since a CSV states none.
 * @throws UsageError naming `file` when a results.json's settings are invalid.
 */
export function resultFromFile(parsed: SamplesFile, file: string, method?: Method): FileResult {
  const stated: Partial<SearchSettings> = { ...parsed.settings, ...(method === undefined ? {} : { method }) };
  let settings: SearchSettings;
  try {
    settings = resolveSettings(stated);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(messages.jsonNotResults(file, `settings: ${error.message}`));
    throw error;
  }
  const analysis = analyze(samplesFromRecords(parsed.records));
  const result = resultFromAnalysis(analysis, parsed.records, settings);
  // The core's advice names search flags; these trials are a file, so the advice is what to add to it.
  const reason = analysis.reason === null ? null : messages.noWindowInFile(analysis.reason.code, fileFacts(parsed.records), displayLr);
  // A CSV states no search: no range was asked for (so none was extended) and no trial cap cut it short.
  const searchFacts = parsed.settings === null ? { extended: null, warnings: [] } : {};
  const told: Partial<SearchSettings> = { ...stated, method: settings.method };
  const toldSource: Partial<Record<keyof SearchSettings, SettingOrigin>> = {};
  for (const key of Object.keys(told) as (keyof SearchSettings)[]) toldSource[key] = parsed.settingsSource?.[key] ?? 'default';
  if (method !== undefined) toldSource.method = 'flag';
  return { result: { ...result, ...searchFacts, reason }, told, toldSource };
}
