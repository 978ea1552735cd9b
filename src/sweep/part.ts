/** Writes and reads a shard's part folder (shard.json + one results file per repeat); the checks live in ./shard.ts. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { resultsJson } from '../search/output.js';
import { writeFileSafely } from '../report/files.js';
import type { FinishedSweep } from './sweep.js';
import { SHARD_FILE, shardManifest, shardRepeats, type PartInput, type Shard } from './shard.js';

/** Options for {@link writePart}. */
export interface WritePartOptions {
  /** The shard this run was. */
  readonly shard: Shard;
  /** Number of repeats K of the whole job. */
  readonly repeats: number;
}

/** The file of repeat k inside a part folder. */
function partResultFile(repeat: number): string {
  return `repeat-${repeat}.results.json`;
}

/**
 * Writes a finished shard's part into `dir` (created if missing): each of its repeats' results.json as
 * {@link partResultFile}, then shard.json. Returns the paths written.
 */
export async function writePart(dir: string, done: FinishedSweep, options: WritePartOptions): Promise<string[]> {
  const { shard, repeats } = options;
  const all = done.all ?? [done.result];
  const settings = done.settings ?? done.result.settings;
  const mine = shardRepeats(repeats, shard);
  if (all.length !== mine.length) throw new Error(`shard ${shard.index}/${shard.count}: ran ${all.length} searches, expected ${mine.length}`);
  const baseSeed = settings.seed;
  await mkdir(dir, { recursive: true });
  const files = mine.map(partResultFile);
  const written: string[] = [];
  for (const [i, result] of all.entries()) written.push(await writeFileSafely(join(dir, files[i] as string), resultsJson(result, done.settingsSource)));
  const manifest = shardManifest({ settings, runner: done.identity, repeats, shards: shard.count }, shard, baseSeed, files);
  written.push(await writeFileSafely(join(dir, SHARD_FILE), `${JSON.stringify(manifest, null, 2)}\n`));
  return written;
}

/** Reads a part folder for `joinParts`; `shown` is the folder as the user typed it (for messages). */
export async function readPart(dir: string, shown: string): Promise<PartInput> {
  const file = join(shown, SHARD_FILE);
  const texts = new Map<string, string>();
  const text = await readText(join(dir, SHARD_FILE), file);
  // Preload every file the (not yet validated) manifest may name; joinParts validates names before reading.
  let names: unknown[] = [];
  try {
    const raw = JSON.parse(text) as { results?: unknown };
    if (Array.isArray(raw.results)) names = raw.results.map((r: unknown) => (r as { file?: unknown } | null)?.file);
  } catch {
    // joinParts reports the malformed file.
  }
  for (const name of names) {
    if (typeof name === 'string' && /^[A-Za-z0-9._-]+$/.test(name) && !name.startsWith('.')) {
      texts.set(name, await readText(join(dir, name), join(shown, name)));
    }
  }
  return { file, text, read: (name) => ({ text: texts.get(name) ?? '', path: join(shown, name) }) };
}

async function readText(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error)}`);
  }
}
