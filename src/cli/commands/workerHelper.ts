/** `lr-sweep worker-helper --path`: where the shipped Python helper for `--worker` lives. */
import { dirname } from 'node:path';
import { UsageError } from '../../errors.js';
import { workerHelperPath } from '../../runners/worker/helper.js';
import { ExitCode, type CliCommand, type CliIo } from '../command.js';
import { booleanFlag, parseFlags } from '../flags.js';
import { renderCommandHelp } from '../help.js';
import { messages } from '../messages.js';

const workerHelperFlags = {
  path: booleanFlag({ help: 'Print the helper file\'s absolute path (the default)' }),
  dir: booleanFlag({ help: 'Print its folder instead, for PYTHONPATH' }),
};

async function runWorkerHelper(argv: readonly string[], io: CliIo): Promise<number> {
  const { values: flags } = parseFlags(argv, workerHelperFlags, { command: 'worker-helper' });
  if (flags.path && flags.dir) throw new UsageError(messages.workerHelperOneOf);
  const path = workerHelperPath();
  io.stdout(`${flags.dir ? dirname(path) : path}\n`);
  return ExitCode.Ok;
}

/** `lr-sweep worker-helper`. */
export const workerHelperCommand: CliCommand = {
  name: 'worker-helper',
  summary: 'Print where the Python helper for --worker is (serve(train_fn) speaks the worker protocol)',
  help: renderCommandHelp({
    usage: ['lr-sweep worker-helper [--path | --dir]'],
    description: [
      'lr_sweep_worker.py is a standard-library-only Python module shipped with lr-sweep: serve(train_fn), where',
      'train_fn(lr, steps, seed) returns the validation loss, runs the --worker protocol (ids, JSON, NaN, flushing)',
      'and keeps train_fn\'s own prints off the answers. Copy it into a repository, or put its folder on PYTHONPATH.',
    ].join('\n'),
    flags: workerHelperFlags,
    examples: ['cp "$(npx lr-sweep worker-helper --path)" .', 'PYTHONPATH="$(npx lr-sweep worker-helper --dir)" python3 worker.py'],
  }),
  run: runWorkerHelper,
};
