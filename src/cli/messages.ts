/** Every user-facing line the CLI prints, in one place so tests compare against these functions. */

/** How a flag looks on the command line, from its camelCase key: `startLr` → `--start-lr`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export const messages = {
  /** Prefix of every error line. */
  errorLine: (message: string) => `lr-sweep: ${message}`,
  badValue: (flag: string, value: string, allowed: string) => `${flag} "${value}" is invalid: expected ${allowed}`,
  unknownFlag: (flag: string, command: string, suggestion: string | null) =>
    `unknown flag ${flag} for "lr-sweep ${command}"${suggestion === null ? '' : ` (did you mean ${suggestion}?)`}; see lr-sweep ${command} --help`,
  missingValue: (flag: string) => `${flag} needs a value, e.g. ${flag}=VALUE`,
  flagTakesNoValue: (flag: string) => `${flag} takes no value`,
  unexpectedArgument: (value: string, command: string) =>
    `unexpected argument "${value}" for "lr-sweep ${command}"; see lr-sweep ${command} --help`,
  missingArgument: (what: string, command: string) => `lr-sweep ${command} needs ${what}; see lr-sweep ${command} --help`,
  unknownCommand: (name: string, known: readonly string[]) =>
    `unknown command "${name}"; commands: ${known.join(', ')} (see lr-sweep --help)`,
  noCommand: (known: readonly string[]) => `no command given; commands: ${known.join(', ')} (see lr-sweep --help)`,
  unexpectedError: 'unexpected error (a bug in lr-sweep; please report it with the stack below):',
  interrupted: 'interrupted; stopping trials',
} as const;
