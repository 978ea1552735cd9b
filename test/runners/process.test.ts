import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { endGroup, groupAlive, spawnGroup } from '../../src/runners/process.js';

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The first line `child` prints on stdout. */
function firstLine(child: ReturnType<typeof spawnGroup>): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.split('\n')[0]!);
    });
  });
}

/** True when `pid` is gone or a zombie. */
async function gone(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  return stat === null || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

describe('process groups', () => {
  it('spawnGroup(options) starts the command as the leader of its own process group', async () => {
    const child = spawnGroup({ command: 'ps -o pgid= -p $$; sleep 30', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    expect(Number(await firstLine(child))).toBe(child.pid);
    expect(groupAlive(child.pid!)).toBe(true);
    await endGroup(child.pid!, 200);
    expect(groupAlive(child.pid!)).toBe(false);
  });

  it('endGroup(pgid, grace) SIGKILLs what ignores SIGTERM once the grace is over, and resolves when all is gone', async () => {
    const child = spawnGroup({ command: `trap '' TERM; sleep 30 & echo $!; wait`, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    const background = Number(await firstLine(child));
    await endGroup(child.pid!, 200);
    expect(await gone(background)).toBe(true);
    expect(await gone(child.pid!)).toBe(true);
  });

  it('endGroup(pgid) resolves at once for a group that is already gone', async () => {
    const child = spawnGroup({ command: 'exit 0', env: {} });
    await new Promise((resolve) => child.once('exit', resolve));
    await pause(10);
    expect(groupAlive(child.pid!)).toBe(false);
    await endGroup(child.pid!, 60_000);
  });
});
