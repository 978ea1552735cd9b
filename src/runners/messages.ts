/** Every user-facing line the runners print or throw, in one place so tests compare against these. */
import { isText, notTextSummary, sourceByteCount } from '../text.js';

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
  timedOut: (lr: string, command: string, seconds: number, tail: readonly string[]) =>
    `trial at lr ${lr} timed out after ${seconds} s: ${quote(command)} was stopped (raise --trial-timeout if trials need longer)${stderrTail(tail)}`,
  noOutput: (lr: string, command: string, tail: readonly string[]) =>
    `trial at lr ${lr} printed nothing on stdout: ${quote(command)} must print the validation loss as its last line (a number, nan/inf, or JSON like {"loss": 0.42})${stderrTail(tail)}`,
  unparseable: (lr: string, command: string, line: string) =>
    `trial at lr ${lr}: the last stdout line of ${quote(command)} is not a loss: ${isText(line) ? `"${line}"` : notTextSummary(sourceByteCount(line))}; print a number, nan/inf, or JSON like {"loss": 0.42} as the last line`,
  spawnFailed: (lr: string, command: string, reason: string) => `trial at lr ${lr} could not start ${quote(command)}: ${reason}`,
  stopped: (lr: string, command: string) => `trial at lr ${lr} was stopped before it finished: ${quote(command)}`,
} as const;
