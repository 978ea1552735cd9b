/** `lr-sweep merge PART... --out DIR`: joins the part folders of `search --repeats K --shard I/N` into one run's output. */
import { join, resolve } from 'node:path';
import type { WriteReportOptions, WrittenReport } from '../../report/types.js';
import type { SweepResult } from '../../search/types.js';
import { readPart } from '../../sweep/part.js';
import { joinParts, mergedSweep, type PartInput } from '../../sweep/shard.js';
import { writeSweep } from '../../sweep/write.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { parseFlags, pathFlag } from '../flags.js';
import { renderCommandHelp } from '../help.js';
import { messages } from '../messages.js';
import { checkOutFolder } from '../outFolder.js';
import { finishedLines } from '../summary.js';
import { OUTPUT_FILES } from '../../search/output.js';

const mergeFlags = {
  out: pathFlag({ help: 'Directory for results.json, repeats.json, samples.csv and the report: new, empty or an earlier lr-sweep output', valueName: 'DIR', default: 'lr-sweep-report' }),
};

/** What the merge command needs from elsewhere; tests pass a report writer. */
export interface MergeCommandDeps {
  /** Writes the report. Default: `writeReport`, imported on first use. */
  readonly writeReport?: (result: SweepResult, outDir: string, options?: WriteReportOptions) => Promise<WrittenReport>;
}

/** Builds the `merge` command; `mergeCommand` is this with the real report writer. */
function createMergeCommand(deps: MergeCommandDeps = {}): CliCommand {
  return {
    name: 'merge',
    summary: 'Join the part folders of a sharded search --repeats into the output of the unsharded run',
    help: renderCommandHelp({
      usage: ['lr-sweep merge PART... [--out DIR]'],
      description: [
        'Each PART is a folder written by lr-sweep search --repeats K --shard I/N (its shard.json and one results',
        'file per repeat). All parts must come from one job (same settings, runner, K and N), each shard exactly',
        'once. Writes results.json, repeats.json, samples.csv and the report as the unsharded search would.',
      ].join('\n'),
      flags: mergeFlags,
      examples: ['lr-sweep merge part-1 part-2 part-3 --out lr-sweep-report'],
    }),
    run: (argv, io) => runMerge(argv, io, deps),
  };
}

async function runMerge(argv: readonly string[], io: CliIo, deps: MergeCommandDeps): Promise<number> {
  const { values: flags, positionals } = parseFlags(argv, mergeFlags, {
    command: 'merge',
    minPositionals: 1,
    maxPositionals: 1000,
    positionalName: 'a PART folder (written by lr-sweep search --shard I/N)',
  });
  const parts: PartInput[] = [];
  for (const folder of positionals) parts.push(await readPart(resolve(io.cwd, folder), folder));
  const { all, settingsSource, identity } = joinParts(parts);
  const outDir = resolve(io.cwd, flags.out);
  await checkOutFolder(outDir, flags.out);
  const merged = mergedSweep(all, settingsSource, identity);
  const written = await writeSweep(outDir, merged, deps.writeReport === undefined ? {} : { writeReport: deps.writeReport });
  if (written.pngSkipped !== null) io.stderr(`${messages.errorLine(written.pngSkipped)}\n`);
  io.stderr(`${messages.errorLine(`merged ${parts.length} parts: ${all.length} repeats of ${identity}`)}\n`);
  const finished = finishedLines(merged, { resultsPath: join(flags.out, OUTPUT_FILES.results) });
  for (const note of finished.notes) io.stderr(`${note}\n`);
  io.stdout(finished.table);
  return ExitCode.Ok;
}

/** The `merge` command with the real report writer. */
export const mergeCommand: CliCommand = createMergeCommand();
