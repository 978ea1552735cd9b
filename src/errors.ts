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

/** The search was interrupted by a signal; the CLI exits 130 (SIGINT) or 143 (SIGTERM). */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(`interrupted (${signal})`);
  }
}

/** True for the errors above: print their message alone, without a stack trace. */
export function isUserError(error: unknown): error is UsageError | TrialError | ConfigError {
  return error instanceof UsageError || error instanceof TrialError || error instanceof ConfigError;
}
