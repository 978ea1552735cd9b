/**
 * The command runner: each trial runs the user's shell command with the lr, steps and seed filled in,
 * and reads the validation loss from the last line it prints. Makes lr-sweep framework-agnostic.
 */
import type { ChildProcess } from 'node:child_process';
import { TrialError } from '../../errors.js';
import type { TrialOutcome, TrialRequest, TrialRunner } from '../../search/types.js';
import { runnerMessages } from '../messages.js';
import { DEFAULT_KILL_GRACE_MS, endGroup, signalGroup, spawnGroup, streamsEnded } from '../process.js';
import { deviceEnv, slotCount } from '../devices.js';
import { SlotPool } from '../slots.js';
import { lastNonEmptyLine, parseLossLine } from './parse-loss.js';
import { TextTail, tailLines } from './tail.js';
import { SLOT_ENV, expandTemplate, trialEnv, trialValues } from './template.js';

export { expandTemplate, trialValues, trialEnv, TRIAL_ENV, SLOT_ENV } from './template.js';
export { parseLossLine, lastNonEmptyLine } from './parse-loss.js';

/** Options for {@link createCommandRunner}. */
export interface CommandRunnerOptions {
  /** The command template, run with `/bin/sh -c`; `{lr}`, `{steps}` and `{seed}` are replaced. */
  readonly command: string;
  /** Working directory of every trial. Default: this process's cwd. */
  readonly cwd?: string;
  /** Base environment of every trial (LR_SWEEP_LR, _STEPS, _SEED and _SLOT are added). Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Seconds a trial may run before its whole process group is stopped. Default: no limit. */
  readonly trialTimeout?: number;
  /** Milliseconds between SIGTERM and SIGKILL when stopping a trial. Default 2000. */
  readonly killGraceMs?: number;
  /** The shell. Default '/bin/sh'. */
  readonly shell?: string;
  /** Trials run at once at most; more wait for a free slot. A whole number >= 1. Default: one per device, else no limit. */
  readonly slots?: number;
  /** Devices, one per slot: a trial in slot i gets CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE = `devices[i]`. Default: none. */
  readonly devices?: readonly string[];
  /** How `devices` is named in messages. Default 'devices'. */
  readonly devicesInput?: string;
  /** How `trialTimeout` is named in messages (`--trial-timeout`, `the trial-timeout input`). Default 'trial-timeout'. */
  readonly trialTimeoutOption?: string;
}

/** Characters of each stream kept per trial (the loss line and the error tail need only the end). */
const KEEP_CHARS = 64 * 1024;

/** Milliseconds to wait for a trial's output after its group ended (only a process that left the group can hold it open). */
const STREAM_DRAIN_MS = 1000;

/**
 * A {@link TrialRunner} that runs a shell command per trial. Trials are independent processes, so
 * several may run at once; each gets `LR_SWEEP_SLOT`, the lowest slot number (0-based) no running trial
 * holds. Each trial leads its own process group: when the trial's shell exits, the group is ended at
 * once (SIGTERM, SIGKILL after the grace), so background children never outlive it. A non-zero exit,
 * unparseable output or a timeout rejects with a `TrialError` naming the lr, the command and the tail of
 * its stderr; an aborted `request.signal` ends the group and rejects with `signal.reason`.
 *
 * The lr = 0 trial is run with `{steps}` = 0: the command must then evaluate the untrained model,
 * which gives L(0). A plain `for step in range(steps)` loop does exactly that.
 * @example createCommandRunner({ command: 'python train.py --lr {lr} --steps {steps} --seed {seed}' })
 */
export function createCommandRunner(options: CommandRunnerOptions): TrialRunner & { readonly identity: string } {
  if (options.trialTimeout !== undefined && !(options.trialTimeout > 0 && Number.isFinite(options.trialTimeout))) {
    throw new RangeError(`createCommandRunner: trialTimeout must be a number of seconds > 0, got ${options.trialTimeout}`);
  }
  const grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  /** Running trials: how to stop each, and a promise that settles once it is over and its group gone. */
  const active = new Map<ChildProcess, { readonly stop: () => void; readonly over: Promise<void> }>();
  const ending = new WeakMap<ChildProcess, Promise<void>>();
  const limit = options.slots === undefined && options.devices === undefined ? Number.POSITIVE_INFINITY : slotCount(options.slots, options.devices, options.devicesInput);
  const slots = new SlotPool();
  let running = 0;
  const waiting: Array<() => void> = [];

  /** Resolves once fewer than `limit` trials run (or rejects with the signal's reason if it aborts first). */
  function admit(signal: AbortSignal | undefined): Promise<void> {
    if (running < limit) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        running += 1;
        resolve();
      };
      const onAbort = () => {
        waiting.splice(waiting.indexOf(wake), 1);
        reject(signal?.reason);
      };
      waiting.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  function leave(): void {
    running -= 1;
    if (running < limit) waiting.shift()?.();
  }

  /** Ends the trial's process group, once however often it is asked. */
  function end(child: ChildProcess): Promise<void> {
    let promise = ending.get(child);
    if (promise === undefined) {
      promise = child.pid === undefined ? Promise.resolve() : endGroup(child.pid, grace);
      ending.set(child, promise);
    }
    return promise;
  }

  return {
    identity: `command:${options.command}`,

    async run(lr: number, request: TrialRequest): Promise<TrialOutcome> {
      const values = trialValues(lr, request.steps, request.seed);
      const command = expandTemplate(options.command, values);
      const { signal } = request;
      if (signal?.aborted === true) throw signal.reason;
      await admit(signal);
      try {
        return await runTrial(lr, request, values, command);
      } finally {
        leave();
      }
    },

    async close(): Promise<void> {
      const trials = [...active.values()];
      for (const trial of trials) trial.stop();
      await Promise.all(trials.map((trial) => trial.over));
    },

    kill(): void {
      for (const child of active.keys()) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
    },
  };

  function runTrial(lr: number, request: TrialRequest, values: ReturnType<typeof trialValues>, command: string): Promise<TrialOutcome> {
    const { signal } = request;
    const slot = slots.take();
    const env = { ...trialEnv(options.env ?? process.env, values), [SLOT_ENV]: String(slot), ...deviceEnv(slot, options.devices) };
    return new Promise<TrialOutcome>((resolve, reject) => {
      const child = spawnGroup({ command, env, shell: options.shell ?? '/bin/sh', ...(options.cwd === undefined ? {} : { cwd: options.cwd }) });
      let over = () => {};
      active.set(child, { stop: () => stop('close'), over: new Promise<void>((done) => (over = done)) });
      const stdout = new TextTail(KEEP_CHARS);
      const stderr = new TextTail(KEEP_CHARS);
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
      let stoppedBy: 'timeout' | 'abort' | 'close' | null = null;
      const stop = (why: 'timeout' | 'abort' | 'close') => {
        stoppedBy ??= why;
        void end(child);
      };
      const timer =
        options.trialTimeout === undefined ? undefined : setTimeout(() => stop('timeout'), options.trialTimeout * 1000);
      const onAbort = () => stop('abort');
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        active.delete(child);
        slots.give(slot);
        over();
      };
      const fail = (message: string) => reject(new TrialError(message, lr));
      child.once('error', (error) => {
        settle();
        fail(runnerMessages.spawnFailed(values.lr, command, error.message));
      });
      child.once('exit', (code, exitSignal) => {
        // The shell is gone: end its group now, so background children (data loaders, `cmd &`) die with the
        // trial and release the pipes, then read the streams to their end.
        const finish = () => {
          settle();
          child.stdout?.destroy();
          child.stderr?.destroy();
          const tail = tailLines(stderr.toString());
          if (stoppedBy === 'abort') return reject(signal?.reason);
          if (stoppedBy === 'timeout') return fail(runnerMessages.timedOut(values.lr, command, options.trialTimeout ?? 0, tail, options.trialTimeoutOption));
          if (stoppedBy === 'close') return fail(runnerMessages.stopped(values.lr, command));
          if (exitSignal !== null) return fail(runnerMessages.killedBySignal(values.lr, command, exitSignal, tail));
          if (code !== 0) return fail(runnerMessages.exitedNonZero(values.lr, command, code ?? -1, tail));
          const line = lastNonEmptyLine(stdout.toString());
          if (line === null) return fail(runnerMessages.noOutput(values.lr, command, tail));
          const parsed = parseLossLine(line);
          if (parsed === null) return fail(runnerMessages.unparseable(values.lr, command, line.length > 200 ? `${line.slice(0, 199)}…` : line));
          resolve(parsed);
        };
        end(child)
          .then(() => streamsEnded(child, STREAM_DRAIN_MS))
          .then(finish, finish);
      });
    });
  }
}
