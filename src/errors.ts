/**
 * Errors a caller can act on. Each carries its context in the message, one line, so the CLI and the
 * action print `message` alone (no stack) for anything the user can fix.
 */

/** Bad input from the user: a flag, an action input, a file. The message names the input, the value and what is allowed. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The user's training code or command failed: a trial exited non-zero, printed nothing usable, or timed out. */
export class TrialError extends Error {
  override name = 'TrialError';
  constructor(
    message: string,
    /** The learning rate of the failing trial. */
    readonly lr: number,
  ) {
    super(message);
  }
}

/** The user's model definition module is missing a field or returns the wrong thing. The message names the file and the field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The user stopped lr-sweep with SIGINT (Ctrl-C) or SIGTERM; an aborted trial rejects with this as `signal.reason`. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(
    /** The signal that stopped the run. */
    readonly signal: 'SIGINT' | 'SIGTERM',
  ) {
    super(`interrupted (${signal})`);
  }
}

/** A sweep's files could not be written where asked; its results were saved in `fallback` instead. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    /** The file or folder that could not be written. */
    readonly path: string,
    /** The system's one-line reason. */
    readonly reason: string,
    /** The fresh folder that holds results.json and samples.csv instead. */
    readonly fallback: string,
  ) {
    super(`cannot write ${path} (${reason}); the results are in ${fallback} instead`);
  }
}

/** True for the errors above: print their message alone, without a stack trace. */
export function isUserError(error: unknown): error is UsageError | TrialError | ConfigError | OutputError {
  return error instanceof UsageError || error instanceof TrialError || error instanceof ConfigError || error instanceof OutputError;
}
