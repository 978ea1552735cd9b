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
      let signals = 0;
      // The first Ctrl-C stops trials cleanly; a second one, while that is under way, quits at once.
      const listener = () => {
        signals += 1;
        if (signals > 1) process.exit(130);
        handler();
      };
      process.on('SIGINT', listener);
      process.on('SIGTERM', listener);
      return () => {
        process.off('SIGINT', listener);
        process.off('SIGTERM', listener);
      };
    },
  };
}
