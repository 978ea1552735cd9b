/** `lr-sweep report FILE [--out DIR]`: renders the charts and report.md from a saved results.json or a CSV of trials. */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import * as repeatMessages from '../../repeats/messages.js';
import { parseRepeats, repeatsMatch } from '../../repeats/parse.js';
import { REPEATS_FILE, type RepeatsSummary } from '../../repeats/summary.js';
import { messages as reportMessages } from '../../report/messages.js';
import { parseResult } from '../../report/result.js';
import type { WriteReportOptions, WrittenReport } from '../../report/types.js';
import type { SweepResult } from '../../search/types.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { parseFlags, pathFlag } from '../flags.js';
import { renderCommandHelp } from '../help.js';
import { messages } from '../messages.js';
import { checkOutFolder } from '../outFolder.js';
import { parseSamplesCsv, resultFromFile } from '../samples-file.js';

const reportFlags = {
  out: pathFlag({
    help: 'Directory for curve/curvature PNG and SVG and report.md (default: the folder of FILE); new, empty or an earlier lr-sweep output',
    valueName: 'DIR',
  }),
};

/** What the report command needs from elsewhere; tests pass a writer with a failing canvas loader. */
export interface ReportCommandDeps {
  /** Writes the report. Default: `writeReport`, imported on first use (it pulls in Vega). */
  readonly writeReport?: (result: SweepResult, outDir: string, options?: WriteReportOptions) => Promise<WrittenReport>;
}

/** Builds the `report` command; `reportCommand` is this with the real writer. */
export function createReportCommand(deps: ReportCommandDeps = {}): CliCommand {
  return {
    name: 'report',
    summary: 'Render the curve and curvature charts and report.md from a saved results.json or a CSV of trials',
    help: renderCommandHelp({
      usage: ['lr-sweep report FILE [--out DIR]'],
      description: [
        'FILE is a results.json written by lr-sweep search, or a CSV of trials as lr-sweep analyze reads it',
        '(lr and loss columns; the midpoint pick is selected). Recomputes the fitted curve from its trials and',
        'writes curve.png, curvature.png (2x), curve.svg, curvature.svg and report.md. Without node-canvas',
        'it writes the SVGs and report.md and says in one line that PNG was skipped. A repeats.json beside FILE',
        '(lr-sweep search --repeats) adds each pick\'s spread over the seeds as bands and table rows.',
      ].join('\n'),
      flags: reportFlags,
      examples: ['lr-sweep report lr-sweep-report/results.json', 'lr-sweep report results.json --out charts', 'lr-sweep report my-trials.csv --out charts'],
    }),
    run: (argv, io) => runReport(argv, io, deps),
  };
}

async function runReport(argv: readonly string[], io: CliIo, deps: ReportCommandDeps): Promise<number> {
  const { values: flags, positionals } = parseFlags(argv, reportFlags, {
    command: 'report',
    minPositionals: 1,
    maxPositionals: 1,
    positionalName: 'a FILE (a results.json written by lr-sweep search, or a CSV with lr and loss columns)',
  });
  const file = positionals[0] ?? '';
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error);
    throw new UsageError(messages.fileUnreadable(file, reason));
  }
  const fromCsv = !text.trimStart().startsWith('{');
  const result = fromCsv ? resultFromFile({ records: parseSamplesCsv(text, file), settings: null, settingsSource: null }, file).result : parseResult(text, file);
  const shownOut = flags.out ?? dirname(file);
  const outDir = resolve(io.cwd, shownOut);
  await checkOutFolder(outDir, shownOut, { knownOurs: path });
  const repeats = fromCsv ? null : await repeatsBeside(path, file, result, io);
  const write = deps.writeReport ?? (await import('../../report/write.js')).writeReport;
  // A CSV does not say how many steps its trials trained, so the titles name none.
  const written = await write(result, outDir, { ...(repeats === null ? {} : { repeats, selection: 'median' }), ...(fromCsv ? { steps: null } : {}) });
  if (written.pngSkipped !== null) io.stderr(`${messages.errorLine(written.pngSkipped)}\n`);
  // Paths as the user typed them: an absolute --out stays absolute, a relative one stays relative.
  io.stdout(reportMessages.reportWritten(written.files.map((f) => join(shownOut, basename(f)))));
  return ExitCode.Ok;
}

/**
 * repeats.json beside FILE, when there is one and it belongs to this search (else one line saying it
 * was ignored); null without one.
 */
async function repeatsBeside(path: string, file: string, result: SweepResult, io: CliIo): Promise<RepeatsSummary | null> {
  const repeatsPath = join(dirname(path), REPEATS_FILE);
  const text = await readFile(repeatsPath, 'utf8').catch(() => null);
  if (text === null) return null;
  const shownAs = join(dirname(file), REPEATS_FILE);
  const summary = parseRepeats(text, shownAs);
  if (repeatsMatch(summary, result)) return summary;
  io.stderr(`${messages.errorLine(repeatMessages.repeatsMismatch(shownAs, file))}\n`);
  return null;
}

/** `lr-sweep report`. */
export const reportCommand: CliCommand = createReportCommand();
