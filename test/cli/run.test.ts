import { describe, expect, it } from 'vitest';
import { ExitCode, type CliCommand } from '../../src/cli/command.js';
import { booleanFlag, parseFlags } from '../../src/cli/flags.js';
import { renderCommandHelp } from '../../src/cli/help.js';
import { messages } from '../../src/cli/messages.js';
import { runCli, topLevelHelp } from '../../src/cli/run.js';
import { VERSION } from '../../src/cli/version.js';
import { TrialError, UsageError } from '../../src/errors.js';
import { fakeIo } from './fake-io.js';

const echoFlags = { loud: booleanFlag({ help: 'shout' }) };
const echo: CliCommand = {
  name: 'echo',
  summary: 'Echoes',
  help: renderCommandHelp({ usage: ['lr-sweep echo [--loud]'], description: 'Echoes.', flags: echoFlags }),
  async run(argv, io) {
    const { values } = parseFlags(argv, echoFlags, { command: 'echo' });
    io.stdout(values.loud ? 'HI\n' : 'hi\n');
    return ExitCode.Ok;
  },
};
const failing = (error: unknown): CliCommand => ({ name: 'fail', summary: 'Fails', help: 'fail help\n', run: () => Promise.reject(error) });

describe('runCli', () => {
  it('runCli(["--help"]) prints the top-level help listing every command and exits 0', async () => {
    const io = fakeIo();
    expect(await runCli(['--help'], io, { commands: [echo] })).toBe(ExitCode.Ok);
    expect(io.out()).toBe(topLevelHelp([echo]));
    expect(io.out()).toContain('echo  Echoes');
  });

  it('runCli(["--version"]) prints the package version', async () => {
    const io = fakeIo();
    expect(await runCli(['--version'], io, { commands: [echo] })).toBe(ExitCode.Ok);
    expect(io.out()).toBe(`${VERSION}\n`);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('runCli([cmd, "--help"]) and runCli(["help", cmd]) print the command help', async () => {
    for (const argv of [['echo', '--help'], ['echo', '--loud', '-h'], ['help', 'echo']]) {
      const io = fakeIo();
      expect(await runCli(argv, io, { commands: [echo] })).toBe(ExitCode.Ok);
      expect(io.out()).toBe(echo.help);
    }
  });

  it('runCli dispatches to the command with the remaining arguments', async () => {
    const io = fakeIo();
    expect(await runCli(['echo', '--loud'], io, { commands: [echo] })).toBe(ExitCode.Ok);
    expect(io.out()).toBe('HI\n');
  });

  it('runCli reports an unknown command, a missing command and an unknown flag in one line with exit 2', async () => {
    const cases: [string[], string][] = [
      [['nope'], messages.unknownCommand('nope', ['echo'])],
      [[], messages.noCommand(['echo'])],
      [['echo', '--lod'], messages.unknownFlag('--lod', 'echo', '--loud')],
    ];
    for (const [argv, message] of cases) {
      const io = fakeIo();
      expect(await runCli(argv, io, { commands: [echo] })).toBe(ExitCode.Usage);
      expect(io.err()).toBe(`${messages.errorLine(message)}\n`);
      expect(io.out()).toBe('');
    }
  });

  it('runCli prints a TrialError as one line with exit 1 and an unexpected error with its stack', async () => {
    let io = fakeIo();
    expect(await runCli(['fail'], io, { commands: [failing(new TrialError('trial at lr 0.1 failed', 0.1))] })).toBe(ExitCode.Failure);
    expect(io.err()).toBe(`${messages.errorLine('trial at lr 0.1 failed')}\n`);

    io = fakeIo();
    expect(await runCli(['fail'], io, { commands: [failing(new UsageError('bad'))] })).toBe(ExitCode.Usage);

    io = fakeIo();
    const bug = new TypeError('boom');
    expect(await runCli(['fail'], io, { commands: [failing(bug)] })).toBe(ExitCode.Failure);
    expect(io.err()).toContain(messages.unexpectedError);
    expect(io.err()).toContain(bug.stack ?? 'missing stack');
  });

  it('renderCommandHelp lists every flag with its default and --help', () => {
    expect(echo.help).toContain('--loud');
    expect(echo.help).toContain('-h, --help');
    expect(echo.help.startsWith('Usage: lr-sweep echo')).toBe(true);
  });
});
