import { type WorkerAnswer } from './protocol.js';
/** How a worker ended: its exit code or signal, or why it could not start. */
export interface WorkerExit {
    readonly code: number | null;
    readonly signal: string | null;
    /** Set when the process could not be started at all (no shell, no such cwd). */
    readonly spawnError?: string;
}
/** What a request got back. */
export type WorkerReply = WorkerAnswer | {
    readonly kind: 'invalid';
    readonly line: string;
} | {
    readonly kind: 'exit';
    readonly exit: WorkerExit;
};
/** Options for {@link WorkerProcess}. */
export interface WorkerProcessOptions {
    /** The worker command, run with `<shell> -c`. */
    readonly command: string;
    /** The complete environment (LR_SWEEP_WORKER and LR_SWEEP_SLOT included). */
    readonly env: Readonly<Record<string, string>>;
    /** Working directory. Default: this process's cwd. */
    readonly cwd?: string;
    /** The shell. */
    readonly shell: string;
    /** The slot this worker serves, for log lines. */
    readonly slot: number;
    /** Milliseconds between SIGTERM and SIGKILL when the worker's group is ended. */
    readonly killGraceMs: number;
    /** Receives chatter and start-up lines. */
    readonly log: (line: string) => void;
    /** Milliseconds clock. */
    readonly clock: () => number;
}
/**
 * A worker started in its own process group, with at most one request in flight. Once the worker's
 * leader exits its group is ended at once, so nothing it started outlives it.
 */
export declare class WorkerProcess {
    private readonly options;
    private readonly child;
    private readonly stderr;
    private readonly startedAt;
    private pending;
    private ending;
    private answered;
    private ready;
    private exit;
    /** The last stdout line that was not an answer, for the timeout message. */
    lastChatter: string | null;
    /** Settles once the worker has exited, its group is gone and its output is read. */
    readonly over: Promise<WorkerExit>;
    constructor(options: WorkerProcessOptions);
    /** True until the worker is known to have exited or been told to end. */
    get alive(): boolean;
    /** The last lines of the worker's stderr. */
    stderrTail(): string[];
    /** Writes request `line` (whose id is `id`) and resolves with the answer, an invalid answer, or the worker's exit. */
    ask(id: number, line: string): Promise<WorkerReply>;
    /** Ends the worker's process group now: SIGTERM, SIGKILL after the grace. Resolves when the group is gone. */
    end(): Promise<void>;
    /** Closes stdin ("exit"), gives the worker `eofGraceMs` to exit, then ends its group; resolves when all is over. */
    close(eofGraceMs: number): Promise<void>;
    /** SIGKILLs the worker's whole group now (nothing once it is over: its pid may belong to someone else by then). */
    kill(): void;
    private onLine;
}
