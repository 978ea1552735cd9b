/** User-facing sentences of the baseline suggestions, in one place so tests compare with them. */

/** A rule needs more points than the (trimmed) range-test curve has. */
export function tooFewPoints(rule: string, needed: number, got: number): string {
  return `${rule} needs at least ${needed} usable points on the range-test curve, got ${got}: raise --num-it or --end-lr (the run stopped early or the loss was not finite)`;
}

/** No step-sampling search result to read the lowest loss from. */
export function noSearchCurve(reason: string | null): string {
  return reason === null
    ? 'lowest loss after reset needs a step-sampling curve with at least one finite trial'
    : `lowest loss after reset needs a step-sampling curve: ${reason}`;
}
