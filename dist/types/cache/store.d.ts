import type { TrialOutcome } from '../search/types.js';
import { type TrialKey } from './key.js';
/** Default bound of the cache folder, megabytes. */
export declare const DEFAULT_CACHE_MAX_MB = 100;
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
/**
 * A folder of cached trial outcomes. Reads never throw (a bad entry is a miss with a warning); writes throw
 * on I/O errors and the caller decides how loudly to go on. Several searches may share a folder.
 */
export declare class TrialCache {
    /** Absolute path of the cache folder. */
    readonly dir: string;
    /** The bound, bytes. */
    readonly maxBytes: number;
    private readonly log;
    private readonly now;
    private readonly entries;
    private total;
    private pruning;
    /** Use {@link openTrialCache}. */
    constructor(
    /** Absolute path of the cache folder. */
    dir: string, 
    /** The bound, bytes. */
    maxBytes: number, log: (line: string) => void, now: () => number);
    /** Total size of the entries this cache knows of, bytes. */
    get sizeBytes(): number;
    /** The outcome stored for `key`, or null (no entry, or an entry that is corrupt, partial, foreign or a link: warned). */
    get(key: TrialKey): Promise<CachedOutcome | null>;
    /**
     * Stores `outcome` under `key` atomically: a temp file created exclusively in the folder (never through a link),
     * renamed over any older entry. Then prunes past the bound.
     * @throws the file system's error when the folder cannot take the entry.
     */
    put(key: TrialKey, outcome: CachedOutcome): Promise<void>;
    /** Reads the folder's entries (sizes, times), removes temp files left by crashed writers, prunes past the bound. */
    scan(): Promise<void>;
    private ignore;
    private remember;
    /** Deletes the least recently used entries (ours only) until the total is within the bound. */
    private prune;
}
/**
 * Opens (creating if needed) the trial cache folder `dir` and prunes it to the bound.
 * @throws UsageError naming the option when `maxMb` is not a number > 0, or `dir` is a file or cannot be created.
 *
 * @example
 * const cache = await openTrialCache('.lr-sweep-cache', { maxMb: 50, log: console.error });
 */
export declare function openTrialCache(dir: string, options?: TrialCacheOptions): Promise<TrialCache>;
