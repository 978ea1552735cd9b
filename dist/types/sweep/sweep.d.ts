/**
 * The one sweep: open the trial source's runner, resolve the settings once (explicit > model definition
 * > default), run the search (with repeats), close the runner. The CLI, the action and validate call it;
 * writing is {@link writeSweep}'s job.
 */
import { InterruptedError } from '../errors.js';
import type { RepeatsSummary } from '../repeats/summary.js';
import type { Clock, ProgressSink, SearchSettings, SettingsSource, SweepResult, TrialRecord, TrialRunner } from '../search/types.js';
import type { TrialCacheStats } from '../cache/runner.js';
import { type SweepCacheOptions } from './cache.js';
import { type RunnerContext, type TrialSource } from './runners.js';
/** What the sweep knows once its runner is open and its settings are resolved, before the first trial. */
export interface SweepStart {
    readonly settings: SearchSettings;
    readonly settingsSource: SettingsSource;
    /** What runs (see `OpenedRunner.identity`). */
    readonly identity: string;
    /** The open runner: an edge's second Ctrl-C calls its `kill()`. */
    readonly runner: TrialRunner;
    /** The trial cache's counts so far (a failed sweep's stored trials are still worth saving), or null without a cache. */
    readonly cacheStats: (() => TrialCacheStats) | null;
}
/** Options for {@link sweep}. */
export interface SweepOptions extends Omit<RunnerContext, 'seed' | 'slots'> {
    /** Settings the user gave explicitly (flags or inputs); they win over the model definition's defaults. */
    readonly explicit: Partial<SearchSettings>;
    /** What the explicit settings are, for `settingsSource`: 'flag' or 'input'. */
    readonly explicitOrigin: 'flag' | 'input';
    /** How the edge names a setting in messages (`--start-lr`, `start-lr`). */
    readonly nameOf: (key: keyof SearchSettings) => string;
    /** Searches with seeds seed, seed + 1, ...; above 1 the selected lr is the method's median. Default 1. */
    readonly repeats?: number;
    /** Run only these 0-based repeats (a shard's, see src/sweep/shard.ts). Default: all. */
    readonly only?: readonly number[];
    /** Milliseconds clock. Default `performance.now`. */
    readonly clock?: Clock;
    /** Called once per finished trial. Default: nothing. */
    readonly progress?: ProgressSink;
    /** Called when the runner is open and the settings are known, before the first trial. Default: nothing. */
    readonly onStart?: (start: SweepStart) => void;
    /** Called before each repeated search: its 1-based index, the number of searches, its seed. Default: nothing. */
    readonly onRepeat?: (index: number, repeats: number, seed: number) => void;
    /** Aborting it (with an `InterruptedError` reason) stops the sweep: see {@link InterruptedSweep}. Default: never. */
    readonly signal?: AbortSignal;
    /** The trial cache: trials found in it do not run, every finished trial is stored. Default: no cache. */
    readonly cache?: SweepCacheOptions;
}
/** A finished sweep. */
export interface FinishedSweep {
    readonly status: 'done';
    /** The first seed's search: results.json. */
    readonly result: SweepResult;
    readonly settingsSource: SettingsSource;
    /** The first search's pick, or with repeats > 1 the method's median over the seeds. */
    readonly selectedLr: number | null;
    /** Every pick's median and spread when repeats > 1, else null. */
    readonly repeats: RepeatsSummary | null;
    readonly identity: string;
    /** The trial cache's counts (all searches of the sweep); null or absent without a cache. */
    readonly cache?: TrialCacheStats | null;
    /** Every search run, in order (with `only`, just those repeats): what a shard's part holds. Absent in older callers. */
    readonly all?: readonly SweepResult[];
    /** The resolved settings with the base seed (what a shard's job hash covers). */
    readonly settings?: SearchSettings;
}
/** A sweep stopped by its signal: no picks, only the trials of the search in progress that finished. */
export interface InterruptedSweep {
    readonly status: 'interrupted';
    readonly signal: InterruptedError['signal'];
    readonly records: readonly TrialRecord[];
    readonly settings: SearchSettings;
    readonly settingsSource: SettingsSource;
    readonly identity: string;
    /** The trial cache's counts: `stored` trials survive for the rerun; null or absent without a cache. */
    readonly cache?: TrialCacheStats | null;
}
/** What {@link sweep} resolves to. */
export type SweepOutcome = FinishedSweep | InterruptedSweep;
/**
 * Runs one sweep from `source`. Explicit settings are validated before any runner opens when the source
 * has no model definition (a definition may supply the range they are checked against). Throws
 * UsageError for bad settings, and the runner's errors unchanged unless the signal aborted.
 *
 * @example
 * const outcome = await sweep({ kind: 'command', command: 'python train.py --lr {lr} --steps {steps}' },
 *   { explicit: { steps: 30 }, explicitOrigin: 'flag', nameOf: (k) => k, cwd: process.cwd(), log: console.error });
 */
export declare function sweep(source: TrialSource, options: SweepOptions): Promise<SweepOutcome>;
