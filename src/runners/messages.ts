/** Every user-facing line the runners print or throw, in one place so tests compare against these. */
import { isText, notTextSummary, sourceByteCount } from '../text.js';
import { RUN_SETTING_NAMES } from '../names.js';

/** How a command is quoted inside messages. */
const quote = (command: string) => `\`${command}\``;

/** Indented stderr tail, or a note that there was none. */
function stderrTail(lines: readonly string[]): string {
  return lines.length === 0 ? '; it printed nothing on stderr' : `; last lines of its stderr:\n${lines.map((l) => `  | ${l}`).join('\n')}`;
}

export const runnerMessages = {
  exitedNonZero: (lr: string, command: string, code: number, tail: readonly string[]) =>
    `trial at lr ${lr} failed: ${quote(command)} exited with code ${code}${stderrTail(tail)}`,
  killedBySignal: (lr: string, command: string, signal: string, tail: readonly string[]) =>
    `trial at lr ${lr} failed: ${quote(command)} was killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}${stderrTail(tail)}`,
  timedOut: (lr: string, command: string, seconds: number, tail: readonly string[], option: string = RUN_SETTING_NAMES.trialTimeout) =>
    `trial at lr ${lr} timed out after ${seconds} s: ${quote(command)} was stopped (raise ${option} if trials need longer)${stderrTail(tail)}`,
  noOutput: (lr: string, command: string, tail: readonly string[]) =>
    `trial at lr ${lr} printed nothing on stdout: ${quote(command)} must print the validation loss as its last line (a number, nan/inf, or JSON like {"loss": 0.42})${stderrTail(tail)}`,
  unparseable: (lr: string, command: string, line: string) =>
    `trial at lr ${lr}: the last stdout line of ${quote(command)} is not a loss: ${isText(line) ? `"${line}"` : notTextSummary(sourceByteCount(line))}; print a number, nan/inf, or JSON like {"loss": 0.42} as the last line`,
  spawnFailed: (lr: string, command: string, reason: string) => `trial at lr ${lr} could not start ${quote(command)}: ${reason}`,
  stopped: (lr: string, command: string) => `trial at lr ${lr} was stopped before it finished: ${quote(command)}`,
} as const;

/** How a worker's exit is told: "exited with code 3" or "was killed by SIGKILL". */
function exitText(code: number | null, signal: string | null): string {
  if (signal !== null) return `was killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}`;
  return `exited with code ${code ?? -1}`;
}

/** The lines of a persistent worker (`--worker`): failures, and what the log shows. */
export const workerMessages = {
  /** The worker died during the trial's retry too (or at start, twice). */
  diedTwice: (lr: string, command: string, code: number | null, signal: string | null, tail: readonly string[]) =>
    `trial at lr ${lr} failed: worker ${quote(command)} ${exitText(code, signal)} before answering, again after a restart${stderrTail(tail)}`,
  timedOut: (lr: string, command: string, seconds: number, lastLine: string | null, tail: readonly string[], option: string = RUN_SETTING_NAMES.trialTimeout) =>
    `trial at lr ${lr} timed out after ${seconds} s: worker ${quote(command)} gave no answer (expected a stdout line like {"id": 3, "loss": 0.42} with the request's id${
      lastLine === null ? '; it printed nothing on stdout' : `; its last stdout line: "${lastLine}"`
    }); raise ${option} if trials need longer${stderrTail(tail)}`,
  invalidAnswer: (lr: string, command: string, line: string) =>
    `trial at lr ${lr}: worker ${quote(command)} answered "${line}": "loss" must be a number, or null, NaN or Infinity for a diverged trial`,
  spawnFailed: (lr: string, command: string, reason: string) => `trial at lr ${lr} could not start worker ${quote(command)}: ${reason}`,
  stopped: (lr: string, command: string) => `trial at lr ${lr} was stopped before it finished: worker ${quote(command)}`,
  /** Log: the worker died during a trial and is started again for one retry. */
  restarting: (slot: number, lr: string, code: number | null, signal: string | null) =>
    `worker ${slot} ${exitText(code, signal)} during the trial at lr ${lr}; restarting it and retrying the trial once`,
  /** Log: the worker printed the ready marker, `ms` after it was started. */
  ready: (slot: number, ms: number) => `worker ${slot} started in ${(ms / 1000).toFixed(2)} s`,
  /** Log: the first answer of a worker that printed no ready marker (start-up and one trial together). */
  firstAnswer: (slot: number, ms: number) => `worker ${slot} answered its first trial ${(ms / 1000).toFixed(2)} s after it was started (start-up included)`,
  /** Log: one line the worker printed that is not an answer. */
  chatter: (slot: number, line: string) => `worker ${slot} | ${line}`,
} as const;

/** Device lists (`--devices`, the `devices` input): `input` names where the list came from. */
export const deviceMessages = {
  empty: (input: string, value: string) => `${input} "${value}" names no device: expected comma-separated device ids, e.g. 0,1,2,3`,
  badEntry: (input: string, value: string, entry: string) =>
    `${input} "${value}": "${entry}" is not a device id: expected comma-separated ids such as 0,1 or GPU UUIDs (letters, digits, _ . : -)`,
  twice: (input: string, value: string, device: string) => `${input} "${value}" lists device ${device} twice: each device can be given to one slot only`,
  moreSlots: (input: string, devices: readonly string[], slots: number) =>
    `parallel ${slots} needs ${slots} devices but ${input} lists ${devices.length} (${devices.join(',')}): run at most ${devices.length} trials at once, or list more devices`,
  badSlots: (slots: unknown) => `parallel slots must be a whole number >= 1, got ${String(slots)}`,
} as const;

/** A line cut to `max` characters for a message. */
export function shortLine(line: string, max = 200): string {
  const trimmed = line.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
