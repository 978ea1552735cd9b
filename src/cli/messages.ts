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
  commandXorConfig: 'give exactly one of --command "..." (any framework) or --config PATH (a TensorFlow.js model definition)',
  bothCommandAndConfig: 'give either --command or --config, not both',
  flagNeedsMode: (flag: string, mode: '--command' | '--config') => `${flag} applies to ${mode} only`,
  outNotDirectory: (out: string) => `--out "${out}" is a file, not a directory; choose a directory for the results`,
  outNotOurs: (out: string, example: string) =>
    `--out "${out}" already holds files lr-sweep did not write (e.g. "${example}"); choose a new or empty directory, or an earlier lr-sweep output`,
  outNotWritable: (out: string, reason: string) => `--out "${out}" cannot be written (${reason}); choose a directory you can write to`,
  searching: (what: string, startLr: string, endLr: string, coarse: number, maxTrials: number, parallel: number) =>
    `searching ${startLr} .. ${endLr} with ${what}: ${coarse} coarse trials (lr = 0 included), then refinement, at most ${maxTrials}; ${parallel} at a time`,
  wrote: (paths: readonly string[]) => `wrote ${paths.join(', ')}`,
  fileUnreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  csvHeader: (file: string, line: number, found: string) =>
    `${file} line ${line}: the header must name the columns "lr" and "loss" (found "${found}")`,
  csvColumns: (file: string, line: number, expected: number, found: number) =>
    `${file} line ${line}: expected ${expected} columns like the header, found ${found}`,
  csvBadLr: (file: string, line: number, value: string) => `${file} line ${line}: lr "${value}" is not a number >= 0`,
  csvBadLoss: (file: string, line: number, value: string) =>
    `${file} line ${line}: loss "${value}" is not a number (nan, inf or an empty cell mark a diverged trial)`,
  csvBadDiverged: (file: string, line: number, value: string) => `${file} line ${line}: diverged "${value}" is not true or false`,
  csvBadRound: (file: string, line: number, value: string) => `${file} line ${line}: round "${value}" is not a whole number >= 0`,
  csvEmpty: (file: string) => `${file} has no samples: expected a header "lr,loss" and one row per trial`,
  jsonInvalid: (file: string, reason: string) => `${file} is not valid JSON: ${reason}`,
  jsonNotResults: (file: string, problem: string) => `${file} is not an lr-sweep results.json: ${problem}`,
  unexpectedError: 'unexpected error (a bug in lr-sweep; please report it with the stack below):',
  interrupted: (signal: 'SIGINT' | 'SIGTERM', finished: number, samplesPath: string) =>
    `interrupted (${signal}): ${finished} finished trial${finished === 1 ? '' : 's'} in ${samplesPath}`,
} as const;
