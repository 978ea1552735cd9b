/**
 * `npm run bench:validate-memory`: validate's peak memory against its epoch budget. Trains the small model in
 * bench/validate-memory/ at two learning rates for 5 and for 50 epochs (no early stopping), each budget in a
 * fresh process, and prints each process's max RSS and the difference (target: under 20 %, i.e. memory does not
 * grow with epochs). `-- --epochs 5,50` picks the budgets; `-- --no-collect` turns off validate's
 * garbage collection, to see what V8 alone does.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { openTfjsSession } from '../src/compare/rangetest/tfjsSession.js';
import { createTfjsConvergenceTrainer } from '../src/compare/validate/tfjs.js';

const TARGET = 0.2;
const CONFIG = 'bench/validate-memory/lr-sweep.config.mjs';
const LRS = [0.03, 0.3];

async function child(epochs: number, collect: boolean): Promise<void> {
  const started = performance.now();
  const opened = await openTfjsSession({ configPath: CONFIG, backend: 'cpu', withAccuracy: true });
  const trainer = createTfjsConvergenceTrainer(opened, collect ? {} : { collectGarbage: () => {} });
  const accuracy: number[] = [];
  for (const lr of LRS) accuracy.push((await trainer.train(lr, { epochs, patience: 0, seed: 0 })).accuracy ?? Number.NaN);
  opened.session.dispose();
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  console.error(`tensors ${opened.tf.memory().numTensors}, heap ${(heapUsed / 2 ** 20).toFixed(0)} MB, array buffers ${(arrayBuffers / 2 ** 20).toFixed(0)} MB`);
  console.log(JSON.stringify({ epochs, maxRssMb, seconds: (performance.now() - started) / 1000, accuracy }));
}

function measure(epochs: number, collect: boolean): { maxRssMb: number; seconds: number; accuracy: number[] } {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, [...process.execArgv, self, '--child', String(epochs), ...(collect ? [] : ['--no-collect'])], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the ${epochs}-epoch run failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await child(Number(args[1]), !args.includes('--no-collect'));
} else {
  const at = args.indexOf('--epochs');
  const [few, many] = (at >= 0 ? args[at + 1]! : '5,50').split(',').map(Number) as [number, number];
  const collect = !args.includes('--no-collect');
  const gc = collect ? 'heap-growth garbage collection after each epoch' : 'no garbage collection by validate';
  console.log(`bench:validate-memory: ${LRS.length} lrs x ${few} and x ${many} epochs on cpu, ${gc} (Node ${process.version}, load ${loadavg()[0]!.toFixed(1)})`);
  const a = measure(few, collect);
  const b = measure(many, collect);
  for (const [n, r] of [[few, a], [many, b]] as const) {
    console.log(`  ${String(n).padStart(3)} epochs: max RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB  (${r.seconds.toFixed(1)} s, accuracy ${r.accuracy.map((x) => x.toFixed(3)).join(', ')})`);
  }
  const growth = (b.maxRssMb - a.maxRssMb) / a.maxRssMb;
  console.log(`  difference: ${(growth * 100).toFixed(1)} %  ${Math.abs(growth) < TARGET ? 'ok' : 'ABOVE'} target < ${TARGET * 100} %`);
}
