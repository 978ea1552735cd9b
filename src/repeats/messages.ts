/** User-facing sentences about repeated searches, in one place so tests compare with them. */
import { METHODS } from '../analysis/types.js';
import { displayLr } from '../numbers.js';
import { RUN_SETTING_NAMES } from '../names.js';

/** The drift tolerance is below the method's measured noise. */
export function toleranceBelowNoise(method: string, tolerance: number, spread: number, repeats: number): string {
  // Rounded up, so the suggested tolerance is never itself below the spread.
  const enough = (Math.ceil(spread * 100 - 1e-9) / 100).toFixed(2);
  return `the tolerance (${tolerance.toFixed(2)} decades) is tighter than ${method}'s own run-to-run spread (${spread.toFixed(2)} decades over ${repeats} seeds): the check can fail with nothing changed; raise the tolerance to at least ${enough}`;
}

/** --repeats is out of range. */
export function badRepeats(value: number, option: string = RUN_SETTING_NAMES.repeats): string {
  return `${option} must be a whole number from 1 to 20, got ${value}`;
}

/** One pick's median and spread over the repeats. */
export function spreadLine(method: string, median: number, spreadDecades: number, count: number, repeats: number): string {
  return `${method}: median ${displayLr(median)}, spread ${spreadDecades.toFixed(2)} decades over ${count}/${repeats} seeds with a window`;
}

/** repeats.json cannot be used. */
export function badRepeatsFile(file: string, problem: string): string {
  return `${file}: ${problem.replace(/\s*\n\s*/g, ' ').trim()}`;
}

/** repeats.json beside results.json belongs to another search, so its bands are not drawn. */
export function repeatsMismatch(file: string, results: string): string {
  return `${file} ignored: its first run is not the search in ${results} (another seed or other picks); run lr-sweep search --repeats again to redraw the spread`;
}

/** A value as a message shows it: JSON, or `nothing` for a missing field. */
function describeValue(value: unknown): string {
  return value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
}

/** repeats.json problem: the text is not JSON. */
export function repeatsNotJson(detail: string): string {
  return `not valid JSON (${detail.replace(/\s*\n\s*/g, ' ').trim()})`;
}

/** repeats.json problem: `runs` is missing or empty. */
export function runsEmpty(got: unknown): string {
  return `"runs" must be a non-empty array, got ${describeValue(got)}`;
}

/** repeats.json problem: a run is not an object. */
export function runNotObject(i: number, got: unknown): string {
  return `runs[${i}] must be an object {seed, picks, reason}, got ${describeValue(got)}`;
}

/** repeats.json problem: a run's seed. */
export function runSeed(i: number, got: unknown): string {
  return `runs[${i}].seed must be an integer, got ${describeValue(got)}`;
}

/** repeats.json problem: a run's reason. */
export function runReason(i: number, got: unknown): string {
  return `runs[${i}].reason must be a string or null, got ${describeValue(got)}`;
}

/** repeats.json problem: a run's picks have the wrong shape. */
export function runPicksShape(i: number, got: unknown): string {
  return `runs[${i}].picks must be null or {${METHODS.join(', ')}}, got ${describeValue(got)}`;
}

/** repeats.json problem: one pick of a run is not a positive number. */
export function runPick(i: number, method: string, got: unknown): string {
  return `runs[${i}].picks.${method} must be a number > 0, got ${describeValue(got)}`;
}

/** The CLI table's selected-lr note when the selection is the median over repeated searches. */
export function medianSelectedNote(methodFlag: string, repeats: number): string {
  return `(--method ${methodFlag}: the median over ${repeats} seeds)`;
}

/** The CLI table's row saying which numbers are one seed's and where each is written. */
export function firstSeedNote(seeds: readonly number[]): string {
  const first = seeds[0] ?? 0;
  const last = seeds[seeds.length - 1] ?? first;
  return `${seeds.length} searches, seeds ${first}..${last}: the window, picks and trials above are seed ${first}'s (results.json); the selected lr is the median of every seed's pick (repeats.json)`;
}
