import type { SearchDeps } from '../search/search.js';
import type { SearchSettings, SweepResult, TrialRunner } from '../search/types.js';
import { type RepeatsSummary } from './summary.js';
/** Most repeats accepted (each is a whole search). */
export declare const MAX_REPEATS = 20;
/** What {@link searchRepeats} returns. */
export interface RepeatedSearch {
    /** The search with the user's seed: this one is results.json, unchanged. */
    readonly primary: SweepResult;
    /** Every repeat, the primary first. */
    readonly all: readonly SweepResult[];
    /** Medians and spreads, for repeats.json and the chart band. */
    readonly summary: RepeatsSummary;
    /**
     * The selected lr, by the one rule both edges apply: with one search its pick of the method; with
     * more, the method's median over the seeds (one seed's pick carries its noise). Null with no window
     * (one search) or when no seed had a window.
     */
    readonly selectedLr: number | null;
}
/** What {@link searchRepeats} needs beyond the search's own deps. */
export interface RepeatDeps extends SearchDeps {
    /** Called before each search starts: its 1-based index, the number of searches, and its seed. Default: nothing. */
    readonly onRepeat?: (index: number, repeats: number, seed: number) => void;
    /** Run only these 0-based repeats k (seed + k), in this order: one shard's (src/sweep/shard.ts). Default: all. */
    readonly only?: readonly number[];
}
/**
 * The selected lr of a repeated search (see {@link RepeatedSearch.selectedLr}): the primary's pick with
 * one search, else the selected method's median over the seeds.
 */
export declare function selectedOverRepeats(primary: SweepResult, summary: RepeatsSummary): number | null;
/**
 * Runs the search `repeats` times with seeds seed, seed + 1, … (different initial weights and batch order),
 * on the same runner (which rebuilds for a new seed). results.json keeps the first search exactly.
 * @throws UsageError when `repeats` is not a whole number from 1 to {@link MAX_REPEATS}.
 */
export declare function searchRepeats(runner: TrialRunner, settings: SearchSettings, repeats: number, deps?: RepeatDeps): Promise<RepeatedSearch>;
