/**
 * Child processes for the process runners: a shell command started in its own process group, and the
 * ending of such a group (SIGTERM, then SIGKILL after a grace), so that no process a trial or a worker
 * started outlives it. Processes that leave the group (setsid, double fork into a new session) are out
 * of reach.
 */
import { type ChildProcess } from 'node:child_process';
/** Milliseconds between SIGTERM and SIGKILL when a group is ended. */
export declare const DEFAULT_KILL_GRACE_MS = 2000;
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
export declare function spawnGroup(options: SpawnGroupOptions): ChildProcess;
/** Sends `signal` to every process in group `pgid`; nothing when the group is gone. */
export declare function signalGroup(pgid: number, signal: NodeJS.Signals): void;
/**
 * True while a process of group `pgid` runs. Zombies do not count: where PID 1 does not reap orphans
 * (some containers), an ended background child stays a zombie in the group forever.
 */
export declare function groupAlive(pgid: number): boolean;
/**
 * Ends process group `pgid`: SIGTERM now, SIGKILL after `graceMs` if anything in it still runs.
 * Resolves once nothing in the group runs (so the leader has exited too), or one second after the
 * SIGKILL at the latest. Never rejects.
 */
export declare function endGroup(pgid: number, graceMs?: number): Promise<void>;
/** Resolves when both output streams of `child` have ended, or after `ms`, whichever is first. */
export declare function streamsEnded(child: ChildProcess, ms: number): Promise<void>;
