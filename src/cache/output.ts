/**
 * The trial cache's additions to the search's output documents (pure): `samples[].cached` in results.json and a
 * last `cached` column in samples.csv, plus the `N of M trials from cache` tally for the comment and summary.
 */
import type { TrialRecord } from '../search/types.js';
import { messages } from './messages.js';

/** A recorded trial that may say whether it came from the cache (absent: it ran, or no cache was used). */
export type CachedTrialRecord = TrialRecord & { readonly cached?: boolean };

/** The records with `cached` set on every one (absent becomes false), for results.json's `samples`. */
export function samplesWithCached(samples: readonly CachedTrialRecord[]): (TrialRecord & { readonly cached: boolean })[] {
  return samples.map((s) => ({ lr: s.lr, loss: s.loss, diverged: s.diverged, round: s.round, cached: s.cached === true }));
}

/** samples.csv with a last `cached` column: header `lr,loss,diverged,round,cached`; lr exact, loss empty when diverged. */
export function samplesCsvWithCached(samples: readonly CachedTrialRecord[]): string {
  const rows = samples.map(
    (s) => `${String(s.lr)},${s.loss === null ? '' : String(s.loss)},${String(s.diverged)},${s.round},${String(s.cached === true)}`,
  );
  return `${['lr,loss,diverged,round,cached', ...rows].join('\n')}\n`;
}

/** How many of the trials came from the cache. */
export interface CacheTally {
  readonly cached: number;
  readonly total: number;
  /** `N of M trials from cache`. */
  readonly text: string;
}

/** Counts the cached trials among `samples` (none cached when no record says so). */
export function cacheTally(samples: readonly CachedTrialRecord[]): CacheTally {
  const cached = samples.filter((s) => s.cached === true).length;
  return { cached, total: samples.length, text: messages.fromCache(cached, samples.length) };
}
