/** The files `lr-sweep search` writes into --out: results.json and samples.csv, never over a user's files. */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { SweepResult } from '../search/types.js';
import { messages } from './messages.js';

/** File names lr-sweep writes into the output directory (the report adds its own). */
export const OUTPUT_FILES = { results: 'results.json', samples: 'samples.csv' } as const;

/** The results.json document with exactly the SweepResult keys, in their documented order. */
export function resultsJson(result: SweepResult): string {
  const document: SweepResult = {
    minLr: result.minLr,
    maxLr: result.maxLr,
    picks: result.picks,
    method: result.method,
    selectedLr: result.selectedLr,
    lossAtZero: result.lossAtZero,
    trials: result.trials,
    reason: result.reason,
    samples: result.samples,
    settings: result.settings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** samples.csv: header `lr,loss,diverged,round`; lr written exactly, loss empty for a diverged trial. */
export function samplesCsv(result: SweepResult): string {
  const rows = result.samples.map((s) => `${String(s.lr)},${s.loss === null ? '' : String(s.loss)},${String(s.diverged)},${s.round}`);
  return `${['lr,loss,diverged,round', ...rows].join('\n')}\n`;
}

/** True for a parsed JSON value shaped like a results.json (has samples, settings and method). */
export function looksLikeResults(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'samples' in value && 'settings' in value && 'method' in value;
}

/**
 * Checks, before any trial runs, that `dir` can take our files without losing anything of the user's:
 * it must not exist, be empty, or hold an earlier lr-sweep output (a results.json of ours). Then only
 * our own files are replaced and anything else in it is left alone.
 * @throws UsageError when `dir` is a file or holds files lr-sweep did not write.
 */
export async function checkOutputDir(dir: string, shownAs: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory()) throw new UsageError(messages.outNotDirectory(shownAs));
  const entries = (await readdir(dir)).filter((name) => name !== '.DS_Store');
  if (entries.length === 0) return;
  const previous = await readFile(join(dir, OUTPUT_FILES.results), 'utf8')
    .then((text) => looksLikeResults(JSON.parse(text)))
    .catch(() => false);
  if (!previous) throw new UsageError(messages.outNotOurs(shownAs, entries.sort()[0] ?? ''));
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
