/**
 * Writing the search's output documents (results.json, samples.csv) into a folder, and the check that
 * a folder can take them without losing a user's files. Shared by the CLI and the action; each edge
 * words the refusal for its own option (`--out`), so the messages come in as {@link OutputDirMessages}.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { looksLikeResults, OUTPUT_FILES, resultsJson, samplesCsv } from '../search/output.js';
import type { SweepResult } from '../search/types.js';

/** How the calling edge words a refused output folder. */
export interface OutputDirMessages {
  /** The path exists and is a file. */
  readonly notDirectory: () => string;
  /** The folder holds files lr-sweep did not write; `example` is the first of them by name. */
  readonly notOurs: (example: string) => string;
}

/**
 * Checks, before any trial runs, that `dir` can take our files without losing anything of the user's:
 * it must not exist, be empty, or hold an earlier lr-sweep output (a results.json of ours). Then only
 * our own files are replaced and anything else in it is left alone.
 * @throws UsageError with the caller's message when `dir` is a file or holds files lr-sweep did not write.
 */
export async function checkOutputFolder(dir: string, messages: OutputDirMessages): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory()) throw new UsageError(messages.notDirectory());
  const entries = (await readdir(dir)).filter((name) => name !== '.DS_Store');
  if (entries.length === 0) return;
  const previous = await readFile(join(dir, OUTPUT_FILES.results), 'utf8')
    .then((text) => looksLikeResults(JSON.parse(text)))
    .catch(() => false);
  if (!previous) throw new UsageError(messages.notOurs(entries.sort()[0] ?? ''));
}

/** Writes results.json and samples.csv into `dir` (created if needed), each atomically; returns their paths. */
export async function writeResults(dir: string, result: SweepResult): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    [OUTPUT_FILES.results, resultsJson(result)],
    [OUTPUT_FILES.samples, samplesCsv(result)],
  ];
  const paths: string[] = [];
  for (const [name, text] of files) {
    const path = join(dir, name);
    // Write then rename, so an interrupted run never leaves a half-written results.json behind.
    await writeFile(`${path}.tmp-${process.pid}`, text, 'utf8');
    await rename(`${path}.tmp-${process.pid}`, path);
    paths.push(path);
  }
  return paths;
}
