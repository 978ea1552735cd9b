/**
 * `npm run bench:trials [-- [--each] fixture...]`: where a TensorFlow.js search spends its time.
 *
 * For each MNIST fixture and each backend available here (cpu, wasm; tfjs-node(-gpu) when installed), runs the
 * full adaptive search and prints the mean per-trial split into training steps, evaluation, reset (restore
 * weights + fresh optimizer + its disposal) and everything else, the overhead ratio
 * (wall time of the whole search / sum of training + evaluation time; target <= 1.05), the search's total time
 * and training steps per second. A backend that cannot train a model says why (e.g. the wasm kernels missing).
 * `--each` also prints every trial's split.
 */
import { isUserError } from '../src/errors.js';
import { createTfjsRunner, type TfjsRunner, type TfjsTrialOutcome } from '../src/runners/tfjs/index.js';
import { NATIVE_PACKAGES, resolvePackage, type ConcreteBackend } from '../src/runners/tfjs/backend.js';
import { search } from '../src/search/search.js';
import { resolveSettings } from '../src/search/settings.js';
import type { TrialRequest, TrialRunner } from '../src/search/types.js';

const TARGET_RATIO = 1.05;
const FIXTURES = ['mnist-mlp', 'mnist-cnn'];

interface Row {
  readonly lr: number;
  readonly wallMs: number;
  readonly outcome: TfjsTrialOutcome;
}

function timed(runner: TfjsRunner, rows: Row[]): TrialRunner {
  return {
    async run(lr: number, request: TrialRequest) {
      const start = performance.now();
      const outcome = await runner.run(lr, request);
      rows.push({ lr, wallMs: performance.now() - start, outcome });
      return outcome;
    },
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const ms = (value: number) => value.toFixed(1).padStart(8);

async function bench(fixture: string, backend: ConcreteBackend): Promise<void> {
  const configPath = `fixtures/${fixture}/lr-sweep.config.mjs`;
  const setupStart = performance.now();
  let runner: TfjsRunner;
  try {
    runner = await createTfjsRunner({ configPath, backend });
  } catch (error) {
    if (!isUserError(error)) throw error;
    console.log(`${fixture} on ${backend}: not run: ${error.message}\n`);
    return;
  }
  const setupMs = performance.now() - setupStart;
  const rows: Row[] = [];
  const settings = resolveSettings(runner.defaults);
  const start = performance.now();
  const result = await search(timed(runner, rows), settings);
  const searchMs = performance.now() - start;
  await runner.close();

  const train = sum(rows.map((r) => r.outcome.timing.trainMs));
  const evaluation = sum(rows.map((r) => r.outcome.timing.evalMs));
  const reset = sum(rows.map((r) => r.outcome.timing.resetMs));
  const trialWall = sum(rows.map((r) => r.wallMs));
  const other = trialWall - train - evaluation - reset;
  const loop = searchMs - trialWall;
  const steps = sum(rows.map((r) => r.outcome.stepsRun));
  const n = rows.length;
  const ratio = searchMs / (train + evaluation);
  const diverged = rows.filter((r) => r.outcome.diverged).length;
  console.log(`${fixture} on ${backend}: ${n} trials (${diverged} diverged), ${steps} training steps, ${settings.steps} steps/trial`);
  console.log(`  setup (backend, model, data, probe step)   ${(setupMs / 1000).toFixed(2)} s`);
  console.log(`  search wall time                           ${(searchMs / 1000).toFixed(2)} s`);
  const max = (pick: (r: Row) => number) => Math.max(...rows.map(pick));
  const otherOf = (r: Row) => r.wallMs - r.outcome.timing.trainMs - r.outcome.timing.evalMs - r.outcome.timing.resetMs;
  console.log(`  per trial, mean ms:   train ${ms(train / n)}   eval ${ms(evaluation / n)}   reset ${ms(reset / n)}   other ${ms(other / n)}`);
  console.log(
    `  per trial, max ms:    train ${ms(max((r) => r.outcome.timing.trainMs))}   eval ${ms(max((r) => r.outcome.timing.evalMs))}   reset ${ms(max((r) => r.outcome.timing.resetMs))}   other ${ms(max(otherOf))}`,
  );
  if (each) {
    rows.forEach((r, i) => {
      const t = r.outcome.timing;
      const lr = r.lr.toExponential(2);
      console.log(`    #${String(i + 1).padStart(2)} lr ${lr}  steps ${String(r.outcome.stepsRun).padStart(2)}  train ${ms(t.trainMs)}  eval ${ms(t.evalMs)}  reset ${ms(t.resetMs)}  other ${ms(otherOf(r))}`);
    });
  }
  console.log(`  search loop outside trials (planner, analysis): ${(loop / 1000).toFixed(3)} s`);
  console.log(`  overhead ratio (search wall / (train + eval))   ${ratio.toFixed(3)}  ${ratio <= TARGET_RATIO ? 'ok' : 'ABOVE'} target <= ${TARGET_RATIO}`);
  console.log(`  training steps/s                                ${((steps / train) * 1000).toFixed(1)}`);
  console.log(
    `  window ${result.minLr?.toExponential(2) ?? '-'} .. ${result.maxLr?.toExponential(2) ?? '-'}, selected ${result.selectedLr?.toExponential(2) ?? '-'}, L(0) ${result.lossAtZero?.toFixed(3) ?? '-'}${result.reason ? `, ${result.reason}` : ''}\n`,
  );
}

const args = process.argv.slice(2);
const each = args.includes('--each');
const named = args.filter((a) => a !== '--each');
const fixtures = named.length > 0 ? named : FIXTURES;
const backends: ConcreteBackend[] = ['cpu', 'wasm'];
for (const native of ['tensorflow', 'tensorflow-gpu'] as const) {
  if (resolvePackage(NATIVE_PACKAGES[native], [process.cwd()]) !== null) backends.unshift(native);
}
console.log(`bench:trials on ${backends.join(', ')} (Node ${process.version}, ${(await import('node:os')).cpus().length} cores)\n`);
for (const fixture of fixtures) for (const backend of backends) await bench(fixture, backend);
