/**
 * Numbers as text, both ways, in one place: the one display formatter and the one exact formatter
 * for learning rates, and the one parser every flag and input goes through. Pure.
 */
/**
 * A learning rate for people, the same in the terminal, report.md, the PR comment, the job summary
 * and the charts: 3 significant digits in exponent form (`6.95e-2`, `1.00e-3`, `1.00e+1`), `0` for
 * zero, `—` for null or a non-finite value.
 */
export declare function displayLr(lr: number | null): string;
/**
 * A learning rate written so it round-trips exactly: JavaScript's shortest representation
 * (`String(lr)`, e.g. "0.001", "1e-7", "3.1622776601683794e-7"), which `Number()` and Python's
 * `float()` parse back to the identical double. Used where a program reads the value back
 * (a trial's command line, its environment, the worker protocol).
 * @throws RangeError for a negative or non-finite lr (a caller bug, not a user mistake).
 */
export declare function exactLr(lr: number): string;
/** What {@link parseDecimal} accepts. */
export interface ParseDecimalOptions {
    /** Accept a leading `-` (only where a negative value means something, e.g. a seed). Default false. */
    readonly signed?: boolean;
    /** Accept only whole numbers (no point, no exponent). Default false. */
    readonly integer?: boolean;
}
/**
 * The one text-to-number rule for flags and inputs: a plain decimal (`1e-3`, `0.5`, `.5`, `+2`),
 * surrounding blanks ignored. A `-` sign only with `signed`. Returns null for anything else: empty
 * text, `0x10`, `Infinity`, `NaN`, `1e400` (not finite), and with `integer` a fraction or a whole
 * number beyond 2^53. Range checks (`> 0`, `<= 64`) belong to the caller, which words the error.
 */
export declare function parseDecimal(text: string, options?: ParseDecimalOptions): number | null;
