/**
 * The command runner: each trial runs the user's shell command with the lr, steps and seed filled in,
 * and reads the validation loss from the last line it prints. Makes lr-sweep framework-agnostic.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { TrialError } from '../../errors.js';
import type { TrialOutcome, TrialRequest, TrialRunner } from '../../search/types.js';
import { runnerMessages } from '../messages.js';
import { lastNonEmptyLine, parseLossLine } from './parse-loss.js';
import { TextTail, tailLines } from './tail.js';
import { expandTemplate, trialEnv, trialValues } from './template.js';

export { formatLr, expandTemplate, trialValues, trialEnv, TRIAL_ENV } from './template.js';
export { parseLossLine, lastNonEmptyLine } from './parse-loss.js';

/** Options for {@link createCommandRunner}. */
export interface CommandRunnerOptions {
  /** The command template, run with `/bin/sh -c`; `{lr}`, `{steps}` and `{seed}` are replaced. */
  readonly command: string;
  /** Working directory of every trial. Default: this process's cwd. */
  readonly cwd?: string;
  /** Base environment of every trial (LR_SWEEP_* are added). Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Seconds a trial may run before its whole process group is stopped. Default: no limit. */
  readonly trialTimeout?: number;
  /** Milliseconds between SIGTERM and SIGKILL when stopping a trial. Default 2000. */
  readonly killGraceMs?: number;
  /** The shell. Default '/bin/sh'. */
  readonly shell?: string;
}

/** Characters of each stream kept per trial (the loss line and the error tail need only the end). */
const KEEP_CHARS = 64 * 1024;

/**
 * A {@link TrialRunner} that runs a shell command per trial. Trials are independent processes, so
 * several may run at once. A non-zero exit, unparseable output or a timeout rejects with a
 * `TrialError` naming the lr, the command and the tail of its stderr.
 *
 * The lr = 0 trial is run with `{steps}` = 0: the command must then evaluate the untrained model,
 * which gives L(0). A plain `for step in range(steps)` loop does exactly that.
 * @example createCommandRunner({ command: 'python train.py --lr {lr} --steps {steps} --seed {seed}' })
 */
export function createCommandRunner(options: CommandRunnerOptions): TrialRunner {
  if (options.trialTimeout !== undefined && !(options.trialTimeout > 0 && Number.isFinite(options.trialTimeout))) {
    throw new RangeError(`createCommandRunner: trialTimeout must be a number of seconds > 0, got ${options.trialTimeout}`);
  }
  const active = new Set<ChildProcess>();
  const stopped = new WeakSet<ChildProcess>();
  const grace = options.killGraceMs ?? 2000;

  function stop(child: ChildProcess): void {
    stopped.add(child);
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), grace);
    timer.unref();
    child.once('exit', () => clearTimeout(timer));
  }

  return {
    run(lr: number, request: TrialRequest): Promise<TrialOutcome> {
      const values = trialValues(lr, request.steps, request.seed);
      const command = expandTemplate(options.command, values);
      const env = trialEnv(options.env ?? process.env, values);
      return new Promise<TrialOutcome>((resolve, reject) => {
        // detached: the trial leads its own process group, so a timeout stops its children too.
        const child = spawn(options.shell ?? '/bin/sh', ['-c', command], {
          cwd: options.cwd,
          env,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        active.add(child);
        const stdout = new TextTail(KEEP_CHARS);
        const stderr = new TextTail(KEEP_CHARS);
        child.stdout?.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
        child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
        let timedOut = false;
        const timer =
          options.trialTimeout === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop(child);
              }, options.trialTimeout * 1000);
        const fail = (message: string) => reject(new TrialError(message, lr));
        child.once('error', (error) => {
          if (timer !== undefined) clearTimeout(timer);
          active.delete(child);
          fail(runnerMessages.spawnFailed(values.lr, command, error.message));
        });
        child.once('exit', (code, signal) => {
          if (timer !== undefined) clearTimeout(timer);
          active.delete(child);
          // A background grandchild may keep the pipes open; give the streams a moment, then read.
          const finish = () => {
            child.stdout?.destroy();
            child.stderr?.destroy();
            const tail = tailLines(stderr.toString());
            if (timedOut) return fail(runnerMessages.timedOut(values.lr, command, options.trialTimeout ?? 0, tail));
            if (stopped.has(child)) return fail(runnerMessages.stopped(values.lr, command));
            if (signal !== null) return fail(runnerMessages.killedBySignal(values.lr, command, signal, tail));
            if (code !== 0) return fail(runnerMessages.exitedNonZero(values.lr, command, code ?? -1, tail));
            const line = lastNonEmptyLine(stdout.toString());
            if (line === null) return fail(runnerMessages.noOutput(values.lr, command, tail));
            const parsed = parseLossLine(line);
            if (parsed === null) return fail(runnerMessages.unparseable(values.lr, command, line.length > 200 ? `${line.slice(0, 199)}…` : line));
            resolve(parsed);
          };
          waitForStreams(child, 500).then(finish, finish);
        });
      });
    },

    async close(): Promise<void> {
      const children = [...active];
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              stop(child);
            }),
        ),
      );
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Resolves when both output streams have ended, or after `ms`, whichever is first. */
function waitForStreams(child: ChildProcess, ms: number): Promise<void> {
  const ended = (stream: NodeJS.ReadableStream | null) =>
    stream === null || (stream as { readableEnded?: boolean }).readableEnded === true
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
