/** User-facing sentences about repeated searches, in one place so tests compare with them. */

/** The drift tolerance is below the method's measured noise. */
export function toleranceBelowNoise(method: string, tolerance: number, spread: number, repeats: number): string {
  // Rounded up, so the suggested tolerance is never itself below the spread.
  const enough = (Math.ceil(spread * 100 - 1e-9) / 100).toFixed(2);
  return `the tolerance (${tolerance.toFixed(2)} decades) is tighter than ${method}'s own run-to-run spread (${spread.toFixed(2)} decades over ${repeats} seeds): the check can fail with nothing changed; raise the tolerance to at least ${enough}`;
}

/** --repeats is out of range. */
export function badRepeats(value: number): string {
  return `--repeats must be a whole number from 1 to 20, got ${value}`;
}

/** One pick's median and spread over the repeats. */
export function spreadLine(method: string, median: number, spreadDecades: number, count: number, repeats: number): string {
  return `${method}: median ${median.toExponential(2)}, spread ${spreadDecades.toFixed(2)} decades over ${count}/${repeats} seeds with a window`;
}

/** repeats.json cannot be used. */
export function badRepeatsFile(file: string, problem: string): string {
  return `${file}: ${problem.replace(/\s*\n\s*/g, ' ').trim()}`;
}

/** repeats.json beside results.json belongs to another search, so its bands are not drawn. */
export function repeatsMismatch(file: string, results: string): string {
  return `${file} ignored: its first run is not the search in ${results} (another seed or other picks); run lr-sweep search --repeats again to redraw the spread`;
}
