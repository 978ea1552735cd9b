/** The real process behind {@link CliIo}: stdout, stderr, env, the terminal, the clock. */
import { performance } from 'node:perf_hooks';
import type { CliIo } from './command.js';

/** A {@link CliIo} backed by this process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    isTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns === undefined ? {} : { columns: process.stderr.columns }),
    clock: () => performance.now(),
    cwd: process.cwd(),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
  };
}
