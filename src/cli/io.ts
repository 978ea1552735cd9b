/** The real process behind {@link CliIo}: stdout, stderr, env, the terminal, the clock. */
import { performance } from 'node:perf_hooks';
import { exitCodeOf, type CliIo } from './command.js';

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
    onInterrupt: (handlers) => {
      let first: 'SIGINT' | 'SIGTERM' | null = null;
      // The first signal stops trials cleanly; a second one, while that is under way, kills them and quits.
      const listener = (signal: 'SIGINT' | 'SIGTERM') => {
        if (first === null) {
          first = signal;
          handlers.interrupt(signal);
          return;
        }
        handlers.kill();
        process.exit(exitCodeOf(first));
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
