/**
 * The contract every `lr-sweep` sub-command follows. To add a command: write one file in
 * `src/cli/commands/` exporting a {@link CliCommand}, and add it to the list in `commands/index.ts`.
 */

/** Everything a command may touch of the outside world; tests pass fakes and run commands in-process. */
export interface CliIo {
  /** Writes text to standard output as is (add your own newline). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error as is (add your own newline). */
  readonly stderr: (text: string) => void;
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when standard error is an interactive terminal (live progress bar allowed). */
  readonly isTTY: boolean;
  /** Terminal width in columns when known; progress lines are cut to it. */
  readonly columns?: number;
  /** Milliseconds from an arbitrary origin (`performance.now` in production). */
  readonly clock: () => number;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /**
   * Registers handlers for Ctrl-C / SIGTERM, returning a function that removes them. The first signal
   * calls `interrupt`; a second calls `kill` and then exits with the first signal's code. Absent in tests.
   */
  readonly onInterrupt?: (handlers: InterruptHandlers) => () => void;
}

/** What a command does on SIGINT/SIGTERM. */
export interface InterruptHandlers {
  /** The first signal: stop scheduling, end running trials, write what finished. */
  readonly interrupt: (signal: 'SIGINT' | 'SIGTERM') => void;
  /** The second signal: kill every trial process group now (the process exits right after). */
  readonly kill: () => void;
}

/** One sub-command of `lr-sweep`, e.g. `search`. */
export interface CliCommand {
  /** The word after `lr-sweep`, e.g. "search". */
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** The full `--help` text: usage line, description, flags (see `renderCommandHelp`). */
  readonly help: string;
  /**
   * Runs the command with the arguments after its name (`--help` is handled before this is called).
   * Resolves to the exit code: 0 ok, 1 runtime failure. Throw `UsageError` for bad flags (exit 2),
   * `TrialError`/`ConfigError` for failures the user can fix (exit 1, message only).
   */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** Exit codes of `lr-sweep`. */
export const ExitCode = {
  /** Success, including "no viable window" (a result, with its reason printed). */
  Ok: 0,
  /** A runtime failure: a trial failed, a file could not be written, an unexpected error. */
  Failure: 1,
  /** A usage error: unknown command or flag, a bad value. */
  Usage: 2,
  /** Interrupted by Ctrl-C (128 + SIGINT). */
  Interrupted: 130,
  /** Stopped by SIGTERM (128 + 15). */
  Terminated: 143,
} as const;

/** The exit code of a run stopped by `signal`. */
export function exitCodeOf(signal: 'SIGINT' | 'SIGTERM'): number {
  return signal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated;
}
