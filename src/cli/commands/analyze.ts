/** `lr-sweep analyze FILE`: the window and picks of trials already run (a CSV or a results.json). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyze } from '../../analysis/analyze.js';
import { UsageError } from '../../errors.js';
import { resultFromAnalysis, samplesFromRecords } from '../../search/result.js';
import { resolveSettings } from '../../search/settings.js';
import type { SearchSettings, SweepResult, TrialRecord } from '../../search/types.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { booleanFlag, parseFlags } from '../flags.js';
import { displayLr } from '../format.js';
import { renderCommandHelp } from '../help.js';
import { messages, type FileTrialsFacts } from '../messages.js';
import { resultsJson } from '../output.js';
import { parseSamplesFile } from '../samples-file.js';
import { formatSummary } from '../summary.js';
import { methodFromFlag, searchFlags } from './search.js';

const analyzeFlags = {
  method: searchFlags.method,
  json: booleanFlag({ help: 'Print the result as results.json on stdout instead of the table' }),
};

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

/**
 * The result document for a file: results.json's keys in their order, but `settings` holds only what
 * the file said (nothing for a CSV) and the method, never a default the trials did not run with.
 */
function fileResultJson(result: SweepResult, told: Partial<SearchSettings>): string {
  const document = { ...(JSON.parse(resultsJson(result)) as Record<string, unknown>), settings: told };
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  const { values: flags, positionals, given } = parseFlags(argv, analyzeFlags, {
    command: 'analyze',
    minPositionals: 1,
    maxPositionals: 1,
    positionalName: 'a FILE (a CSV with columns lr,loss, or a results.json)',
  });
  const file = positionals[0] ?? '';
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new UsageError(messages.fileUnreadable(file, reason));
  }
  const parsed = parseSamplesFile(text, file);
  const told: Partial<SearchSettings> = { ...parsed.settings, ...(given.has('method') ? { method: methodFromFlag(flags.method) } : {}) };
  let settings: SearchSettings;
  try {
    settings = resolveSettings(told);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(messages.jsonNotResults(file, `settings: ${error.message}`));
    throw error;
  }
  const analysis = analyze(samplesFromRecords(parsed.records));
  const analysed = resultFromAnalysis(analysis, parsed.records, settings);
  // The core's advice names search flags; analyze takes none of them, so it says what to add to the file.
  const result = analysis.reason === null ? analysed : { ...analysed, reason: messages.noWindowInFile(analysis.reason.code, fileFacts(parsed.records), displayLr) };
  io.stdout(flags.json ? fileResultJson(result, { ...told, method: settings.method }) : formatSummary(result, { maxTrials: told.maxTrials ?? null }));
  return ExitCode.Ok;
}

/** `lr-sweep analyze`. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Read the window and picks off trials already run (a CSV with lr,loss or a results.json)',
  help: renderCommandHelp({
    usage: ['lr-sweep analyze FILE [--method midpoint|half-loss|steepest] [--json]'],
    description: [
      'FILE is a CSV whose header names an lr column (lr or learning_rate) and a loss column',
      '(validation_loss, val_loss or loss, preferred in that order); other columns are allowed, diverged',
      'and round are read when present; quoted cells, a BOM and CRLF are fine. Or a results.json written',
      'by lr-sweep search. A row with lr 0 gives L(0), the untrained model\'s loss; nan, inf or an empty',
      'loss marks a diverged trial. Prints the same table as search (with only what the file says: a CSV',
      'has no trial cap, steps or seed), or the result JSON with --json. Writes nothing. fastai\'s valley,',
      'minimum, steep and slide come from one range-test run: see lr-sweep range-test.',
    ].join('\n'),
    flags: analyzeFlags,
    examples: ['lr-sweep analyze lr-sweep-report/results.json --method steepest', 'lr-sweep analyze my-trials.csv --json'],
  }),
  run: runAnalyze,
};
