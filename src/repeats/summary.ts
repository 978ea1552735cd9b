import { METHODS, type Method } from '../analysis/types.js';
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
  readonly runs: readonly { readonly seed: number; readonly picks: SweepResult['picks']; readonly reason: string | null }[];
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One repeated search as repeats.json records it. */
export type RepeatRun = RepeatsSummary['runs'][number];

/** Median and spread in decades of every pick over repeated searches. Pure; empty input gives null spreads. */
export function summarizeRepeats(results: readonly SweepResult[]): RepeatsSummary {
  return summarizeRuns(results.map((r) => ({ seed: r.settings.seed, picks: r.picks, reason: r.reason })));
}

/** {@link summarizeRepeats} from the runs' picks alone (what repeats.json keeps). Pure. */
export function summarizeRuns(runs: readonly RepeatRun[]): RepeatsSummary {
  const picks = {} as Record<Method, PickSpread>;
  for (const method of METHODS) {
    // A run without the method's pick (no window, or a repeats.json written before the method) adds nothing.
    const logs = runs.flatMap((r) => {
      const lr = r.picks?.[method];
      return lr === undefined ? [] : [Math.log10(lr)];
    }).sort((a, b) => a - b);
    picks[method] =
      logs.length === 0
        ? { median: null, min: null, max: null, spreadDecades: null, count: 0 }
        : {
            median: 10 ** median(logs),
            min: 10 ** (logs[0] as number),
            max: 10 ** (logs[logs.length - 1] as number),
            spreadDecades: (logs[logs.length - 1] as number) - (logs[0] as number),
            count: logs.length,
          };
  }
  return { seeds: runs.map((r) => r.seed), picks, runs: [...runs] };
}

/**
 * True when a drift tolerance is tighter than the method's own run-to-run noise: two honest runs of the
 * same model can differ by up to the measured spread, so a tolerance below it can fail the check with
 * nothing changed. False when there is no spread to compare (one repeat or no window).
 */
export function toleranceBelowNoise(toleranceDecades: number, spread: PickSpread): boolean {
  return spread.spreadDecades !== null && spread.count > 1 && toleranceDecades < spread.spreadDecades;
}

/** The file written beside results.json (which keeps exactly its keys). */
export const REPEATS_FILE = 'repeats.json';

/** repeats.json text. */
export function repeatsJson(summary: RepeatsSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

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
export function spreadBands(summary: RepeatsSummary): SpreadBand[] {
  return METHODS.flatMap((method) => {
    const p = summary.picks[method];
    return p.count > 1 && p.min !== null && p.max !== null && p.median !== null
      ? [{ method, lo: p.min, hi: p.max, median: p.median, count: p.count, repeats: summary.seeds.length }]
      : [];
  });
}
