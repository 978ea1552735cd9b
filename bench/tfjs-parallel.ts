/**
 * `npm run bench:tfjs-parallel [-- --backend cpu,wasm] [fixture]`: TensorFlow.js `--parallel 2` (two child
 * processes, `slots: 2`) against `--parallel 1` (in-process) on the mnist-mlp fixture: the same search, wall
 * time from opening the runner to closing it (children start on the first trial, so their start-up counts),
 * the ratio (target <= 0.65 on 2 cores) and whether every sample is identical. The machine's load is printed:
 * on a shared machine the ratio says little unless two cores are free.
 */
import { cpus, loadavg } from 'node:os';
import { createTfjsRunner } from '../src/runners/tfjs/index.js';
import type { ConcreteBackend } from '../src/runners/tfjs/backend.js';
import { search } from '../src/search/search.js';
import { resolveSettings } from '../src/search/settings.js';
import type { SweepResult } from '../src/search/types.js';

const TARGET = 0.65;

async function timedSearch(configPath: string, backend: ConcreteBackend, parallel: number): Promise<{ result: SweepResult; seconds: number; searchSeconds: number }> {
  const start = performance.now();
  const runner = await createTfjsRunner({ configPath, backend, slots: parallel });
  const searchStart = performance.now();
  try {
    const result = await search(runner, resolveSettings({ ...runner.defaults, parallel }));
    const searchSeconds = (performance.now() - searchStart) / 1000;
    return { result, seconds: (performance.now() - start) / 1000, searchSeconds };
  } finally {
    await runner.close();
  }
}

const args = process.argv.slice(2);
const at = args.indexOf('--backend');
const backends = (at >= 0 ? args[at + 1]! : 'cpu').split(',') as ConcreteBackend[];
const fixture = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1))[0] ?? 'mnist-mlp';
const configPath = `fixtures/${fixture}/lr-sweep.config.mjs`;
const load = () => loadavg()[0]!.toFixed(1);
console.log(`bench:tfjs-parallel on ${fixture} (Node ${process.version}, ${cpus().length} cores, load average ${load()} at start)`);
for (const backend of backends) {
  const one = await timedSearch(configPath, backend, 1);
  const two = await timedSearch(configPath, backend, 2);
  const key = (r: SweepResult) => JSON.stringify([...r.samples].sort((a, b) => a.lr - b.lr).map((s) => [s.lr, s.loss, s.diverged]));
  const identical = key(one.result) === key(two.result) && one.result.selectedLr === two.result.selectedLr;
  const ratio = two.seconds / one.seconds;
  console.log(`${backend}: ${one.result.samples.length} trials`);
  console.log(`  --parallel 1 (in-process)       ${one.seconds.toFixed(2).padStart(7)} s  (search ${one.searchSeconds.toFixed(2)} s)`);
  console.log(`  --parallel 2 (2 child processes) ${two.seconds.toFixed(2).padStart(6)} s  (search ${two.searchSeconds.toFixed(2)} s, child start-up included)`);
  console.log(`  ratio ${ratio.toFixed(2)}  ${ratio <= TARGET ? 'ok' : 'ABOVE'} target <= ${TARGET}; samples and pick ${identical ? 'identical' : 'DIFFER'}; load average now ${load()}`);
}
