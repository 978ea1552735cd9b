/** Every user-facing line the CLI prints, in one place so tests compare against these functions. */
import { notTextSummary } from '../text.js';
import type { NoWindowCode } from '../analysis/types.js';

/** How a flag looks on the command line, from its camelCase key: `startLr` → `--start-lr`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** What `lr-sweep analyze` knows when it words a missing window: only the trials in the file. */
export interface FileTrialsFacts {
  /** Smallest and largest lr > 0 in the file, or null when it has none. */
  readonly smallestLr: number | null;
  readonly largestLr: number | null;
  /** Distinct lr > 0 with a finite loss. */
  readonly finiteLrs: number;
  /** Smallest lr whose trial diverged, or null. */
  readonly smallestDiverged: number | null;
}

export const messages = {
  /** Prefix of every error line. */
  errorLine: (message: string) => `lr-sweep: ${message}`,
  badValue: (flag: string, value: string, allowed: string) => `${flag} "${value}" is invalid: expected ${allowed}`,
  unknownFlag: (flag: string, command: string, suggestion: string | null) =>
    `unknown flag ${flag} for "lr-sweep ${command}"${suggestion === null ? '' : ` (did you mean ${suggestion}?)`}; see lr-sweep ${command} --help`,
  missingValue: (flag: string) => `${flag} needs a value, e.g. ${flag}=VALUE`,
  flagTakesNoValue: (flag: string) => `${flag} takes no value`,
  /** The summary's L(0) row without a finite loss at lr = 0: `ran` when the lr = 0 trial ran (and diverged). */
  lossAtZeroUnknown: (ran: boolean) => (ran ? 'unknown (the lr = 0 trial gave no finite loss)' : 'unknown (no lr = 0 trial)'),
  repeatedFlag: (flag: string, values: readonly string[]) =>
    `${flag} was given ${values.length > 1 ? `more than once ("${values.join('" and "')}")` : 'more than once'}: give it once`,
  unexpectedArgument: (value: string, command: string) =>
    `unexpected argument "${value}" for "lr-sweep ${command}"; see lr-sweep ${command} --help`,
  missingArgument: (what: string, command: string) => `lr-sweep ${command} needs ${what}; see lr-sweep ${command} --help`,
  unknownCommand: (name: string, known: readonly string[]) =>
    `unknown command "${name}"; commands: ${known.join(', ')} (see lr-sweep --help)`,
  noCommand: (known: readonly string[]) => `no command given; commands: ${known.join(', ')} (see lr-sweep --help)`,
  commandXorConfig: 'give exactly one of --command "..." (a process per trial), --worker "..." (a process per slot, kept for the search) or --config PATH (a TensorFlow.js model definition)',
  workerHelperOneOf: 'give --path or --dir, not both',
  tooManySources: (given: readonly string[]) => `give exactly one of --command, --worker or --config, not ${given.join(' and ')}`,
  flagNeedsMode: (flag: string, modes: readonly string[]) => `${flag} applies to ${modes.join(' and ')} only`,
  outNotDirectory: (out: string) => `--out "${out}" is a file, not a directory; choose a directory for the results`,
  outNotOurs: (out: string, example: string) =>
    `--out "${out}" already holds files lr-sweep did not write (e.g. "${example}"); choose a new or empty directory, or an earlier lr-sweep output`,
  outNotWritable: (out: string, reason: string) => `--out "${out}" cannot be written (${reason}); choose a directory you can write to`,
  searching: (what: string, startLr: string, endLr: string, coarse: number, maxTrials: number, parallel: number) =>
    `searching ${startLr} .. ${endLr} with ${what}: ${coarse} coarse trials (lr = 0 included), then refinement, at most ${maxTrials}; ${parallel} at a time`,
  wrote: (paths: readonly string[]) => `wrote ${paths.join(', ')}`,
  /** Added to the --method error when the value names one of fastai's lr_find rules. */
  fastaiMethodHint: (name: string) =>
    `"${name}" is one of fastai's lr_find rules, read off one range-test run: lr-sweep range-test runs that test and reports it beside the others (see lr-sweep range-test --help)`,
  /**
   * `analyze`'s sentence for a missing window: the diagnosis and what to add to the file. It names no
   * search flag (analyze takes none); `lrText` formats a learning rate.
   */
  noWindowInFile: (code: NoWindowCode, facts: FileTrialsFacts, lrText: (lr: number) => string): string => {
    const low = facts.smallestLr === null ? 'the smallest lr' : lrText(facts.smallestLr);
    const high = facts.largestLr === null ? 'the largest lr' : lrText(facts.largestLr);
    switch (code) {
      case 'too-few-samples':
        return `only ${facts.finiteLrs} distinct learning rate${facts.finiteLrs === 1 ? '' : 's'} in the file gave a finite loss (4 are needed): add trials ${facts.smallestDiverged === null ? `over a wider range than ${low} .. ${high}` : `below ${lrText(facts.smallestDiverged)}, where training diverged`}`;
      case 'all-diverged':
        return `every trial in the file diverged, even at its smallest lr (${low}): add trials at smaller learning rates, or check the training`;
      case 'no-loss-at-zero':
        return 'the file has no finite loss at lr = 0, so L(0) is unknown: add a row with lr 0 (the untrained model\'s validation loss)';
      case 'no-descent':
        return 'the loss never falls meaningfully below L(0): add trials at larger learning rates or trained for more steps, or check that the training learns';
      case 'still-falling':
        return `the loss is still falling at the largest lr in the file (${high}): add trials above it`;
      case 'min-at-start':
        return `the loss is lowest at the smallest lr in the file (${low}): add trials below it`;
      case 'no-knee':
        return `the curve has no knee (no bend into the descent) inside the file's trials: add trials below ${low}, or between the ones in the file for a finer grid`;
    }
  },
  fileUnreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  fileNotText: (file: string, bytes: number) => `${file} is ${notTextSummary(bytes)}: expected a CSV with columns lr,loss or a results.json`,
  csvHeader: (file: string, line: number, found: string, lrNames: readonly string[], lossNames: readonly string[]) =>
    `${file} line ${line}: the header must name an lr column (${lrNames.join(' or ')}) and a loss column (${lossNames.join(', ')}); found "${found}"`,
  csvSyntax: (file: string, line: number | null, reason: string) => `${file}${line === null ? '' : ` line ${line}`}: not valid CSV: ${reason}`,
  csvColumns: (file: string, line: number, expected: number, found: number) =>
    `${file} line ${line}: expected ${expected} columns like the header, found ${found}`,
  csvBadLr: (file: string, line: number, value: string) => `${file} line ${line}: lr "${value}" is not a number >= 0`,
  csvBadLoss: (file: string, line: number, value: string) =>
    `${file} line ${line}: loss "${value}" is not a number (nan, inf or an empty cell mark a diverged trial)`,
  csvBadDiverged: (file: string, line: number, value: string) => `${file} line ${line}: diverged "${value}" is not true or false`,
  csvBadRound: (file: string, line: number, value: string) => `${file} line ${line}: round "${value}" is not a whole number >= 0`,
  csvEmpty: (file: string) => `${file} has no samples: expected a header naming lr and loss columns and one row per trial`,
  jsonNotResults: (file: string, problem: string) => `${file} is not an lr-sweep results.json: ${problem}`,
  unexpectedError: 'unexpected error (a bug in lr-sweep; please report it with the stack below):',
  interrupted: (signal: 'SIGINT' | 'SIGTERM', finished: number, samplesPath: string) =>
    `interrupted (${signal}): ${finished} finished trial${finished === 1 ? '' : 's'} in ${samplesPath}`,
  /** After an interrupt with --cache: the rerun resumes from the stored trials. */
  resumable: (stored: number, dir: string) =>
    `${stored} trial${stored === 1 ? '' : 's'} stored in the trial cache ${dir}: run the same command again to resume, paying only for the trials not finished`,
} as const;
