/**
 * Follow-up check for docs/accuracy-selection.md: do the plain-SGD searches that found no window find one with a
 * quarter-decade coarse grid (`coarseStep` 0.25 instead of 0.5)? Re-runs the search (not cached, about a minute)
 * and scores midpoint, basin and halfLoss against the cached grids.
 * Run: npx tsx bench/quality/finer-grid.ts
 */
import { analyze } from '../../src/analysis/analyze.js';
import { createWorkerRunner } from '../../src/runners/worker/index.js';
import { search } from '../../src/search/search.js';
import { resolveSettings } from '../../src/search/settings.js';
import { MODELS_PY, PYTHON, readCache } from './collect.js';
import { accuracyAt, bestAccuracy } from './score.js';

for (const [model, steps] of [['digits-cnn-sgd', 50], ['digits-cnn-sgd', 20], ['mnist-mlp-sgd', 20]] as const) {
  const cache = readCache(model);
  for (const run of cache.seeds) {
    const runner = createWorkerRunner({ command: `nice -n 19 ${PYTHON} ${MODELS_PY} serve ${model}`, slots: 1, env: { ...process.env, OMP_NUM_THREADS: '1' } });
    const r = await search(runner, resolveSettings({ seed: run.seed, steps, coarseStep: 0.25 })).finally(() => runner.close?.());
    const a = analyze(r.samples.map((s) => ({ lr: s.lr, loss: s.loss ?? Number.NaN })));
    const share = (lr: number | undefined) => (lr === undefined ? '—' : ((100 * accuracyAt(run.grid.points, lr)) / bestAccuracy(run.grid.points)).toFixed(1));
    console.log(`${model} steps ${steps} seed ${run.seed} coarse 0.25: ${r.trials} trials, ${a.reason?.code ?? 'window'} midpoint ${a.picks?.midpoint.toExponential(2) ?? '—'} ${share(a.picks?.midpoint)} % basin ${share(a.picks?.basin)} % halfLoss ${share(a.picks?.halfLoss)} %`);
  }
}
