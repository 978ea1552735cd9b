import { chmod, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InterruptedError, TrialError } from '../../src/errors.js';
import { runnerMessages } from '../../src/runners/messages.js';
import {
  SLOT_ENV,
  TRIAL_ENV,
  createCommandRunner,
  expandTemplate,
  lastNonEmptyLine,
  parseLossLine,
  trialEnv,
  trialValues,
} from '../../src/runners/command/index.js';
import { tailLines } from '../../src/runners/command/tail.js';

const request = { steps: 20, seed: 7 };

// Captured before any test fakes the timers, so polling here keeps real time while the runner's timers wait for the test.
const realSetTimeout = globalThis.setTimeout;
const pause = (ms: number): Promise<void> => new Promise((r) => realSetTimeout(r, ms));

/** Whether `pid` still runs (not gone, not a zombie) after waiting up to `ms` for it to end. */
async function runningAfter(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited <= ms; waited += 50) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    // Field 3 is the state; Z is a zombie, already dead but not yet reaped by PID 1.
    if (stat === null || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    await pause(50);
  }
  return true;
}

/** The contents of `path` once the trial has written it (its readiness signal); fails after `limitMs` of real time. */
async function whenWritten(path: string, limitMs = 30_000): Promise<string> {
  for (let waited = 0; waited <= limitMs; waited += 20) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.endsWith('\n')) return text;
    await pause(20);
  }
  throw new Error(`the trial never wrote ${path}`);
}

/**
 * Makes the runner's timeout and kill-grace timers fire only when the test says so (vi.advanceTimersByTime),
 * so a slow, loaded machine cannot fire them before the trial has started its children.
 */
function controlTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

async function trialError(promise: Promise<unknown>): Promise<TrialError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TrialError);
    return error as TrialError;
  }
  throw new Error('expected a TrialError');
}

describe('template', () => {
  it('expandTemplate(template, values) replaces every placeholder and leaves other braces alone', () => {
    const v = trialValues(0.001, 20, 3);
    expect(expandTemplate('t --lr {lr} --lr2={lr} --steps {steps} --seed {seed} ${HOME} {other}', v)).toBe(
      't --lr 0.001 --lr2=0.001 --steps 20 --seed 3 ${HOME} {other}',
    );
  });

  it('trialValues(lr, steps, seed) passes the requested steps through (the search asks for 0 at lr = 0)', () => {
    expect(trialValues(0, 0, 1)).toEqual({ lr: '0', steps: '0', seed: '1' });
    expect(trialValues(1e-3, 20, 1).steps).toBe('20');
  });

  it('trialEnv(base, values) adds LR_SWEEP_LR, LR_SWEEP_STEPS and LR_SWEEP_SEED to the base environment', () => {
    const env = trialEnv({ PATH: '/bin', UNSET: undefined }, trialValues(1e-5, 30, 2));
    expect(env).toEqual({ PATH: '/bin', [TRIAL_ENV.lr]: '0.00001', [TRIAL_ENV.steps]: '30', [TRIAL_ENV.seed]: '2' });
  });
});

describe('parseLossLine', () => {
  it('parseLossLine(line) reads plain numbers as finite losses', () => {
    expect(parseLossLine('0.4213')).toEqual({ loss: 0.4213, diverged: false });
    expect(parseLossLine('4.2e-1')).toEqual({ loss: 0.42, diverged: false });
    expect(parseLossLine('-1.5')).toEqual({ loss: -1.5, diverged: false });
  });

  it('parseLossLine(line) reads nan and inf in any case as diverged', () => {
    for (const line of ['nan', 'NaN', 'NAN', '-nan', 'inf', 'Inf', '-inf', '+INF', 'Infinity', '-Infinity']) {
      const parsed = parseLossLine(line);
      expect(parsed?.diverged).toBe(true);
      expect(Number.isFinite(parsed?.loss)).toBe(false);
    }
    expect(parseLossLine('-inf')?.loss).toBe(Number.NEGATIVE_INFINITY);
  });

  it('parseLossLine(line) reads a JSON object with a loss field, including null and Python\'s bare NaN', () => {
    expect(parseLossLine('{"loss": 0.25, "acc": 0.9}')).toEqual({ loss: 0.25, diverged: false });
    expect(parseLossLine('{"loss": null}')?.diverged).toBe(true);
    expect(parseLossLine('{"step": 20, "loss": NaN}')?.diverged).toBe(true);
    expect(parseLossLine('{"loss": Infinity}')?.loss).toBe(Number.POSITIVE_INFINITY);
    expect(parseLossLine('{"loss": "nan"}')?.diverged).toBe(true);
    expect(parseLossLine('{"loss": 3.5, "diverged": true}')).toEqual({ loss: 3.5, diverged: true });
  });

  it('parseLossLine(line) returns null for anything else', () => {
    for (const line of ['tensor(0.4213)', 'loss: 0.4', '0x10', '', '{"acc": 0.9}', '{"loss": "low"}', '[0.4]', '{"loss": 1, "diverged": "yes"}', '{bad json']) {
      expect(parseLossLine(line)).toBeNull();
    }
  });

  it('lastNonEmptyLine(text) skips trailing blank lines and handles CRLF', () => {
    expect(lastNonEmptyLine('step 1\nstep 2\n0.5\n\n  \n')).toBe('0.5');
    expect(lastNonEmptyLine('a\r\n0.7\r\n')).toBe('0.7');
    expect(lastNonEmptyLine(' \n\n')).toBeNull();
  });

  it('tailLines(text) keeps the last lines and cuts long ones', () => {
    const text = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    expect(tailLines(text, 3)).toEqual(['line 17', 'line 18', 'line 19']);
    expect(tailLines('x'.repeat(500), 8, 10)).toEqual([`${'x'.repeat(9)}…`]);
  });
});

describe('createCommandRunner', () => {
  let dir = '';
  afterEach(() => {
    vi.useRealTimers();
  });
  /** A shell that takes a second to start, as on a loaded machine: the timeouts below must still wait for the trial. */
  let slowShell = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-cmd-'));
    slowShell = join(dir, 'slow-sh');
    await writeFile(slowShell, '#!/bin/sh\nsleep 1\nexec /bin/sh "$@"\n');
    await chmod(slowShell, 0o755);
  });
  const shells = [
    ['/bin/sh', () => '/bin/sh'],
    ['a shell that is slow to start', () => slowShell],
  ] as const;
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runner.run(lr) fills the placeholders and reads the last stdout line', async () => {
    const runner = createCommandRunner({ command: 'echo "progress..."; echo "{lr} {steps} {seed}" >&2; echo {lr}' });
    expect(await runner.run(0.25, request)).toEqual({ loss: 0.25, diverged: false });
  });

  it('runner.run(lr) passes the same values in LR_SWEEP_* and runs in cwd', async () => {
    const runner = createCommandRunner({
      command: 'printf "%s %s %s %s\\n" "$LR_SWEEP_LR" "$LR_SWEEP_STEPS" "$LR_SWEEP_SEED" "$(pwd)" > seen.txt; echo 1',
      cwd: dir,
    });
    const lr = 10 ** -6.5;
    await runner.run(lr, request);
    const seen = (await readFile(join(dir, 'seen.txt'), 'utf8')).trim().split(' ');
    expect(seen.slice(0, 3)).toEqual([String(lr), '20', '7']);
    expect(Number(seen[0])).toBe(lr);
    expect(seen[3]).toBe(await realpath(dir));
  });

  it('runner.run(0, { steps: 0 }) runs the command with the steps it is asked for', async () => {
    const runner = createCommandRunner({ command: 'echo {steps}' });
    expect((await runner.run(0, { ...request, steps: 0 })).loss).toBe(0);
  });

  it('runner.run(lr) keeps the user\'s shell quoting intact', async () => {
    const runner = createCommandRunner({ command: `node -e 'console.log(JSON.stringify({loss: Number(process.argv[1]) * 2}))' {lr}` });
    expect(await runner.run(0.125, request)).toEqual({ loss: 0.25, diverged: false });
  });

  it('runner.run(lr) reports nan and JSON null as diverged', async () => {
    expect((await createCommandRunner({ command: 'echo nan' }).run(1, request)).diverged).toBe(true);
    expect((await createCommandRunner({ command: `echo '{"loss": null}'` }).run(1, request)).diverged).toBe(true);
  });

  it('runner.run(lr) rejects a non-zero exit with the lr, the command and the tail of stderr', async () => {
    const runner = createCommandRunner({ command: 'for i in 1 2 3 4 5 6 7 8 9 10; do echo "err $i" >&2; done; exit 3 # {lr}' });
    const error = await trialError(runner.run(0.5, request));
    const command = 'for i in 1 2 3 4 5 6 7 8 9 10; do echo "err $i" >&2; done; exit 3 # 0.5';
    expect(error.lr).toBe(0.5);
    expect(error.message).toBe(runnerMessages.exitedNonZero('0.5', command, 3, tailLines(Array.from({ length: 10 }, (_, i) => `err ${i + 1}`).join('\n'))));
    expect(error.message).toContain('err 10');
    expect(error.message).not.toContain('err 2\n');
  });

  it('runner.run(lr) summarises binary stdout and stderr as <N bytes, not text> instead of echoing them', async () => {
    let error = await trialError(createCommandRunner({ command: "printf 'ab\\000\\001\\002cd'" }).run(0.1, request));
    // a, b, NUL, 0x01, 0x02, c, d: 7 bytes on the last stdout line.
    expect(error.message).toBe(runnerMessages.unparseable('0.1', "printf 'ab\\000\\001\\002cd'", 'ab\0\x01\x02cd'));
    expect(error.message).toContain('<7 bytes, not text>');
    expect(error.message).not.toContain('\0');
    error = await trialError(createCommandRunner({ command: "printf '\\377\\376\\000x' >&2; exit 1" }).run(0.1, request));
    expect(error.message).toMatch(/<\d+ bytes, not text>/);
    expect(error.message).not.toMatch(/[\0\uFFFD]/);
  });

  it('tailLines(text) summarises binary text in one line', () => {
    expect(tailLines('ok\n\0\0\0')).toEqual(['<6 bytes, not text>']);
  });

  it('runner.run(lr) rejects unparseable output and empty output', async () => {
    let error = await trialError(createCommandRunner({ command: 'echo "tensor(0.42)"' }).run(0.1, request));
    expect(error.message).toBe(runnerMessages.unparseable('0.1', 'echo "tensor(0.42)"', 'tensor(0.42)'));
    error = await trialError(createCommandRunner({ command: 'echo oops >&2' }).run(0.1, request));
    expect(error.message).toBe(runnerMessages.noOutput('0.1', 'echo oops >&2', ['oops']));
  });

  it.each(shells)('runner.run(lr) stops a trial that exceeds the timeout, with its whole process group (%s)', async (name, shell) => {
    controlTimers();
    const pidFile = join(dir, `grandchild-${name.length}.pid`);
    const ready = join(dir, `timeout-${name.length}.ready`);
    const command = `sleep 30 & echo $! > ${pidFile}; echo started >&2; echo > ${ready}; wait`;
    const runner = createCommandRunner({ command, trialTimeout: 0.5, killGraceMs: 200, shell: shell() });
    const pending = trialError(runner.run(0.01, request));
    await whenWritten(ready);
    const pid = Number(await whenWritten(pidFile));
    expect(await runningAfter(pid, 0)).toBe(true);
    vi.advanceTimersByTime(500);
    const error = await pending;
    expect(error.message).toBe(runnerMessages.timedOut('0.01', command, 0.5, ['started']));
    expect(await runningAfter(pid, 5000)).toBe(false);
  });

  it.each(shells)('runner.run(lr) escalates to SIGKILL when a trial ignores SIGTERM (%s)', async (name, shell) => {
    controlTimers();
    const pidFile = join(dir, `stubborn-${name.length}.pid`);
    const ready = join(dir, `stubborn-${name.length}.ready`);
    // An ignored signal stays ignored across exec, so the sleep ignores SIGTERM too.
    const command = `trap '' TERM; sleep 30 & echo $! > ${pidFile}; echo > ${ready}; wait; echo 1`;
    const runner = createCommandRunner({ command, trialTimeout: 0.3, killGraceMs: 200, shell: shell() });
    const pending = trialError(runner.run(0.01, request));
    await whenWritten(ready);
    const pid = Number(await whenWritten(pidFile));
    vi.advanceTimersByTime(300);
    // SIGTERM has been sent to the group and ignored: only the grace timer's SIGKILL ends it.
    expect(await runningAfter(pid, 300)).toBe(true);
    vi.advanceTimersByTime(200);
    const error = await pending;
    expect(error.message).toBe(runnerMessages.timedOut('0.01', command, 0.3, []));
    expect(await runningAfter(pid, 5000)).toBe(false);
  });

  it('runner.run(lr) runs trials in parallel without mixing their outputs', async () => {
    // Each trial sleeps a different time so the finish order differs from the start order.
    const runner = createCommandRunner({ command: 'sleep {lr}; echo "{lr}"' });
    const lrs = [0.1, 0.05, 0.2, 0.15, 0.01, 0.25];
    const outcomes = await Promise.all(lrs.map((lr) => runner.run(lr, request)));
    expect(outcomes.map((o) => o.loss)).toEqual(lrs);
  });

  it('runner.close() stops running trials, which reject as stopped', async () => {
    const ready = join(dir, 'close.ready');
    const command = `echo > ${ready}; sleep 30; echo 1`;
    const runner = createCommandRunner({ command, killGraceMs: 200 });
    const pending = trialError(runner.run(0.3, request));
    await whenWritten(ready);
    await runner.close?.();
    expect((await pending).message).toBe(runnerMessages.stopped('0.3', command));
  });

  it('runner.run(lr) ends a successful trial\'s background children before resolving, without a timed wait', async () => {
    // No fake timer is ever advanced: were the runner to wait for a timer (the old 0.5 s for the pipes, or the
    // kill grace), run() would never resolve. The background sleep holds stdout, as a data-loader worker does.
    controlTimers();
    const pidFile = join(dir, 'orphan.pid');
    const runner = createCommandRunner({ command: `sleep 30 & echo $! > ${pidFile}; echo 0.5` });
    expect(await runner.run(0.1, request)).toEqual({ loss: 0.5, diverged: false });
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(await runningAfter(pid, 0)).toBe(false);
  });

  it('runner.run(lr) also ends background children that do not hold its output', async () => {
    const pidFile = join(dir, 'quiet-orphan.pid');
    const runner = createCommandRunner({ command: `sleep 30 >/dev/null 2>&1 & echo $! > ${pidFile}; echo 0.5` });
    await runner.run(0.1, request);
    expect(await runningAfter(Number(await readFile(pidFile, 'utf8')), 0)).toBe(false);
  });

  it('runner.run(lr, {signal}) ends the trial\'s process group when the signal aborts and rejects with its reason', async () => {
    const pidFile = join(dir, 'abort.pid');
    const ready = join(dir, 'abort.ready');
    const runner = createCommandRunner({ command: `sleep 30 & echo $! > ${pidFile}; echo > ${ready}; wait; echo 1`, killGraceMs: 200 });
    const controller = new AbortController();
    const pending = runner.run(0.2, { ...request, signal: controller.signal });
    await whenWritten(ready);
    const pid = Number(await whenWritten(pidFile));
    const reason = new InterruptedError('SIGINT');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(await runningAfter(pid, 0)).toBe(false);
  });

  it('runner.run(lr, {signal}) rejects at once, starting nothing, when the signal has already aborted', async () => {
    const marker = join(dir, 'never.txt');
    const runner = createCommandRunner({ command: `echo > ${marker}; echo 1` });
    const reason = new InterruptedError('SIGTERM');
    await expect(runner.run(0.2, { ...request, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await expect(readFile(marker, 'utf8')).rejects.toThrow();
  });

  it('runner.kill() SIGKILLs running trials at once, even ones that ignore SIGTERM', async () => {
    controlTimers();
    const pidFile = join(dir, 'kill.pid');
    const ready = join(dir, 'kill.ready');
    const command = `trap '' TERM; sleep 30 & echo $! > ${pidFile}; echo > ${ready}; wait; echo 1`;
    const runner = createCommandRunner({ command });
    const pending = trialError(runner.run(0.4, request));
    await whenWritten(ready);
    const pid = Number(await whenWritten(pidFile));
    runner.kill?.();
    expect((await pending).message).toBe(runnerMessages.killedBySignal('0.4', command, 'SIGKILL', []));
    expect(await runningAfter(pid, 0)).toBe(false);
  });

  it('runner.run(lr) gives each running trial its own LR_SWEEP_SLOT, the lowest free one', async () => {
    const runner = createCommandRunner({ command: `sleep {lr}; echo "$${SLOT_ENV}"` });
    const first = await Promise.all([0.3, 0.1, 0.2].map((lr) => runner.run(lr, request)));
    expect(first.map((o) => o.loss).sort()).toEqual([0, 1, 2]);
    // All slots are free again: a lone trial gets slot 0.
    expect((await runner.run(0.01, request)).loss).toBe(0);
  });

  it('runner.identity names the command template', () => {
    expect(createCommandRunner({ command: 'python t.py --lr {lr}' }).identity).toBe('command:python t.py --lr {lr}');
  });

  it('runner.run(lr) reads a JSON loss printed by a script file', async () => {
    const script = join(dir, 'train.py.sh');
    await writeFile(script, 'echo "epoch 1"\necho \'{"loss": 0.5, "acc": 0.8}\'\n');
    expect(await createCommandRunner({ command: `sh ${script} --lr {lr}` }).run(1e-3, request)).toEqual({ loss: 0.5, diverged: false });
  });
});
