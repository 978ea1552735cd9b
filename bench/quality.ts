/**
 * `npm run bench:quality`: which learning-rate pick trains well, across 8 small PyTorch models (plain SGD,
 * momentum, Adam; dense and convolutional; MNIST, sklearn digits / wine / breast cancer, seeded blobs and
 * spirals; bench/quality/models.py). Per model and seed (3 seeds): the step-sampling search through the worker
 * contract, a fastai-style range test, and full training with early stopping on a quarter-decade lr grid. Each
 * method's pick is scored as a share of the best grid accuracy (accuracy interpolated in log10 lr); the table
 * gives mean ± standard error over the seeds, and the opt-in `basin` pick's parameter is checked with
 * leave-one-model-out validation.
 *
 * Grids, search samples and range-test losses are cached in bench/quality/cache/<model>.json (committed), so
 * only missing (model, seed) runs are trained. Budget: under an hour on 2 cores from an empty cache.
 *
 * Run: npm run bench:quality [-- --rescore] [-- --models a,b] [-- --seeds 0,1,2] [-- --jobs 2]
 *   --rescore         use the cache only (fails naming what is missing); re-scores in seconds
 *   --refresh-search  re-run only the searches of --models (keeps their range tests and grids)
 */
import { collectSearch, collectSeed, MODELS, readCache, writeCache, type ModelCache } from './quality/collect.js';
import { report } from './quality/report.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

const rescore = process.argv.includes('--rescore');
const models = (option('--models') ?? Object.keys(MODELS).join(',')).split(',');
const seeds = (option('--seeds') ?? '0,1,2').split(',').map(Number);
const jobs = Number(option('--jobs') ?? '2');
for (const m of models) {
  if (!MODELS[m]) {
    console.error(`--models: unknown model ${m}; allowed: ${Object.keys(MODELS).join(', ')}`);
    process.exit(1);
  }
}
if (!seeds.every((s) => Number.isInteger(s) && s >= 0) || !(Number.isInteger(jobs) && jobs >= 1)) {
  console.error(`--seeds must be whole numbers >= 0 separated by commas (got ${option('--seeds')}) and --jobs a whole number >= 1 (got ${option('--jobs')})`);
  process.exit(1);
}

const started = performance.now();
const caches = new Map<string, ModelCache>(models.map((m) => [m, readCache(m)]));
const missing = seeds.flatMap((seed) => models.filter((m) => !caches.get(m)!.seeds.some((s) => s.seed === seed)).map((model) => ({ model, seed })));
if (rescore && missing.length > 0) {
  console.error(`--rescore: the cache lacks ${missing.map((t) => `${t.model} seed ${t.seed}`).join(', ')}; run without --rescore first`);
  process.exit(1);
}
let writes = Promise.resolve();
if (process.argv.includes('--refresh-search')) {
  for (const m of models) {
    const cache = caches.get(m)!;
    cache.seeds = await Promise.all(cache.seeds.map(async (s) => ({ ...s, search: await collectSearch(m, s.seed, (line) => console.error(line)) })));
    await writeCache(cache);
  }
}
const queue = [...missing];
await Promise.all(
  Array.from({ length: Math.max(1, jobs) }, async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      const run = await collectSeed(task.model, task.seed, { log: (line) => console.error(`[${((performance.now() - started) / 60000).toFixed(1)} min] ${line}`) });
      const cache = caches.get(task.model)!;
      cache.seeds.push(run);
      writes = writes.then(() => writeCache(cache));
      await writes;
    }
  }),
);
console.log(report(models.map((m) => caches.get(m)!), seeds));
console.log(`\nTotal wall time ${((performance.now() - started) / 60000).toFixed(1)} min (${missing.length} model-seed runs trained; shared CPU: timings are noisy).`);
