/**
 * Quality benchmark: does the paper's pick train well? On the mnist-mlp and mnist-cnn fixtures it runs the
 * step-sampling search, the classic range test (fastai/Lightning suggestions) and training with early stopping
 * on validation loss over a log grid and at every pick, then prints, per model and method: lr, validation
 * accuracy at the best epoch, % of the best grid accuracy, whether the lr lies in the band of grid lrs within
 * 1 point of the best, epochs run, and what the pick cost. The claim tested: the midpoint pick lands inside that band.
 *
 * Budget (2 CPU cores): about 15 minutes. CPU timings are noisy when shared.
 * Run: npm run bench:quality-tfjs [-- --quick]   (--quick: a smoke run with 2 grid points per model)
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { resultsJson } from '../src/cli/output.js';
import { writeRangeTest } from '../src/compare/rangetest/write.js';
import { resolveRangeTestSettings } from '../src/compare/rangetest/settings.js';
import { validateModel } from '../src/compare/validate/pipeline.js';
import { writeValidation } from '../src/compare/validate/write.js';
import { displayLr } from '../src/numbers.js';
import { formatAccuracy } from '../src/compare/validate/format.js';
import { methodLabel } from '../src/compare/validate/labels.js';
import { epochsCell } from '../src/compare/validate/messages.js';
import type { PickMethod, ValidationReport } from '../src/compare/validate/types.js';

const quick = process.argv.includes('--quick');
const root = resolve(import.meta.dirname, '..');
const outRoot = join(tmpdir(), 'lr-sweep-quality');

/**
 * Per-model budget, measured unloaded: an MLP epoch (78 steps) costs ~0.45 s on wasm; the CNN trains on the cpu
 * backend only (wasm lacks Conv2DBackpropFilter) at ~0.06 s per step, so its "epoch" for early stopping is 80
 * steps (1280 of the 5000 digits) and it gets at most 5 of them (~1.3 passes over the data). A run with
 * 30 MLP epochs and 6 x 100 CNN steps took 20 min on the shared machine.
 */
const MODELS = [
  { name: 'mnist-mlp', epochs: 25, patience: 3, stepsPerEpoch: undefined, startLr: 1e-4, endLr: 10, gridStep: 0.25 },
  { name: 'mnist-cnn', epochs: 5, patience: 2, stepsPerEpoch: 80, startLr: 10 ** -3.5, endLr: 1, gridStep: 0.5 },
] as const;

interface Row {
  readonly model: string;
  readonly method: PickMethod;
  readonly lr: number | null;
  readonly accuracy: number | null;
  readonly percent: number | null;
  readonly inBand: boolean | null;
  readonly withinPoint: boolean | null;
  readonly epochs: string;
  readonly cost: string;
  readonly seconds: number;
  readonly reason: string | null;
}

function rowsOf(model: string, report: ValidationReport): Row[] {
  const best = report.band?.bestAccuracy ?? null;
  return report.picks.map((p) => ({
    model,
    method: p.method,
    lr: p.lr,
    accuracy: p.outcome?.accuracy ?? null,
    percent: p.percentOfBest,
    inBand: p.insideBand,
    withinPoint: best === null || p.outcome?.accuracy == null ? null : p.outcome.accuracy >= best - (report.band?.points ?? 0.01) - 1e-12,
    epochs: p.outcome ? epochsCell(p.outcome) : '—',
    cost: p.cost.kind === 'search' ? `${p.cost.trials} trials / ${p.cost.steps} steps` : `1 run / ${p.cost.steps} steps`,
    seconds: p.cost.seconds,
    reason: p.reason,
  }));
}

const yesNo = (v: boolean | null): string => (v === null ? '—' : v ? 'yes' : 'no');

function table(rows: readonly Row[]): string {
  const head = '| model | method | lr | acc | % of best grid | lr in band | acc ≥ best − 1 pt | epochs | cost to get the pick | seconds |';
  const lines = [head, '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(
      `| ${r.model} | ${methodLabel(r.method)} | ${r.lr === null ? '—' : displayLr(r.lr)} | ${formatAccuracy(r.accuracy)} | ${
        r.percent === null ? '—' : `${r.percent.toFixed(1)} %`
      } | ${yesNo(r.inBand)} | ${yesNo(r.withinPoint)} | ${r.epochs} | ${r.cost} | ${r.seconds.toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

const started = performance.now();
const all: Row[] = [];
const bands: string[] = [];
const grids: string[] = [];
for (const m of MODELS) {
  const out = join(outRoot, m.name);
  await mkdir(out, { recursive: true });
  const t0 = performance.now();
  const lrs = quick ? [1e-2, 1e-1] : undefined;
  const done = await validateModel({
    configPath: join(root, 'fixtures', m.name, 'lr-sweep.config.mjs'),
    cwd: root,
    epochs: quick ? 1 : m.epochs,
    patience: quick ? 0 : m.patience,
    gridStep: m.gridStep,
    startLr: m.startLr,
    endLr: m.endLr,
    ...(lrs ? { lrs } : {}),
    ...(m.stepsPerEpoch === undefined ? {} : { stepsPerEpoch: quick ? 5 : m.stepsPerEpoch }),
    ...(quick ? { search: { maxTrials: 20, steps: 5 } } : {}),
    rangeTest: resolveRangeTestSettings({ numIt: quick ? 30 : 100 }),
    log: (line) => process.stderr.write(`[${m.name}] ${line}\n`),
  });
  await writeFile(join(out, 'results.json'), resultsJson(done.search, done.sweep.settingsSource));
  await writeRangeTest(done.rangeTest, out, m.name);
  await writeValidation(done.report, out);
  const band = done.report.band;
  bands.push(
    `${m.name}: at most ${done.report.settings.epochs} epoch(s)${m.stepsPerEpoch ? ` of ${quick ? 5 : m.stepsPerEpoch} steps` : ''} per lr, patience ${
      done.report.settings.patience
    }, grid ${done.report.grid.length} lrs (${displayLr(done.report.grid[0]!.lr)} – ${displayLr(done.report.grid.at(-1)!.lr)}), ${
      done.report.grid.reduce((sum, g) => sum + g.epochs, 0)
    } grid epochs trained; best grid accuracy ${
      band ? `${formatAccuracy(band.bestAccuracy)} at ${displayLr(band.bestLr)}, band ${displayLr(band.loLr)} – ${displayLr(band.hiLr)}` : 'none'
    }; ${((performance.now() - t0) / 1000).toFixed(0)} s in total; files in ${out}`,
  );
  grids.push(
    `${m.name} grid (lr accuracy epochs): ${done.report.grid.map((g) => `${displayLr(g.lr)} ${formatAccuracy(g.accuracy)} ${epochsCell(g)}`).join('; ')}`,
  );
  all.push(...rowsOf(m.name, done.report));
}

console.log(`\nlr-sweep quality benchmark${quick ? ' (--quick smoke run: not a result)' : ''}\n`);
for (const b of bands) console.log(`- ${b}`);
console.log(`\n${table(all)}\n`);
for (const g of grids) console.log(`${g}\n`);
const methods = [...new Set(all.map((r) => r.method))];
console.log('In band (lr inside the grid band within 1 point of the best), per method across models:');
for (const method of methods) {
  const rows = all.filter((r) => r.method === method);
  console.log(`  ${methodLabel(method).padEnd(24)} ${rows.filter((r) => r.inBand).length}/${rows.length}`);
}
const midpoint = all.filter((r) => r.method === 'midpoint');
for (const r of all.filter((row) => row.lr === null)) console.log(`No pick: ${r.model} ${methodLabel(r.method)}: ${r.reason ?? ''}`);
console.log(`\nClaim "the midpoint pick lands inside the band": ${midpoint.map((r) => `${r.model} ${yesNo(r.inBand)}`).join(', ')}`);
console.log(`Total wall time ${((performance.now() - started) / 60000).toFixed(1)} min (shared CPU: timings are noisy).`);
