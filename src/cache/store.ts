/**
 * The trial cache on disk: one small JSON file per finished trial, named by the sha256 of its key, written
 * atomically (a temp file in the folder, then rename) and never through a symbolic link. An entry holds its
 * full key, compared on every read, so a renamed, corrupt or foreign file is never a hit. The folder is bounded:
 * the least recently used entries are pruned first.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { TrialOutcome } from '../search/types.js';
import { canonicalJson, keyDigest, type KeyValue, type TrialKey } from './key.js';
import { messages } from './messages.js';
import { RUN_SETTING_NAMES } from '../names.js';

/** Default bound of the cache folder, megabytes. */
export const DEFAULT_CACHE_MAX_MB = 100;

/** Version of the entry file's layout; an entry of another layout is ignored. */
const ENTRY_FORMAT = 1;

const BYTES_PER_MB = 1024 * 1024;
/** Real entries are a few hundred bytes; anything far larger is not ours. */
const MAX_ENTRY_BYTES = 64 * 1024;
/** A temp file older than this was left by a crashed writer. */
const STALE_TEMP_MS = 60 * 60 * 1000;
const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
const TEMP_NAME = /^\.tmp-[0-9a-f]{64}-/;

/** Options for {@link openTrialCache}. */
export interface TrialCacheOptions {
  /** Bound of the entries' total size, megabytes (2^20 bytes); the least recently used are pruned past it. Default 100. */
  readonly maxMb?: number;
  /** Receives one-line warnings (an entry ignored). Default: nothing. */
  readonly log?: (line: string) => void;
  /** How messages name the folder setting. Default `cache`. */
  readonly option?: string;
  /** How messages name the bound setting. Default `cache-max-mb`. */
  readonly maxMbOption?: string;
  /** Wall clock, milliseconds since the epoch: entry times and use times. Default `Date.now`. */
  readonly now?: () => number;
}

/** What a cache entry remembers of a trial: what the search reads. */
export type CachedOutcome = Pick<TrialOutcome, 'loss' | 'diverged'>;

/** The file layout of one entry. Non-finite losses are written as the strings `NaN`, `Infinity`, `-Infinity`. */
interface EntryFile {
  readonly format: number;
  readonly key: TrialKey;
  readonly outcome: { readonly loss: number | string; readonly diverged: boolean };
  /** ISO time the trial was stored (informational; pruning uses the file's modification time). */
  readonly storedAt: string;
}

const NON_FINITE: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** Reads an entry's outcome if the parsed value is a well-formed entry for `key`; otherwise says why not. */
function outcomeOf(value: unknown, key: TrialKey): CachedOutcome | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a trial cache entry';
  const entry = value as Partial<EntryFile>;
  if (entry.format !== ENTRY_FORMAT) return `entry format ${String(entry.format)}, expected ${ENTRY_FORMAT}`;
  let stored: string;
  try {
    stored = canonicalJson(entry.key as unknown as KeyValue);
  } catch {
    return 'its key is malformed';
  }
  if (stored !== canonicalJson(key as unknown as KeyValue)) return "its key differs from the trial's";
  const outcome = entry.outcome;
  if (typeof outcome !== 'object' || outcome === null || typeof outcome.diverged !== 'boolean') return 'its outcome is malformed';
  const loss = typeof outcome.loss === 'number' ? outcome.loss : typeof outcome.loss === 'string' ? NON_FINITE[outcome.loss] : undefined;
  if (loss === undefined) return 'its loss is not a number';
  return { loss, diverged: outcome.diverged };
}

interface EntryInfo {
  size: number;
  usedMs: number;
}

/**
 * A folder of cached trial outcomes. Reads never throw (a bad entry is a miss with a warning); writes throw
 * on I/O errors and the caller decides how loudly to go on. Several searches may share a folder.
 */
export class TrialCache {
  private readonly entries = new Map<string, EntryInfo>();
  private total = 0;
  private pruning = false;

  /** Use {@link openTrialCache}. */
  constructor(
    /** Absolute path of the cache folder. */
    readonly dir: string,
    /** The bound, bytes. */
    readonly maxBytes: number,
    private readonly log: (line: string) => void,
    private readonly now: () => number,
  ) {}

  /** Total size of the entries this cache knows of, bytes. */
  get sizeBytes(): number {
    return this.total;
  }

  /** The outcome stored for `key`, or null (no entry, or an entry that is corrupt, partial, foreign or a link: warned). */
  async get(key: TrialKey): Promise<CachedOutcome | null> {
    const name = `${keyDigest(key)}.json`;
    const path = join(this.dir, name);
    let handle;
    try {
      handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT') this.log(messages.entryIgnored(path, code === 'ELOOP' ? 'a symbolic link' : reasonOf(error)));
      return null;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) return this.ignore(path, 'not a regular file');
      if (info.size > MAX_ENTRY_BYTES) return this.ignore(path, `${info.size} bytes, more than an entry holds`);
      const text = await handle.readFile('utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return this.ignore(path, text.length === 0 ? 'empty' : 'not JSON (partly written?)');
      }
      const outcome = outcomeOf(value, key);
      if (typeof outcome === 'string') return this.ignore(path, outcome);
      // Using an entry makes it the most recent, so pruning drops the least recently used first.
      const nowMs = this.now();
      await handle.utimes(nowMs / 1000, nowMs / 1000).catch(() => undefined);
      this.remember(name, info.size, nowMs);
      return outcome;
    } catch (error) {
      return this.ignore(path, reasonOf(error));
    } finally {
      await handle.close();
    }
  }

  /**
   * Stores `outcome` under `key` atomically: a temp file created exclusively in the folder (never through a link),
   * renamed over any older entry. Then prunes past the bound.
   * @throws the file system's error when the folder cannot take the entry.
   */
  async put(key: TrialKey, outcome: CachedOutcome): Promise<void> {
    const digest = keyDigest(key);
    const name = `${digest}.json`;
    const nowMs = this.now();
    const loss = Number.isFinite(outcome.loss) ? outcome.loss : String(outcome.loss);
    const entry: EntryFile = { format: ENTRY_FORMAT, key, outcome: { loss, diverged: outcome.diverged }, storedAt: new Date(nowMs).toISOString() };
    const text = `${JSON.stringify(entry)}\n`;
    const temp = join(this.dir, `.tmp-${digest}-${process.pid}-${randomBytes(4).toString('hex')}`);
    const handle = await open(temp, 'wx', 0o644);
    try {
      try {
        await handle.writeFile(text, 'utf8');
      } finally {
        await handle.close();
      }
      await rename(temp, join(this.dir, name));
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    this.remember(name, Buffer.byteLength(text), nowMs);
    await this.prune();
  }

  /** Reads the folder's entries (sizes, times), removes temp files left by crashed writers, prunes past the bound. */
  async scan(): Promise<void> {
    this.entries.clear();
    this.total = 0;
    for (const name of await readdir(this.dir)) {
      const isEntry = ENTRY_NAME.test(name);
      if (!isEntry && !TEMP_NAME.test(name)) continue;
      const info = await lstat(join(this.dir, name)).catch(() => null);
      if (info === null || !info.isFile()) continue;
      if (isEntry) this.remember(name, info.size, info.mtimeMs);
      else if (this.now() - info.mtimeMs > STALE_TEMP_MS) await unlink(join(this.dir, name)).catch(() => undefined);
    }
    await this.prune();
  }

  private ignore(path: string, reason: string): null {
    this.log(messages.entryIgnored(path, reason));
    return null;
  }

  private remember(name: string, size: number, usedMs: number): void {
    this.total += size - (this.entries.get(name)?.size ?? 0);
    this.entries.set(name, { size, usedMs });
  }

  /** Deletes the least recently used entries (ours only) until the total is within the bound. */
  private async prune(): Promise<void> {
    if (this.total <= this.maxBytes || this.pruning) return;
    this.pruning = true;
    try {
      const oldestFirst = [...this.entries].sort(([a, x], [b, y]) => x.usedMs - y.usedMs || (a < b ? -1 : 1));
      for (const [name, info] of oldestFirst) {
        if (this.total <= this.maxBytes) break;
        await unlink(join(this.dir, name)).catch(() => undefined);
        this.entries.delete(name);
        this.total -= info.size;
      }
    } finally {
      this.pruning = false;
    }
  }
}

/**
 * Opens (creating if needed) the trial cache folder `dir` and prunes it to the bound.
 * @throws UsageError naming the option when `maxMb` is not a number > 0, or `dir` is a file or cannot be created.
 *
 * @example
 * const cache = await openTrialCache('.lr-sweep-cache', { maxMb: 50, log: console.error });
 */
export async function openTrialCache(dir: string, options: TrialCacheOptions = {}): Promise<TrialCache> {
  const option = options.option ?? RUN_SETTING_NAMES.cache;
  const maxMb = options.maxMb ?? DEFAULT_CACHE_MAX_MB;
  if (typeof maxMb !== 'number' || !Number.isFinite(maxMb) || !(maxMb > 0)) {
    throw new UsageError(messages.maxMbInvalid(options.maxMbOption ?? RUN_SETTING_NAMES.cacheMaxMb, maxMb));
  }
  const path = resolve(dir);
  const existing = await lstat(path).catch(() => null);
  if (existing !== null && !existing.isDirectory() && !existing.isSymbolicLink()) throw new UsageError(messages.dirNotDirectory(option, dir));
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new UsageError(messages.dirUnusable(option, dir, errorCode(error) ?? reasonOf(error)));
  }
  const cache = new TrialCache(path, maxMb * BYTES_PER_MB, options.log ?? (() => undefined), options.now ?? Date.now);
  try {
    await cache.scan();
  } catch (error) {
    throw new UsageError(messages.dirUnusable(option, dir, errorCode(error) ?? reasonOf(error)));
  }
  return cache;
}
