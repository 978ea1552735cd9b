/**
 * The output folder's file edge: the check that a folder can take lr-sweep's files without losing a
 * user's, the probe that it is writable, and the one safe write (a temporary file in the folder renamed
 * over the target, so a write never follows a symlink and never leaves half a file). Each edge words a
 * refusal for its own option (`--out`), so the messages come in as {@link OutputDirMessages}.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { looksLikeResults, OUTPUT_FILES } from '../search/output.js';

/** How the calling edge words a refused output folder. */
export interface OutputDirMessages {
  /** The path exists and is a file. */
  readonly notDirectory: () => string;
  /** The folder holds files lr-sweep did not write; `example` is the first of them by name. */
  readonly notOurs: (example: string) => string;
  /** The folder cannot be created or written; `reason` is the system's one-line reason. Default: the first two. */
  readonly notWritable?: (reason: string) => string;
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
  // A shard's part folder (search --shard I/N) is ours too: its shard.json names the job by hash.
  const part = previous || (await readFile(join(dir, 'shard.json'), 'utf8')
    .then((text) => { const doc = JSON.parse(text) as { job?: unknown }; return typeof doc.job === 'string' && /^[0-9a-f]{64}$/.test(doc.job); })
    .catch(() => false));
  if (!previous && !part) throw new UsageError(messages.notOurs(entries.sort()[0] ?? ''));
}

/**
 * {@link checkOutputFolder}, then creates `dir` and probes it with a file written and removed, so a
 * folder that cannot take the results fails before the first trial, not after the whole search.
 * @throws UsageError (`messages.notWritable`) when `dir` cannot be created or written.
 */
export async function prepareOutputFolder(dir: string, messages: OutputDirMessages): Promise<void> {
  await checkOutputFolder(dir, messages);
  try {
    await makeFolder(dir);
    const probe = join(dir, `.lr-sweep-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe, { force: true });
  } catch (error) {
    const reason = systemReason(error);
    throw new UsageError(messages.notWritable?.(reason) ?? `${messages.notDirectory()} (${reason})`);
  }
}

/**
 * `mkdir -p` one level at a time: Node's `mkdir(dir, { recursive: true })` loops forever where a parent
 * refuses new entries with ENOENT (under /proc), so each missing level is created on its own.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  while ((await stat(at).catch(() => null)) === null) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

/**
 * Writes `data` to `path` through a new temporary file beside it (created exclusively, so never
 * through a link) renamed over the target: a symlink at `path` is replaced, its target untouched,
 * and an interrupted write leaves the old file or the new one, never half of one. Returns `path`.
 */
export async function writeFileSafely(path: string, data: string | Uint8Array): Promise<string> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  return path;
}

/** The system's reason for a failed file operation, one line (`EACCES: permission denied`). */
export function systemReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const first = text.split('\n')[0] ?? text;
  return code === undefined ? first : first.replace(/,\s.*$/, '');
}
