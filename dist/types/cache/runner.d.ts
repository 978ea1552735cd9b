import type { TrialOutcome, TrialRequest, TrialRunner } from '../search/types.js';
import { type TrialKeyParts } from './key.js';
import type { TrialCache } from './store.js';
/** Options for {@link withTrialCache}. */
export interface WithTrialCacheOptions {
    /** Receives one-line warnings (the first failure to store a trial; the search goes on). Default: nothing. */
    readonly log?: (line: string) => void;
}
/** Counts of one cached runner's trials. */
export interface TrialCacheStats {
    /** Trials answered from the cache. */
    readonly hits: number;
    /** Trials the real runner ran. */
    readonly misses: number;
    /** Finished trials written to the cache. */
    readonly stored: number;
    /** True once the real runner was opened. */
    readonly opened: boolean;
}
/** The wrapped runner: a TrialRunner whose outcomes say `cached`, plus its counts. */
export interface CachedTrialRunner extends TrialRunner {
    run(lr: number, request: TrialRequest): Promise<TrialOutcome & {
        readonly cached: boolean;
    }>;
    kill(): void;
    close(): Promise<void>;
    /** The wrapped runner's identity (from the key parts). */
    readonly identity: string;
    /** Counts so far. */
    stats(): TrialCacheStats;
}
/**
 * Wraps a runner with the trial cache: a trial whose key (`keyParts` + lr, steps, seed) has an entry is answered
 * from it (`cached: true`) without opening the runner; the first miss calls `open` (once, shared by parallel
 * misses), runs the trial (`cached: false`) and stores its outcome before answering, so every finished trial
 * survives an interrupt or a crash. Failed trials are not stored. `kill` and `close` reach the real runner if it
 * was opened (or is opening); after `close` every request is refused.
 *
 * @example
 * const runner = withTrialCache(() => openRunner(spec), await openTrialCache('.lr-sweep-cache'), parts);
 * try { await search(runner, settings); } finally { await runner.close(); }
 */
export declare function withTrialCache(open: () => Promise<TrialRunner>, cache: TrialCache, keyParts: TrialKeyParts, options?: WithTrialCacheOptions): CachedTrialRunner;
