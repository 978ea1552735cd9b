/**
 * The worker runner (`--worker`): the user's command is started once per parallel slot and kept for the
 * whole search; each trial is one JSON request on its stdin and one JSON answer on its stdout. Start-up
 * (imports, CUDA, data loading) is paid once per slot instead of once per trial.
 */
import { TrialError } from '../../errors.js';
import { deviceEnv, slotCount } from '../devices.js';
import type { TrialOutcome, TrialRequest, TrialRunner } from '../../search/types.js';
import { SLOT_ENV, trialValues } from '../command/template.js';
import { workerMessages } from '../messages.js';
import { DEFAULT_KILL_GRACE_MS } from '../process.js';
import { requestLine, type WorkerAnswer } from './protocol.js';
import { WorkerProcess } from './worker.js';

export { workerHelperPath } from './helper.js';
export { type WorkerLine, type WorkerAnswer } from './protocol.js';

/** Options for {@link createWorkerRunner}. */
export interface WorkerRunnerOptions {
  /** The worker command, run with `<shell> -c` once per slot; no placeholders are replaced. */
  readonly command: string;
  /** Working directory of every worker. Default: this process's cwd. */
  readonly cwd?: string;
  /** Base environment of every worker (LR_SWEEP_WORKER=1 and LR_SWEEP_SLOT are added). Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Workers at most, one per slot; trials run at once up to this many. A whole number >= 1. Default: one per device, else 1. */
  readonly slots?: number;
  /** Devices, one per slot: slot i's worker gets CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE = `devices[i]`. Default: none (environment unchanged). */
  readonly devices?: readonly string[];
  /** How `devices` is named in messages. Default 'devices'. */
  readonly devicesInput?: string;
  /** How `trialTimeout` is named in messages (`--trial-timeout`, `the trial-timeout input`). Default 'trial-timeout'. */
  readonly trialTimeoutOption?: string;
  /**
   * Turns an answer (the whole JSON object, its `loss` already read) into the trial's outcome; may throw to fail
   * the trial. For runners that speak this contract with extra keys. Default: `{ loss, diverged }`.
   */
  readonly answer?: (answer: WorkerAnswer, lr: number) => TrialOutcome;
  /** Seconds a trial may take to be answered, a fresh worker's start-up included. Default 600. */
  readonly trialTimeout?: number;
  /** Receives the workers' start-up times, restarts and every stdout line that is not an answer. Default: dropped. */
  readonly log?: (line: string) => void;
  /** The shell. Default '/bin/sh'. */
  readonly shell?: string;
  /** Milliseconds between SIGTERM and SIGKILL when a worker's process group is ended. Default 2000. */
  readonly killGraceMs?: number;
}

/** Default seconds a worker trial may take, start-up included. */
const DEFAULT_WORKER_TRIAL_TIMEOUT = 600;
/** Milliseconds a worker gets to exit after its stdin closed, before its group is ended. */
const WORKER_EOF_GRACE_MS = 5000;
/** Variable set to "1" in a worker's environment. */
const WORKER_ENV = 'LR_SWEEP_WORKER';

/**
 * A {@link TrialRunner} over persistent workers. Each `run()` takes the lowest free slot (waiting for one
 * when all are busy), starts that slot's worker if it is not running, writes
 * `{"id", "lr", "steps", "seed"}` and resolves with the next stdout line that is a JSON object with that id
 * and a `loss` key (null, NaN or ±Infinity: diverged). Other stdout lines go to `log`. A worker that dies
 * during a trial is restarted and the trial retried once; a second death, an answer whose loss is not a
 * number, or no answer within `trialTimeout` rejects with a `TrialError` naming the lr, the command and the
 * tail of the worker's stderr. An aborted `request.signal` ends the slot's worker and rejects with the
 * signal's reason. `close()` closes every worker's stdin and ends its group 5 s later if it has not exited;
 * `kill()` SIGKILLs every worker's group. After either, running trials reject as stopped and nothing restarts.
 * @example
 * const runner = createWorkerRunner({ command: 'python worker.py', slots: 2, log: console.error });
 */
export function createWorkerRunner(options: WorkerRunnerOptions): TrialRunner & { readonly identity: string } {
  const slots = slotCount(options.slots, options.devices, options.devicesInput);
  const timeout = options.trialTimeout ?? DEFAULT_WORKER_TRIAL_TIMEOUT;
  if (!(timeout > 0 && Number.isFinite(timeout))) {
    throw new RangeError(`createWorkerRunner: trialTimeout must be a number of seconds > 0, got ${options.trialTimeout}`);
  }
  const log = options.log ?? (() => undefined);
  const clock = () => performance.now();
  const workers = new Array<WorkerProcess | undefined>(slots);
  const busy = new Array<boolean>(slots).fill(false);
  const waiting: Array<() => void> = [];
  let nextId = 1;
  let closed = false;

  function start(slot: number): WorkerProcess {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(options.env ?? process.env)) if (value !== undefined) env[key] = value;
    env[WORKER_ENV] = '1';
    env[SLOT_ENV] = String(slot);
    Object.assign(env, deviceEnv(slot, options.devices));
    const worker = new WorkerProcess({
      command: options.command,
      env,
      shell: options.shell ?? '/bin/sh',
      slot,
      killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
      log,
      clock,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    });
    workers[slot] = worker;
    return worker;
  }

  /** The lowest free slot, once there is one; rejects with the signal's reason if it aborts meanwhile. */
  function acquire(signal: AbortSignal | undefined): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const tryTake = (): boolean => {
        const slot = busy.indexOf(false);
        if (slot < 0) return false;
        busy[slot] = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(slot);
        return true;
      };
      const onAbort = () => {
        const at = waiting.indexOf(wake);
        if (at >= 0) waiting.splice(at, 1);
        reject(signal?.reason);
      };
      // Put back at the head of the queue when another run took the slot first.
      const wake = () => void (tryTake() || waiting.unshift(wake));
      if (tryTake()) return;
      waiting.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  function release(slot: number): void {
    busy[slot] = false;
    waiting.shift()?.();
  }

  async function trial(slot: number, lr: number, request: TrialRequest): Promise<TrialOutcome> {
    const values = trialValues(lr, request.steps, request.seed);
    const { signal } = request;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (closed) throw new TrialError(workerMessages.stopped(values.lr, options.command), lr);
      const current = workers[slot];
      const worker = current !== undefined && current.alive ? current : start(slot);
      let stoppedBy: 'timeout' | 'abort' | null = null;
      const stop = (why: 'timeout' | 'abort') => {
        stoppedBy ??= why;
        void worker.end();
      };
      const timer = setTimeout(() => stop('timeout'), timeout * 1000);
      const onAbort = () => stop('abort');
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted === true) onAbort();
      const id = nextId;
      nextId += 1;
      const reply = await worker.ask(id, requestLine(id, lr, Number(values.steps), request.seed));
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (stoppedBy === 'abort') {
        await worker.end();
        throw signal?.reason;
      }
      if (stoppedBy === 'timeout') {
        await worker.over;
        throw new TrialError(workerMessages.timedOut(values.lr, options.command, timeout, worker.lastChatter, worker.stderrTail(), options.trialTimeoutOption), lr);
      }
      if (reply.kind === 'answer') return options.answer ? options.answer(reply, lr) : { loss: reply.loss, diverged: reply.diverged };
      if (reply.kind === 'invalid') throw new TrialError(workerMessages.invalidAnswer(values.lr, options.command, reply.line), lr);
      const { exit } = reply;
      if (exit.spawnError !== undefined) throw new TrialError(workerMessages.spawnFailed(values.lr, options.command, exit.spawnError), lr);
      if (closed) throw new TrialError(workerMessages.stopped(values.lr, options.command), lr);
      if (attempt === 0) log(workerMessages.restarting(slot, values.lr, exit.code, exit.signal));
      else throw new TrialError(workerMessages.diedTwice(values.lr, options.command, exit.code, exit.signal, worker.stderrTail()), lr);
    }
    throw new Error('unreachable');
  }

  return {
    identity: `worker:${options.command}`,

    async run(lr: number, request: TrialRequest): Promise<TrialOutcome> {
      const { signal } = request;
      if (signal?.aborted === true) throw signal.reason;
      if (closed) throw new TrialError(workerMessages.stopped(String(lr), options.command), lr);
      const slot = await acquire(signal);
      try {
        return await trial(slot, lr, request);
      } finally {
        release(slot);
      }
    },

    async close(): Promise<void> {
      closed = true;
      await Promise.all(workers.map((worker) => worker?.close(WORKER_EOF_GRACE_MS)));
    },

    kill(): void {
      closed = true;
      for (const worker of workers) worker?.kill();
    },
  };
}
