/** `lr-sweep analyze FILE`: the window and picks of trials already run (a CSV or a results.json). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { resultFromSamples } from '../../search/result.js';
import { allFrom, coarseTrialCount, DEFAULT_SETTINGS, resolveSettings } from '../../search/settings.js';
import type { SearchSettings, TrialRecord } from '../../search/types.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { booleanFlag, parseFlags } from '../flags.js';
import { renderCommandHelp } from '../help.js';
import { messages } from '../messages.js';
import { resultsJson } from '../output.js';
import { parseSamplesFile } from '../samples-file.js';
import { formatSummary } from '../summary.js';
import { methodFromFlag, searchFlags } from './search.js';

const analyzeFlags = {
  method: searchFlags.method,
  json: booleanFlag({ help: 'Print the result as results.json on stdout instead of the table' }),
};

/**
 * Settings for trials read from a CSV: nothing shaped them, so the lr range is the data's own and
 * the trial cap covers the rows; the rest are defaults.
 */
function settingsForCsv(records: readonly TrialRecord[], method: SearchSettings['method']): SearchSettings {
  const positive = records.map((r) => r.lr).filter((lr) => lr > 0);
  const startLr = positive.length > 0 ? Math.min(...positive) : DEFAULT_SETTINGS.startLr;
  const endLr = positive.length > 0 ? Math.max(...positive) : DEFAULT_SETTINGS.endLr;
  const range = endLr > startLr ? { startLr, endLr } : {};
  const needed = coarseTrialCount({ ...DEFAULT_SETTINGS, ...range });
  return resolveSettings({ ...range, method, maxTrials: Math.max(DEFAULT_SETTINGS.maxTrials, records.length, needed) });
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
  const method = given.has('method') ? methodFromFlag(flags.method) : undefined;
  let settings: SearchSettings;
  if (parsed.settings === null) {
    settings = settingsForCsv(parsed.records, method ?? DEFAULT_SETTINGS.method);
  } else {
    try {
      settings = resolveSettings({ ...parsed.settings, ...(method === undefined ? {} : { method }) });
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(messages.jsonNotResults(file, `settings: ${error.message}`));
      throw error;
    }
  }
  const result = resultFromSamples(parsed.records, settings);
  // analyze runs no search: a results.json keeps its settingsSource; otherwise the defaults. A --method given here is a flag.
  const source = { ...(parsed.settingsSource ?? allFrom('default')), ...(method === undefined ? {} : { method: 'flag' as const }) };
  io.stdout(flags.json ? resultsJson(result, source) : formatSummary(result));
  return ExitCode.Ok;
}

/** `lr-sweep analyze`. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Read the window and picks off trials already run (a CSV with lr,loss or a results.json)',
  help: renderCommandHelp({
    usage: ['lr-sweep analyze FILE [--method midpoint|half-loss|steepest] [--json]'],
    description: [
      'FILE is a CSV whose header names the columns lr and loss (others are allowed; diverged and round',
      'are read when present), or a results.json written by lr-sweep search. A row with lr 0 gives L(0),',
      'the untrained model\'s loss; nan, inf or an empty loss marks a diverged trial. Prints the same table',
      'as search, or the results JSON with --json. Writes nothing.',
    ].join('\n'),
    flags: analyzeFlags,
    examples: ['lr-sweep analyze lr-sweep-report/results.json --method steepest', 'lr-sweep analyze my-trials.csv --json'],
  }),
  run: runAnalyze,
};
