import { UsageError } from '../errors.js';
import type { SearchDeps } from '../search/search.js';
import { search } from '../search/search.js';
import type { SearchSettings, SweepResult, TrialRunner } from '../search/types.js';
import * as messages from './messages.js';
import { summarizeRepeats, type RepeatsSummary } from './summary.js';

/** Most repeats accepted (each is a whole search). */
export const MAX_REPEATS = 20;

/** What {@link searchRepeats} returns. */
export interface RepeatedSearch {
  /** The search with the user's seed: this one is results.json, unchanged. */
  readonly primary: SweepResult;
  /** Every repeat, the primary first. */
  readonly all: readonly SweepResult[];
  /** Medians and spreads, for repeats.json and the chart band. */
  readonly summary: RepeatsSummary;
}

/**
 * Runs the search `repeats` times with seeds seed, seed + 1, … (different initial weights and batch order),
 * on the same runner (which rebuilds for a new seed). results.json keeps the first search exactly.
 */
export async function searchRepeats(
  runner: TrialRunner,
  settings: SearchSettings,
  repeats: number,
  deps: SearchDeps = {},
): Promise<RepeatedSearch> {
  if (!Number.isInteger(repeats) || repeats < 1 || repeats > MAX_REPEATS) throw new UsageError(messages.badRepeats(repeats));
  const all: SweepResult[] = [];
  for (let k = 0; k < repeats; k += 1) all.push(await search(runner, { ...settings, seed: settings.seed + k }, deps));
  return { primary: all[0] as SweepResult, all, summary: summarizeRepeats(all) };
}
