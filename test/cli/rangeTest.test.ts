import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/command.js';
import { rangeTestCommand } from '../../src/cli/commands/rangeTest.js';
import { messages as cliMessages } from '../../src/cli/messages.js';
import { runCli } from '../../src/cli/run.js';
import { messages as tfjsMessages } from '../../src/runners/tfjs/messages.js';
import { fakeIo } from './fake-io.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function workDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-cli-range-'));
  dirs.push(dir);
  return dir;
}

describe('lr-sweep range-test', () => {
  it('lr-sweep range-test --config MISSING is a usage error (exit 2) naming the path', async () => {
    const io = fakeIo({ cwd: await workDir() });
    expect(await runCli(['range-test', '--config', 'nope.config.mjs'], io, { commands: [rangeTestCommand] })).toBe(ExitCode.Usage);
    expect(io.err()).toContain(cliMessages.errorLine(tfjsMessages.configNotFound('nope.config.mjs')));
  });
});
