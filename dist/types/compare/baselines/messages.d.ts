/** User-facing sentences of the baseline suggestions, in one place so tests compare with them. */
/** A rule needs more points than the (trimmed) range-test curve has. */
export declare function tooFewPoints(rule: string, needed: number, got: number): string;
/** No step-sampling search result to read the lowest loss from. */
export declare function noSearchCurve(reason: string | null): string;
