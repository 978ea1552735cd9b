/** Reading a trial's validation loss from the last line a command printed. Pure. */
/** A parsed loss line. */
export interface ParsedLoss {
    /** The loss; NaN or ±Infinity when the trial diverged. */
    readonly loss: number;
    /** True for a non-finite loss, a JSON `"loss": null`, or a JSON `"diverged": true`. */
    readonly diverged: boolean;
}
/** The last line of `text` that is not blank, trimmed; null when there is none. */
export declare function lastNonEmptyLine(text: string): string | null;
/** A decimal number or nan/inf/infinity in any case with an optional sign; null for anything else. */
export declare function parseNumberText(text: string): number | null;
/**
 * Parses one output line: a number ("0.4213", "4.2e-1"), `nan`/`inf`/`-inf` in any case, or a JSON
 * object with a `loss` field (a number, null for diverged, or one of the texts above) and an optional
 * boolean `diverged`. Python's `json.dumps` writes bare `NaN`/`Infinity`, which JSON does not allow;
 * those are accepted too. Returns null when the line is none of these.
 */
export declare function parseLossLine(line: string): ParsedLoss | null;
/**
 * Parses `line` as one JSON object, also accepting Python's bare `NaN`, `Infinity` and `-Infinity`
 * values (read as the strings "NaN", "Infinity", "-Infinity"). Null for anything else, arrays included.
 */
export declare function parseJsonObject(line: string): Record<string, unknown> | null;
