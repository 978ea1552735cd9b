/**
 * Errors a caller can act on. Each carries its context in the message, one line, so the CLI and the
 * action print `message` alone (no stack) for anything the user can fix.
 */
/** Bad input from the user: a flag, an action input, a file. The message names the input, the value and what is allowed. */
export declare class UsageError extends Error {
    name: string;
}
/** The user's training code or command failed: a trial exited non-zero, printed nothing usable, or timed out. */
export declare class TrialError extends Error {
    /** The learning rate of the failing trial. */
    readonly lr: number;
    name: string;
    constructor(message: string, 
    /** The learning rate of the failing trial. */
    lr: number);
}
/** The user's model definition module is missing a field or returns the wrong thing. The message names the file and the field. */
export declare class ConfigError extends Error {
    name: string;
}
/** The user stopped lr-sweep with SIGINT (Ctrl-C) or SIGTERM; an aborted trial rejects with this as `signal.reason`. */
export declare class InterruptedError extends Error {
    /** The signal that stopped the run. */
    readonly signal: 'SIGINT' | 'SIGTERM';
    name: string;
    constructor(
    /** The signal that stopped the run. */
    signal: 'SIGINT' | 'SIGTERM');
}
/** A sweep's files could not be written where asked; its results were saved in `fallback` instead. */
export declare class OutputError extends Error {
    /** The file or folder that could not be written. */
    readonly path: string;
    /** The system's one-line reason. */
    readonly reason: string;
    /** The fresh folder that holds results.json and samples.csv instead. */
    readonly fallback: string;
    name: string;
    constructor(
    /** The file or folder that could not be written. */
    path: string, 
    /** The system's one-line reason. */
    reason: string, 
    /** The fresh folder that holds results.json and samples.csv instead. */
    fallback: string);
}
/** True for the errors above: print their message alone, without a stack trace. */
export declare function isUserError(error: unknown): error is UsageError | TrialError | ConfigError | OutputError;
