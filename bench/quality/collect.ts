/**
 * The quality benchmark's expensive half: for one model and seed, the step-sampling search (the real `search()`
 * through `createWorkerRunner`), a fastai-style range test, and full training with early stopping at every lr
 * of a quarter-decade grid. Everything is cached in bench/quality/cache/<model>.json so scoring never retrains.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createWorkerRunner } from '../../src/runners/worker/index.js';
import { search } from '../../src/search/search.js';
import { resolveSettings } from '../../src/search/settings.js';
import type { TrialRecord } from '../../src/search/types.js';

const run = promisify(execFile);

/** The Python interpreter with Debian's torch and sklearn. */
export const PYTHON = '/usr/bin/python3';
/** The models script (serve / grid / range). */
export const MODELS_PY = join(import.meta.dirname, 'models.py');
/** Where cached grids and samples live, one JSON file per model. */
export const CACHE_DIR = join(import.meta.dirname, 'cache');

/** One full training run of the grid. */
export interface GridPoint {
  readonly lr: number;
  /** Validation accuracy at the epoch with the lowest validation loss (epoch 0 = untrained). */
  readonly accuracy: number;
  readonly valLoss: number;
  readonly bestEpoch: number;
  readonly epochs: number;
}

/** Everything measured for one model and one seed. */
export interface SeedRun {
  readonly seed: number;
  readonly search: {
    readonly samples: readonly TrialRecord[];
    readonly trials: number;
    /** Steps per trial (absent in caches written before it was recorded: 20). */
    readonly steps?: number;
    readonly seconds: number;
  };
  readonly range: {
    readonly startLr: number;
    readonly endLr: number;
    readonly numIt: number;
    /** Raw training loss per step; null once it was not finite (the run stops there). */
    readonly losses: readonly (number | null)[];
    readonly seconds: number;
  };
  readonly grid: { readonly points: readonly GridPoint[]; readonly seconds: number };
}

/** The cache file of one model. */
export interface ModelCache {
  readonly model: string;
  seeds: SeedRun[];
}

/** The 8 benchmark models, as named in models.py, with the log10 range of their grids (quarter decades). */
export const MODELS: Readonly<
  Record<string, { readonly optimizer: 'sgd' | 'momentum' | 'adam'; readonly grid: readonly [number, number]; readonly steps?: number }>
> = {
  'mnist-mlp-sgd': { optimizer: 'sgd', grid: [-3, 1] },
  // Plain SGD: its 20-step curve is a narrow dip just below the blow-up (about 0.3 decade wide), which the
  // search must refine to see. It ran at 50 steps until the search refined lone low samples (issue 14).
  'digits-cnn-sgd': { optimizer: 'sgd', grid: [-3, 1] },
  'blobs-mlp-sgd': { optimizer: 'sgd', grid: [-3, 1] },
  'digits-cnn-momentum': { optimizer: 'momentum', grid: [-4, 0.5] },
  'wine-mlp-momentum': { optimizer: 'momentum', grid: [-4, 0.5] },
  'spirals-mlp-adam': { optimizer: 'adam', grid: [-4.5, 0] },
  'cancer-mlp-adam': { optimizer: 'adam', grid: [-4.5, 0] },
  'digits-cnn-adam': { optimizer: 'adam', grid: [-4.5, 0] },
};

/** Quarter-decade grid lrs from 10^lo to 10^hi inclusive. */
export function gridLrs([lo, hi]: readonly [number, number], step = 0.25): number[] {
  const n = Math.round((hi - lo) / step);
  return Array.from({ length: n + 1 }, (_, i) => Number((10 ** (lo + i * step)).toPrecision(6)));
}

const pythonEnv = { ...process.env, OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

async function python(args: readonly string[]): Promise<string> {
  const { stdout } = await run('nice', ['-n', '19', PYTHON, MODELS_PY, ...args], { env: pythonEnv, maxBuffer: 1 << 26 });
  return stdout;
}

/** Reads a model's cache, or an empty one. */
export function readCache(model: string): ModelCache {
  const path = join(CACHE_DIR, `${model}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ModelCache) : { model, seeds: [] };
}

/** Writes a model's cache (seeds in order), compactly enough to commit. */
export async function writeCache(cache: ModelCache): Promise<void> {
  const seeds = [...cache.seeds].sort((a, b) => a.seed - b.seed);
  const body = `{"model":${JSON.stringify(cache.model)},"seeds":[\n${seeds.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
  await writeFile(join(CACHE_DIR, `${cache.model}.json`), body);
}

/** Options for {@link collectSeed}. */
export interface CollectOptions {
  /** Quarter-decade grid lrs to train at. Default: the model's grid. */
  readonly lrs?: readonly number[];
  /** Progress lines. Default: dropped. */
  readonly log?: (line: string) => void;
}

/** The step-sampling search of one model and seed: the real `search()` through the worker contract. */
export async function collectSearch(model: string, seed: number, log: (line: string) => void = () => undefined): Promise<SeedRun['search']> {
  const spec = MODELS[model];
  if (!spec) throw new Error(`unknown model ${model}; allowed: ${Object.keys(MODELS).join(', ')}`);
  const t0 = performance.now();
  const runner = createWorkerRunner({ command: `nice -n 19 ${PYTHON} ${MODELS_PY} serve ${model}`, slots: 1, env: pythonEnv });
  let result;
  try {
    result = await search(runner, resolveSettings({ seed, ...(spec.steps === undefined ? {} : { steps: spec.steps }) }));
  } finally {
    await runner.close?.();
  }
  const seconds = (performance.now() - t0) / 1000;
  log(`${model} seed ${seed}: search ${result.trials} trials of ${result.settings.steps} steps, ${seconds.toFixed(0)} s`);
  return { samples: result.samples, trials: result.trials, steps: result.settings.steps, seconds };
}

/** Runs the search, the range test and the grid for one model and seed (Python under nice 19, one thread). */
export async function collectSeed(model: string, seed: number, options: CollectOptions = {}): Promise<SeedRun> {
  const spec = MODELS[model];
  if (!spec) throw new Error(`unknown model ${model}; allowed: ${Object.keys(MODELS).join(', ')}`);
  const log = options.log ?? (() => undefined);
  const searched = await collectSearch(model, seed, log);
  let t0 = performance.now();
  const range = JSON.parse(await python(['range', model, '--seed', String(seed)])) as Omit<SeedRun['range'], 'seconds'>;
  const rangeSeconds = (performance.now() - t0) / 1000;
  log(`${model} seed ${seed}: range test ${range.losses.length} steps, ${rangeSeconds.toFixed(0)} s`);
  t0 = performance.now();
  const lrs = options.lrs ?? gridLrs(spec.grid);
  const out = await python(['grid', model, '--seed', String(seed), '--lrs', lrs.join(',')]);
  const points = out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GridPoint);
  const gridSeconds = (performance.now() - t0) / 1000;
  log(`${model} seed ${seed}: grid ${points.length} lrs, ${gridSeconds.toFixed(0)} s`);
  return {
    seed,
    search: searched,
    range: { ...range, seconds: rangeSeconds },
    grid: { points, seconds: gridSeconds },
  };
}
