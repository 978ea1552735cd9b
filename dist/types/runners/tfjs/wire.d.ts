import type { TfjsTrialOutcome } from './runner.js';
/** The answer line (without newline) for request `id` that carries `outcome`. */
export declare function outcomeLine(id: number, outcome: TfjsTrialOutcome): string;
/** The answer line (without newline) for request `id` whose trial threw `error`. */
export declare function errorLine(id: number, error: unknown): string;
/**
 * The outcome an answer carries, or the error it reports thrown again: ConfigError, UsageError and TrialError
 * keep their class and message (so a failure reads the same as in-process); anything else becomes a TrialError.
 */
export declare function readOutcome(fields: Readonly<Record<string, unknown>>, lr: number): TfjsTrialOutcome;
