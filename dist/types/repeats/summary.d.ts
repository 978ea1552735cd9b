import { type Method } from '../analysis/types.js';
import type { SweepResult } from '../search/types.js';
/** How one pick varied across repeated searches (different seeds). */
export interface PickSpread {
    /** Median pick, as an lr (10^median of log10 picks). Null when no repeat had a window. */
    readonly median: number | null;
    /** Smallest and largest pick, lrs. */
    readonly min: number | null;
    readonly max: number | null;
    /** max - min of log10 picks, decades: the run-to-run noise of the method. 0 with one repeat. */
    readonly spreadDecades: number | null;
    /** Repeats that had a window (and so a pick). */
    readonly count: number;
}
/** The repeats.json document written beside results.json. */
export interface RepeatsSummary {
    /** Seeds run, in order. */
    readonly seeds: readonly number[];
    /** Per method. */
    readonly picks: Readonly<Record<Method, PickSpread>>;
    /** Every repeat's picks (null with no window), in seed order. */
    readonly runs: readonly {
        readonly seed: number;
        readonly picks: SweepResult['picks'];
        readonly reason: string | null;
    }[];
}
/** One repeated search as repeats.json records it. */
export type RepeatRun = RepeatsSummary['runs'][number];
/** Median and spread in decades of every pick over repeated searches. Pure; empty input gives null spreads. */
export declare function summarizeRepeats(results: readonly SweepResult[]): RepeatsSummary;
/** {@link summarizeRepeats} from the runs' picks alone (what repeats.json keeps). Pure. */
export declare function summarizeRuns(runs: readonly RepeatRun[]): RepeatsSummary;
/**
 * True when a drift tolerance is tighter than the method's own run-to-run noise: two honest runs of the
 * same model can differ by up to the measured spread, so a tolerance below it can fail the check with
 * nothing changed. False when there is no spread to compare (one repeat or no window).
 */
export declare function toleranceBelowNoise(toleranceDecades: number, spread: PickSpread): boolean;
/** The file written beside results.json (which keeps exactly its keys). */
export declare const REPEATS_FILE = "repeats.json";
/** repeats.json text. */
export declare function repeatsJson(summary: RepeatsSummary): string;
/** One pick's band for the curve chart: the range of the repeats' picks, in the pick's colour. */
export interface SpreadBand {
    readonly method: Method;
    /** Smallest and largest pick over the repeats, lrs. */
    readonly lo: number;
    readonly hi: number;
    /** Median pick over the repeats that had a window, lr. */
    readonly median: number;
    /** Repeats that had a window (and so a pick). */
    readonly count: number;
    /** Searches run in all (seeds). */
    readonly repeats: number;
}
/** The bands to draw on the curve chart (an optional input of the curve spec): picks seen by 2+ repeats. */
export declare function spreadBands(summary: RepeatsSummary): SpreadBand[];
