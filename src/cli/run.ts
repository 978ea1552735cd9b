/** The `lr-sweep` dispatcher: top-level help and version, command lookup, and the single error boundary. */
import { isUserError, UsageError } from '../errors.js';
import { ExitCode, type CliCommand, type CliIo } from './command.js';
import { COMMANDS } from './commands/index.js';
import { messages } from './messages.js';
import { VERSION } from './version.js';

/** Options for {@link runCli}. */
export interface RunCliOptions {
  /** Commands to dispatch to. Default: the registry in `commands/index.ts`. */
  readonly commands?: readonly CliCommand[];
}

/** The top-level `lr-sweep --help` text. */
export function topLevelHelp(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  return [
    'Usage: lr-sweep <command> [flags]',
    '',
    'Pick a learning rate by step sampling: train a few steps at each of many learning rates,',
    'resetting weights and data order before every trial, and read the window off the lr/loss curve.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Flags:',
    '  -h, --help     Show help (also: lr-sweep <command> --help)',
    '  -V, --version  Show the version',
    '',
    'Exit codes: 0 ok (also when no viable window is found), 1 runtime failure, 2 usage error.',
    '',
  ].join('\n');
}

/**
 * Runs `lr-sweep` with `argv` (the arguments after the program name) and resolves to the exit code.
 * Never throws: user mistakes print one line `lr-sweep: <message>`; unexpected errors print the stack.
 * @example process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
  const commands = options.commands ?? COMMANDS;
  const names = commands.map((c) => c.name);
  try {
    const [first, ...rest] = argv;
    if (first === '-h' || first === '--help' || (first === 'help' && rest.length === 0)) {
      io.stdout(topLevelHelp(commands));
      return ExitCode.Ok;
    }
    if (first === '-V' || first === '--version') {
      io.stdout(`${VERSION}\n`);
      return ExitCode.Ok;
    }
    if (first === undefined) throw new UsageError(messages.noCommand(names));
    const helpFor = first === 'help' ? rest[0] : undefined;
    const command = commands.find((c) => c.name === (helpFor ?? first));
    if (command === undefined) throw new UsageError(messages.unknownCommand(helpFor ?? first, names));
    if (helpFor !== undefined || wantsHelp(rest)) {
      io.stdout(command.help);
      return ExitCode.Ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    return report(error, io);
  }
}

/** `-h`/`--help` anywhere before a `--` terminator. */
function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '-h' || arg === '--help') return true;
  }
  return false;
}

function report(error: unknown, io: CliIo): number {
  if (isUserError(error)) {
    io.stderr(`${messages.errorLine(error.message)}\n`);
    return error instanceof UsageError ? ExitCode.Usage : ExitCode.Failure;
  }
  io.stderr(`${messages.errorLine(messages.unexpectedError)}\n`);
  io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return ExitCode.Failure;
}
