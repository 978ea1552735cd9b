/** `lr-sweep analyze FILE`: the window and picks of trials already run (a CSV or a results.json). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { METHOD_CLI_NAMES } from '../../names.js';
import { allFrom } from '../../search/settings.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { booleanFlag, parseFlags } from '../flags.js';
import { renderCommandHelp } from '../help.js';
import { messages } from '../messages.js';
import { resultsJson } from '../output.js';
import { parseSamplesFile, resultFromFile, type FileResult } from '../samples-file.js';
import { formatSummary } from '../summary.js';
import { methodFromFlag, searchFlags } from './search.js';

const analyzeFlags = {
  method: searchFlags.method,
  json: booleanFlag({ help: 'Print the result as results.json on stdout instead of the table' }),
};

/**
 * The result document for a file: results.json's keys in their order, but `settings` holds only what
 * the file said (nothing for a CSV) and the method, never a default the trials did not run with.
 */
function fileResultJson({ result, told, toldSource }: FileResult): string {
  const document = { ...(JSON.parse(resultsJson(result, allFrom('default'))) as Record<string, unknown>), settings: told, settingsSource: toldSource };
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
  const fromFile = resultFromFile(parseSamplesFile(text, file), file, given.has('method') ? methodFromFlag(flags.method) : undefined);
  io.stdout(flags.json ? fileResultJson(fromFile) : formatSummary(fromFile.result, { maxTrials: fromFile.told.maxTrials ?? null }));
  return ExitCode.Ok;
}

/** `lr-sweep analyze`. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Read the window and picks off trials already run (a CSV with lr,loss or a results.json)',
  help: renderCommandHelp({
    usage: [`lr-sweep analyze FILE [--method ${METHOD_CLI_NAMES.join('|')}] [--json]`],
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
