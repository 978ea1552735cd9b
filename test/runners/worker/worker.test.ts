import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterruptedError, TrialError } from '../../../src/errors.js';
import { createCommandRunner } from '../../../src/runners/command/index.js';
import { workerMessages } from '../../../src/runners/messages.js';
import { createWorkerRunner, workerHelperPath, type WorkerRunnerOptions } from '../../../src/runners/worker/index.js';
import { search } from '../../../src/search/search.js';
import { resolveSettings } from '../../../src/search/settings.js';
import type { TrialRunner } from '../../../src/search/types.js';

const STANDIN = resolve('fixtures/worker/standin.py');
/** Debian's python3 when present: a pyenv shim on PATH costs about a second per start, which --command pays per trial. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const request = { steps: 20, seed: 0 };
/** A small search: lr = 0, the coarse grid 1e-5..10 (diverging past ~3) and two refinement trials. */
const settings = resolveSettings({ startLr: 1e-5, endLr: 10, maxTrials: 16 });

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Whether `pid` still runs (not gone, not a zombie) after waiting up to `ms` for it to end. */
async function runningAfter(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited <= ms; waited += 50) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (stat === null || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    await pause(50);
  }
  return true;
}

/** The pids in `path`, one a line, once it holds `count` of them; fails after 30 s. */
async function pidsIn(path: string, count = 1): Promise<number[]> {
  for (let waited = 0; waited <= 30_000; waited += 20) {
    const lines = (await readFile(path, 'utf8').catch(() => '')).split('\n').filter((l) => l !== '');
    if (lines.length >= count) return lines.map(Number);
    await pause(20);
  }
  throw new Error(`${path} never held ${count} pids`);
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

describe('createWorkerRunner', () => {
  let dir = '';
  const opened: TrialRunner[] = [];
  /** A runner closed after all tests, so a failing test leaves no worker behind. */
  function open(options: Partial<WorkerRunnerOptions> & Pick<WorkerRunnerOptions, 'command'>, lines: string[] = []) {
    const runner = createWorkerRunner({ slots: 1, killGraceMs: 300, log: (line) => lines.push(line), ...options });
    opened.push(runner);
    return runner;
  }
  /** Writes an executable node script and returns the command that runs it. */
  async function nodeWorker(name: string, body: string): Promise<string> {
    const path = join(dir, `${name}.mjs`);
    await writeFile(path, `import { createInterface } from 'node:readline';\n${body}\n`);
    await chmod(path, 0o755);
    return `node ${path}`;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-worker-'));
  });
  afterAll(async () => {
    await Promise.all(opened.map((runner) => runner.close?.()));
    await rm(dir, { recursive: true, force: true });
  });

  it('search() through createWorkerRunner gives the same samples and picks as through createCommandRunner, one worker start', async () => {
    const starts = join(dir, 'same.starts');
    const env = { ...process.env, STANDIN_STARTS: starts };
    const command = createCommandRunner({ command: `${PYTHON} ${STANDIN} --lr {lr} --steps {steps} --seed {seed}`, env });
    const viaCommand = await search(command, settings);
    const commandStarts = (await pidsIn(starts)).length;
    // The search skips coarse lrs past the blow-up, so the non-finite answer is asked for directly (lr 5).
    const blownCommand = await command.run(5, { steps: settings.steps, seed: settings.seed });
    await rm(starts);
    const worker = open({ command: `${PYTHON} ${STANDIN}`, env });
    const viaWorker = await search(worker, settings);
    const blownWorker = await worker.run(5, { steps: settings.steps, seed: settings.seed });
    await worker.close?.();
    expect(viaWorker.samples).toEqual(viaCommand.samples);
    expect(viaWorker.picks).toEqual(viaCommand.picks);
    expect([blownCommand.diverged || !Number.isFinite(blownCommand.loss), blownWorker.diverged || !Number.isFinite(blownWorker.loss)]).toEqual([true, true]);
    expect(commandStarts).toBe(viaCommand.trials);
    expect(await pidsIn(starts)).toHaveLength(1);
  });

  it('runner.run(lr) with slots 2 starts one worker per busy slot, each with LR_SWEEP_WORKER=1 and its own LR_SWEEP_SLOT', async () => {
    const command = await nodeWorker(
      'slots',
      `console.log(JSON.stringify({ started: process.env.LR_SWEEP_SLOT }));
createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, lr } = JSON.parse(line);
  setTimeout(() => console.log(JSON.stringify({ id, loss: Number(process.env.LR_SWEEP_SLOT) + (process.env.LR_SWEEP_WORKER === '1' ? 10 : 0) })), 200 * lr);
});`,
    );
    const lines: string[] = [];
    const runner = open({ command, slots: 2 }, lines);
    const losses = (await Promise.all([1, 0.5, 0.75, 0.25].map((lr) => runner.run(lr, request)))).map((o) => o.loss);
    expect(new Set(losses)).toEqual(new Set([10, 11]));
    expect(lines.filter((l) => l.includes('"started"')).sort()).toEqual([
      workerMessages.chatter(0, '{"started":"0"}'),
      workerMessages.chatter(1, '{"started":"1"}'),
    ]);
  });

  it('runner.run(lr) takes only the line with its id and a loss key as the answer; everything else is chatter, logged', async () => {
    const command = await nodeWorker(
      'chatter',
      `createInterface({ input: process.stdin }).on('line', (line) => {
  const { id } = JSON.parse(line);
  console.log('epoch 1/3');
  console.log(JSON.stringify({ loss: 9 }));
  console.log(JSON.stringify({ id: id + 100, loss: 8 }));
  console.log(JSON.stringify({ id }));
  console.log('[1, 2]');
  console.log(JSON.stringify({ id, loss: 0.25, acc: 0.9 }));
});`,
    );
    const lines: string[] = [];
    const runner = open({ command }, lines);
    expect(await runner.run(0.1, request)).toEqual({ loss: 0.25, diverged: false });
    expect(lines).toEqual(
      ['epoch 1/3', '{"loss":9}', '{"id":101,"loss":8}', '{"id":1}', '[1, 2]'].map((line) => workerMessages.chatter(0, line)).concat([expect.stringMatching(/^worker 0 answered its first trial/) as unknown as string]),
    );
  });

  it('runner.run(lr) reads null, NaN and Infinity as diverged', async () => {
    const command = await nodeWorker(
      'diverged',
      `const answers = ['null', 'NaN', 'Infinity', '-Infinity'];
createInterface({ input: process.stdin }).on('line', (line) => {
  const { id } = JSON.parse(line);
  console.log('{"id": ' + id + ', "loss": ' + answers[(id - 1) % 4] + '}');
});`,
    );
    const runner = open({ command });
    for (let i = 0; i < 4; i += 1) expect((await runner.run(1, request)).diverged).toBe(true);
  });

  it.each([
    ['a string', '"abc"'],
    ['an array', '[0.5]'],
    ['an object', '{"value": 0.5}'],
  ])('runner.run(lr) rejects an answer whose loss is %s with one line saying what was expected', async (name, loss) => {
    const command = await nodeWorker(
      `shape-${name.length}`,
      `createInterface({ input: process.stdin }).on('line', (line) => console.log('{"id": ' + JSON.parse(line).id + ', "loss": ${loss.replaceAll("'", "\\'")}}'));`,
    );
    const error = await trialError(open({ command }).run(0.01, request));
    expect(error.message).toBe(workerMessages.invalidAnswer('0.01', command, `{"id": 1, "loss": ${loss}}`));
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('runner.run(lr) fails with the exit code and stderr tail when the worker exits at start, after one restart', async () => {
    const starts = join(dir, 'exit-at-start.starts');
    const command = `echo $$ >> ${starts}; echo "ImportError: no module named torch" >&2; exit 3`;
    const lines: string[] = [];
    const error = await trialError(open({ command }, lines).run(0.001, request));
    expect(error.message).toBe(workerMessages.diedTwice('0.001', command, 3, null, ['ImportError: no module named torch']));
    expect(error.lr).toBe(0.001);
    expect(lines).toEqual([workerMessages.restarting(0, '0.001', 3, null)]);
    expect(await pidsIn(starts, 2)).toHaveLength(2);
  });

  it('search() through createWorkerRunner survives one worker death: the worker is restarted and the samples are unchanged', async () => {
    const starts = join(dir, 'die-once.starts');
    const env = { ...process.env, STANDIN_STARTS: starts, STANDIN_DIE_ONCE: join(dir, 'died') };
    const lines: string[] = [];
    const viaWorker = await search(open({ command: `${PYTHON} ${STANDIN}`, env }, lines), settings);
    const steady = await search(open({ command: `${PYTHON} ${STANDIN}` }), settings);
    expect(viaWorker.samples).toEqual(steady.samples);
    expect(lines.filter((l) => l.includes('restarting'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('dying on purpose'))).toBe(false); // stderr is kept for errors, not logged
    expect(await pidsIn(starts)).toHaveLength(2);
  });

  it('runner.run(lr) fails naming the lr, the command and the stderr tail when the worker dies again during the retry', async () => {
    const command = await nodeWorker(
      'dies',
      `createInterface({ input: process.stdin }).on('line', () => { console.error('RuntimeError: CUDA out of memory'); process.exit(1); });`,
    );
    const error = await trialError(open({ command }).run(0.3, request));
    expect(error.message).toBe(workerMessages.diedTwice('0.3', command, 1, null, ['RuntimeError: CUDA out of memory']));
  });

  it('runner.run(lr) times out a worker that prints only chatter, with one line naming its last stdout line', async () => {
    const pids = join(dir, 'chatty.pids');
    const command = `sleep 30 & echo $! >> ${pids}; echo $$ >> ${pids}; while read line; do echo '{"loss": 0.5}'; done`;
    const error = await trialError(open({ command, trialTimeout: 0.5 }).run(0.02, request));
    expect(error.message).toBe(workerMessages.timedOut('0.02', command, 0.5, '{"loss": 0.5}', []));
    for (const pid of await pidsIn(pids, 2)) expect(await runningAfter(pid, 0)).toBe(false);
  });

  it('runner.run(lr, {signal}) ends the worker\'s process group when the signal aborts and rejects with its reason', async () => {
    const pids = join(dir, 'abort.pids');
    const command = `trap '' TERM; sleep 30 & echo $! >> ${pids}; echo $$ >> ${pids}; while read line; do sleep 30; done`;
    const runner = open({ command });
    const controller = new AbortController();
    const pending = runner.run(0.2, { ...request, signal: controller.signal });
    const [child, leader] = await pidsIn(pids, 2);
    const reason = new InterruptedError('SIGINT');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(await runningAfter(child!, 0)).toBe(false);
    expect(await runningAfter(leader!, 0)).toBe(false);
  });

  it('runner.kill() SIGKILLs every worker group at once', async () => {
    const pids = join(dir, 'kill.pids');
    const command = `trap '' TERM; sleep 30 & echo $! >> ${pids}; while read line; do sleep 30; done`;
    const runner = createWorkerRunner({ command, slots: 1, killGraceMs: 60_000 });
    const pending = trialError(runner.run(0.2, request));
    const [child] = await pidsIn(pids);
    runner.kill?.();
    expect((await pending).message).toBe(workerMessages.stopped('0.2', command));
    expect(await runningAfter(child!, 0)).toBe(false);
  });

  it('runner.close() closes stdin; the worker and everything it started are gone when close() resolves', async () => {
    const pids = join(dir, 'close.pids');
    const command = `sleep 30 & echo $! >> ${pids}; echo $$ >> ${pids}; while read line; do echo "{\\"id\\": $(echo $line | sed 's/.*"id":\\([0-9]*\\).*/\\1/'), \\"loss\\": 1}"; done`;
    const runner = createWorkerRunner({ command, slots: 1 });
    expect((await runner.run(0.5, request)).loss).toBe(1);
    const [child, leader] = await pidsIn(pids, 2);
    await runner.close?.();
    expect(await runningAfter(child!, 0)).toBe(false);
    expect(await runningAfter(leader!, 0)).toBe(false);
  });

  it('runner.close() lets a worker finish on stdin EOF (its own clean-up runs)', async () => {
    const marker = join(dir, 'eof.marker');
    const command = await nodeWorker(
      'eof',
      `import { writeFileSync } from 'node:fs';
createInterface({ input: process.stdin })
  .on('line', (line) => console.log(JSON.stringify({ id: JSON.parse(line).id, loss: 2 })))
  .on('close', () => writeFileSync(${JSON.stringify(marker)}, 'clean\\n'));`,
    );
    const runner = createWorkerRunner({ command, slots: 1 });
    expect((await runner.run(0.5, request)).loss).toBe(2);
    await runner.close?.();
    expect(await readFile(marker, 'utf8')).toBe('clean\n');
  });

  it('runner.close() ends a worker that ignores stdin EOF (after its 5 s grace) and everything it started', async () => {
    const pids = join(dir, 'deaf.pids');
    const command = `sleep 60 & echo $! >> ${pids}; read line; echo '{"id": 1, "loss": 3}'; sleep 60`;
    const runner = createWorkerRunner({ command, slots: 1, killGraceMs: 300 });
    expect((await runner.run(0.5, request)).loss).toBe(3);
    await runner.close?.();
    expect(await runningAfter((await pidsIn(pids))[0]!, 0)).toBe(false);
  });

  it('runner.run(lr) fails with one line when the worker cannot be started', async () => {
    const missing = join(dir, 'no-such-dir');
    const error = await trialError(open({ command: 'true', cwd: missing }).run(0.1, request));
    expect(error.message).toMatch(/^trial at lr 0\.1 could not start worker `true`: .*ENOENT/);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('runner.identity is worker:<command>', () => {
    expect(createWorkerRunner({ command: 'python w.py', slots: 1 }).identity).toBe('worker:python w.py');
  });
});

describe('lr_sweep_worker.py serve()', () => {
  it('workerHelperPath() names the shipped helper file', async () => {
    expect(workerHelperPath()).toBe(resolve('python/lr_sweep_worker.py'));
    expect(await readFile(workerHelperPath(), 'utf8')).toContain('def serve(train_fn');
  });

  it('keeps print() in train_fn off the answers and fails a trial whose train_fn raises with the traceback\'s end', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-helper-'));
    const script = join(dir, 'w.py');
    await writeFile(
      script,
      [
        'import sys',
        `sys.path.insert(0, ${JSON.stringify(resolve('python'))})`,
        'from lr_sweep_worker import serve',
        'def train(lr, steps, seed):',
        '    print("{\\"id\\": 1, \\"loss\\": 99}")',
        '    if lr > 1: raise ValueError("lr too large for this model")',
        '    return lr * steps + seed',
        'serve(train)',
      ].join('\n'),
    );
    const runner = createWorkerRunner({ command: `${PYTHON} ${script}`, slots: 1 });
    try {
      expect(await runner.run(0.5, { steps: 4, seed: 1 })).toEqual({ loss: 3, diverged: false });
      const error = await trialError(runner.run(2, request));
      expect(error.message).toContain('ValueError: lr too large for this model');
      expect(error.message).toMatch(/^trial at lr 2 failed: worker `.*python3 .*w\.py` exited with code 1 before answering, again after a restart/);
    } finally {
      await runner.close?.();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
