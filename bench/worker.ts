/**
 * `npm run bench:worker`: what the persistent worker (`--worker`) saves over a process per trial (`--command`).
 *
 * (a) A stand-in framework (fixtures/worker/standin.py) costing 1 s of start-up and 40 ms per trial, searched
 *     with the default settings through both runners and the real `search()`: wall times and their ratio
 *     (target <= 0.25), whether the samples and picks are identical, the worker starts with 2 slots and
 *     `parallel` 2 (target exactly 2), and a search whose worker dies once (same picks expected).
 * (b) The PyTorch example (fixtures/pytorch/, an MLP on scikit-learn's digits) through the worker against a
 *     100-iteration range test of the same model (target <= 4x); skipped with a notice when /usr/bin/python3
 *     cannot import torch and sklearn (`apt-get install python3-torch python3-sklearn`).
 * Prints figures; asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createCommandRunner } from '../src/runners/command/index.js';
import { createWorkerRunner } from '../src/runners/worker/index.js';
import { search } from '../src/search/search.js';
import { resolveSettings } from '../src/search/settings.js';
import type { SearchSettings, SweepResult, TrialRunner } from '../src/search/types.js';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const STANDIN = resolve('fixtures/worker/standin.py');
const PYTORCH = resolve('fixtures/pytorch');
const TARGET_STANDIN_RATIO = 0.25;
const TARGET_PYTORCH_RATIO = 4;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timedSearch(runner: TrialRunner, settings: SearchSettings): Promise<{ result: SweepResult; ms: number }> {
  const start = performance.now();
  try {
    const result = await search(runner, settings);
    return { result, ms: performance.now() - start };
  } finally {
    await runner.close?.();
  }
}

const linesIn = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').length : 0);
const samePicks = (a: SweepResult, b: SweepResult) => isDeepStrictEqual(a.picks, b.picks) && a.selectedLr === b.selectedLr;

async function standIn(dir: string): Promise<void> {
  const settings = resolveSettings({});
  const env = { ...process.env, STANDIN_STARTUP_S: '1', STANDIN_TRIAL_S: '0.04' };
  console.log(`(a) stand-in framework: 1 s start-up, 40 ms per trial, default settings, ${PYTHON}`);
  const viaCommand = await timedSearch(createCommandRunner({ command: `${PYTHON} ${STANDIN} --lr {lr} --steps {steps} --seed {seed}`, env }), settings);
  console.log(`  --command, parallel 1: ${viaCommand.result.trials} trials in ${seconds(viaCommand.ms)}`);
  const viaWorker = await timedSearch(createWorkerRunner({ command: `${PYTHON} ${STANDIN}`, env, slots: 1 }), settings);
  const ratio = viaWorker.ms / viaCommand.ms;
  console.log(`  --worker,  parallel 1: ${viaWorker.result.trials} trials in ${seconds(viaWorker.ms)}`);
  console.log(`  ratio worker/command: ${ratio.toFixed(3)} (target <= ${TARGET_STANDIN_RATIO}: ${ratio <= TARGET_STANDIN_RATIO ? 'met' : 'NOT met'})`);
  console.log(`  identical samples: ${isDeepStrictEqual(viaWorker.result.samples, viaCommand.result.samples)}, identical picks: ${samePicks(viaWorker.result, viaCommand.result)}`);

  const starts = join(dir, 'starts');
  const parallel = await timedSearch(
    createWorkerRunner({ command: `${PYTHON} ${STANDIN}`, env: { ...env, STANDIN_STARTS: starts }, slots: 2 }),
    resolveSettings({ parallel: 2 }),
  );
  console.log(
    `  --worker,  parallel 2: ${parallel.result.trials} trials in ${seconds(parallel.ms)}, worker starts ${linesIn(starts)} (target exactly 2), identical picks: ${samePicks(parallel.result, viaCommand.result)}`,
  );

  const dieStarts = join(dir, 'die-starts');
  const restarts: string[] = [];
  const dying = await timedSearch(
    createWorkerRunner({
      command: `${PYTHON} ${STANDIN}`,
      env: { ...env, STANDIN_STARTS: dieStarts, STANDIN_DIE_ONCE: join(dir, 'died') },
      slots: 1,
      log: (line) => void (line.includes('restarting') && restarts.push(line)),
    }),
    settings,
  );
  console.log(
    `  --worker dying once:   ${dying.result.trials} trials in ${seconds(dying.ms)}, restarts ${restarts.length}, worker starts ${linesIn(dieStarts)}, identical picks: ${samePicks(dying.result, viaCommand.result)}`,
  );
}

async function pytorch(): Promise<void> {
  console.log('(b) PyTorch example (fixtures/pytorch: MLP on digits, SGD momentum 0.9, 20 steps/trial, 1 thread)');
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import torch, sklearn'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(`  NOT RUN: /usr/bin/python3 cannot import torch and sklearn (apt-get install python3-torch python3-sklearn): ${probe.stderr.trim().split('\n').at(-1) ?? ''}`);
    return;
  }
  const rangeStart = performance.now();
  const range = JSON.parse(execFileSync('/usr/bin/python3', [join(PYTORCH, 'range_test.py')], { encoding: 'utf8' })) as { seconds: number; iterations: number; suggestion: number };
  const rangeMs = performance.now() - rangeStart;
  console.log(`  range test: ${range.iterations} iterations in ${seconds(rangeMs)} wall (process start to exit), suggestion ${range.suggestion.toExponential(2)}`);
  const logs: string[] = [];
  const viaWorker = await timedSearch(
    createWorkerRunner({ command: `/usr/bin/python3 ${join(PYTORCH, 'worker.py')}`, slots: 1, log: (line) => logs.push(line) }),
    resolveSettings({}),
  );
  const ratio = viaWorker.ms / rangeMs;
  console.log(`  --worker search: ${viaWorker.result.trials} trials in ${seconds(viaWorker.ms)}, selected lr ${viaWorker.result.selectedLr?.toExponential(2) ?? viaWorker.result.reason}`);
  for (const line of logs.filter((l) => l.startsWith('worker 0 started'))) console.log(`  ${line}`);
  console.log(`  ratio worker search / range test: ${ratio.toFixed(2)}x (target <= ${TARGET_PYTORCH_RATIO}x: ${ratio <= TARGET_PYTORCH_RATIO ? 'met' : 'NOT met'})`);
}

const dir = mkdtempSync(join(tmpdir(), 'lr-sweep-bench-worker-'));
try {
  const only = process.argv[2];
  if (only !== 'pytorch') await standIn(dir);
  if (only !== 'standin') await pytorch();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
