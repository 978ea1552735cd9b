/**
 * `npm run bench:narrow-dip`: does a real model whose 20-step curve is a narrow dip just below its blow-up get
 * a window at the default settings? The model is bench:quality's digits-cnn-sgd (a small PyTorch CNN on sklearn
 * digits, plain SGD), searched live through the worker contract at the defaults (1e-7 .. 10, coarse step 0.5,
 * 20 steps per trial) for seeds 0, 1, 2. Per seed it prints what the coarse grid alone says, how wide the dip is
 * (the sampled lrs whose loss is at least 10 % of L(0) below it, in decades), the trials, the window, and the
 * midpoint's share of the best accuracy of that seed's full-training grid (cached in bench/quality/cache).
 * Target: a window on every seed, the midpoint at >= 95 % of the grid best. Needs /usr/bin/python3 with torch.
 * Run: npm run bench:narrow-dip
 */
import { loadavg } from 'node:os';
import { analyze } from '../src/analysis/analyze.js';
import { displayLr } from '../src/numbers.js';
import { createWorkerRunner } from '../src/runners/worker/index.js';
import { search } from '../src/search/search.js';
import { resolveSettings } from '../src/search/settings.js';
import { MODELS_PY, PYTHON, readCache } from './quality/collect.js';
import { accuracyAt, bestAccuracy } from './quality/score.js';

const MODEL = 'digits-cnn-sgd';
const TARGET_SHARE = 95;
const cache = readCache(MODEL);
console.log(`bench:narrow-dip: ${MODEL} at the default settings, live through the worker (load average ${loadavg()[0]!.toFixed(1)} on 2 cores)`);
let met = true;
for (const run of cache.seeds) {
  const runner = createWorkerRunner({ command: `nice -n 19 ${PYTHON} ${MODELS_PY} serve ${MODEL}`, slots: 1, env: { ...process.env, OMP_NUM_THREADS: '1' } });
  const started = performance.now();
  const result = await search(runner, resolveSettings({ seed: run.seed })).finally(() => runner.close?.());
  const seconds = (performance.now() - started) / 1000;
  const samples = result.samples.map((s) => ({ lr: s.lr, loss: s.loss ?? Number.NaN }));
  const coarse = analyze(samples.filter((_, i) => result.samples[i]!.round === 0));
  const l0 = result.lossAtZero ?? Number.NaN;
  const low = result.samples.filter((s) => s.lr > 0 && s.loss !== null && s.loss < 0.9 * l0).map((s) => Math.log10(s.lr));
  const dip = low.length === 0 ? 'none sampled' : `${(Math.max(...low) - Math.min(...low)).toFixed(2)} decades (${low.length} trials below 0.9 L(0))`;
  const share = result.picks ? (100 * accuracyAt(run.grid.points, result.picks.midpoint)) / bestAccuracy(run.grid.points) : Number.NaN;
  if (!(share >= TARGET_SHARE)) met = false;
  console.log(`seed ${run.seed}:`);
  console.log(`  coarse grid alone: ${coarse.reason ? `no window (${coarse.reason.code})` : 'a window'}`);
  console.log(`  the dip: ${dip}`);
  console.log(`  search: ${result.trials} trials of ${result.settings.steps} steps in ${seconds.toFixed(1)} s`);
  console.log(
    result.picks
      ? `  window ${displayLr(result.minLr!)} .. ${displayLr(result.maxLr!)}, midpoint ${displayLr(result.picks.midpoint)}: ${share.toFixed(1)} % of the grid best`
      : `  no window: ${result.reason}`,
  );
}
console.log(`target: a window on every seed, midpoint >= ${TARGET_SHARE} % of the grid best: ${met ? 'met' : 'NOT met'}`);
