/** One running worker process: its requests, its answers, its chatter and its end. */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { TextTail, tailLines } from '../command/tail.js';
import { workerMessages, shortLine } from '../messages.js';
import { endGroup, signalGroup, spawnGroup, streamsEnded } from '../process.js';
import { parseWorkerLine, type WorkerAnswer } from './protocol.js';

/** Characters of stderr kept for error messages. */
const KEEP_CHARS = 64 * 1024;
/** Milliseconds to wait for a worker's output after its group ended (only a process that left the group can hold it open). */
const STREAM_DRAIN_MS = 1000;

/** How a worker ended: its exit code or signal, or why it could not start. */
export interface WorkerExit {
  readonly code: number | null;
  readonly signal: string | null;
  /** Set when the process could not be started at all (no shell, no such cwd). */
  readonly spawnError?: string;
}

/** What a request got back. */
export type WorkerReply =
  | WorkerAnswer
  | { readonly kind: 'invalid'; readonly line: string }
  | { readonly kind: 'exit'; readonly exit: WorkerExit };

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
export class WorkerProcess {
  private readonly child: ChildProcess;
  private readonly stderr = new TextTail(KEEP_CHARS);
  private readonly startedAt: number;
  private pending: { readonly id: number; readonly settle: (reply: WorkerReply) => void } | null = null;
  private ending: Promise<void> | null = null;
  private answered = false;
  private ready = false;
  private exit: WorkerExit | null = null;
  /** The last stdout line that was not an answer, for the timeout message. */
  lastChatter: string | null = null;
  /** Settles once the worker has exited, its group is gone and its output is read. */
  readonly over: Promise<WorkerExit>;

  constructor(private readonly options: WorkerProcessOptions) {
    this.startedAt = options.clock();
    this.child = spawnGroup({
      command: options.command,
      env: options.env,
      shell: options.shell,
      stdin: true,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    });
    // A worker that dies makes the next write fail with EPIPE; its exit tells the story instead.
    this.child.stdin?.on('error', () => undefined);
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr.push(chunk);
    });
    if (this.child.stdout !== null) {
      createInterface({ input: this.child.stdout, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => this.onLine(line));
    }
    this.over = new Promise<WorkerExit>((resolve) => {
      const finish = (exit: WorkerExit) => {
        this.exit = exit;
        const pending = this.pending;
        this.pending = null;
        pending?.settle({ kind: 'exit', exit });
        resolve(exit);
      };
      this.child.once('error', (error) => {
        if (this.child.pid === undefined) finish({ code: null, signal: null, spawnError: error.message });
      });
      this.child.once('exit', (code, signal) => {
        const drained = () => streamsEnded(this.child, STREAM_DRAIN_MS);
        this.end().then(drained, drained).then(() => finish({ code, signal }));
      });
    });
  }

  /** True until the worker is known to have exited or been told to end. */
  get alive(): boolean {
    return this.exit === null && this.ending === null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines of the worker's stderr. */
  stderrTail(): string[] {
    return tailLines(this.stderr.toString());
  }

  /** Writes request `line` (whose id is `id`) and resolves with the answer, an invalid answer, or the worker's exit. */
  ask(id: number, line: string): Promise<WorkerReply> {
    if (this.pending !== null) throw new Error('WorkerProcess.ask: a request is already in flight');
    if (this.exit !== null) return Promise.resolve({ kind: 'exit', exit: this.exit });
    return new Promise<WorkerReply>((resolve) => {
      this.pending = {
        id,
        settle: (reply) => {
          this.pending = null;
          resolve(reply);
        },
      };
      this.child.stdin?.write(`${line}\n`);
    });
  }

  /** Ends the worker's process group now: SIGTERM, SIGKILL after the grace. Resolves when the group is gone. */
  end(): Promise<void> {
    if (this.ending === null) {
      const pid = this.child.pid;
      this.ending = pid === undefined ? Promise.resolve() : endGroup(pid, this.options.killGraceMs);
    }
    return this.ending;
  }

  /** Closes stdin ("exit"), gives the worker `eofGraceMs` to exit, then ends its group; resolves when all is over. */
  async close(eofGraceMs: number): Promise<void> {
    this.child.stdin?.end();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, eofGraceMs);
    });
    await Promise.race([this.over, late.then(() => this.end())]);
    clearTimeout(timer);
    await this.over;
  }

  /** SIGKILLs the worker's whole group now (nothing once it is over: its pid may belong to someone else by then). */
  kill(): void {
    if (this.child.pid !== undefined && this.exit === null) signalGroup(this.child.pid, 'SIGKILL');
  }

  private onLine(line: string): void {
    const pending = this.pending;
    const parsed = parseWorkerLine(line, pending?.id ?? null);
    if (parsed.kind === 'ready') {
      if (!this.ready) this.options.log(workerMessages.ready(this.options.slot, this.options.clock() - this.startedAt));
      this.ready = true;
      return;
    }
    if (parsed.kind === 'chatter' || pending === null) {
      if (line.trim() === '') return;
      this.lastChatter = shortLine(line);
      this.options.log(workerMessages.chatter(this.options.slot, this.lastChatter));
      return;
    }
    if (parsed.kind === 'invalid') return pending.settle({ kind: 'invalid', line: shortLine(line) });
    if (!this.answered && !this.ready) this.options.log(workerMessages.firstAnswer(this.options.slot, this.options.clock() - this.startedAt));
    this.answered = true;
    pending.settle(parsed);
  }
}
