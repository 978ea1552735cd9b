/** A recording CliIo for running commands in-process. */
import type { CliIo } from '../../src/cli/command.js';

export interface FakeIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(overrides: Partial<CliIo> = {}): FakeIo {
  let out = '';
  let err = '';
  let now = 0;
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: {},
    isTTY: false,
    clock: () => (now += 1000),
    cwd: process.cwd(),
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
