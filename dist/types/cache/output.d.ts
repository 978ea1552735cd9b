/**
 * The trial cache's additions to the search's output documents (pure): `samples[].cached` in results.json and a
 * last `cached` column in samples.csv, plus the `N of M trials from cache` tally for the comment and summary.
 */
import type { TrialRecord } from '../search/types.js';
/** A recorded trial that may say whether it came from the cache (absent: it ran, or no cache was used). */
export type CachedTrialRecord = TrialRecord & {
    readonly cached?: boolean;
};
/** The records with `cached` set on every one (absent becomes false), for results.json's `samples`. */
export declare function samplesWithCached(samples: readonly CachedTrialRecord[]): (TrialRecord & {
    readonly cached: boolean;
})[];
/** samples.csv with a last `cached` column: header `lr,loss,diverged,round,cached`; lr exact, loss empty when diverged. */
export declare function samplesCsvWithCached(samples: readonly CachedTrialRecord[]): string;
/** How many of the trials came from the cache. */
export interface CacheTally {
    readonly cached: number;
    readonly total: number;
    /** `N of M trials from cache`. */
    readonly text: string;
}
/** Counts the cached trials among `samples` (none cached when no record says so). */
export declare function cacheTally(samples: readonly CachedTrialRecord[]): CacheTally;
