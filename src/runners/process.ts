/**
 * Child processes for the process runners: a shell command started in its own process group, and the
 * ending of such a group (SIGTERM, then SIGKILL after a grace), so that no process a trial or a worker
 * started outlives it. Processes that leave the group (setsid, double fork into a new session) are out
 * of reach.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds between SIGTERM and SIGKILL when a group is ended. */
export const DEFAULT_KILL_GRACE_MS = 2000;

/** How often a dying group is checked, milliseconds. */
const POLL_MS = 15;
/** How long to wait for a group after its SIGKILL before giving up on it, milliseconds. */
const AFTER_KILL_MS = 1000;

/** Options for {@link spawnGroup}. */
export interface SpawnGroupOptions {
  /** The command line, run as `<shell> -c <command>`. */
  readonly command: string;
  /** The environment, complete. */
  readonly env: Readonly<Record<string, string>>;
  /** Working directory. Default: this process's cwd. */
  readonly cwd?: string;
  /** The shell. Default '/bin/sh'. */
  readonly shell?: string;
  /** True for a stdin pipe (a worker reads requests there); false for /dev/null. Default false. */
  readonly stdin?: boolean;
}

/**
 * Starts `command` through the shell as the leader of a new process group (its pid is the group id),
 * stdout and stderr piped, so {@link endGroup} can reach everything it starts.
 */
export function spawnGroup(options: SpawnGroupOptions): ChildProcess {
  return spawn(options.shell ?? '/bin/sh', ['-c', options.command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: [options.stdin === true ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
}

/** Sends `signal` to every process in group `pgid`; nothing when the group is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * True while a process of group `pgid` runs. Zombies do not count: where PID 1 does not reap orphans
 * (some containers), an ended background child stays a zombie in the group forever.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return process.platform !== 'linux' || hasLiveMember(pgid);
}

function hasLiveMember(pgid: number): boolean {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

/**
 * Ends process group `pgid`: SIGTERM now, SIGKILL after `graceMs` if anything in it still runs.
 * Resolves once nothing in the group runs (so the leader has exited too), or one second after the
 * SIGKILL at the latest. Never rejects.
 */
export function endGroup(pgid: number, graceMs: number = DEFAULT_KILL_GRACE_MS): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  if (!groupAlive(pgid)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let giveUpAt = Number.POSITIVE_INFINITY;
    const finish = () => {
      clearInterval(poll);
      clearTimeout(grace);
      resolve();
    };
    const poll = setInterval(() => {
      if (!groupAlive(pgid) || Date.now() > giveUpAt) finish();
    }, POLL_MS);
    const grace = setTimeout(() => {
      signalGroup(pgid, 'SIGKILL');
      giveUpAt = Date.now() + AFTER_KILL_MS;
    }, graceMs);
  });
}

/** Resolves when both output streams of `child` have ended, or after `ms`, whichever is first. */
export function streamsEnded(child: ChildProcess, ms: number): Promise<void> {
  const ended = (stream: NodeJS.ReadableStream | null) =>
    stream === null || (stream as { readableEnded?: boolean; destroyed?: boolean }).readableEnded === true || (stream as { destroyed?: boolean }).destroyed === true
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          stream.once('end', resolve);
          stream.once('close', resolve);
        });
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    void Promise.all([ended(child.stdout), ended(child.stderr)]).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
