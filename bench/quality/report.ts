/**
 * The quality benchmark's tables, from cached runs: share of the best grid accuracy per model and method
 * (mean ± SE over seeds), costs, and the leave-one-model-out (LOMO) check of the basin pick's parameters.
 */
import { basinEdgeX } from '../../src/analysis/basin.js';
import type { Analysis } from '../../src/analysis/types.js';
import type { ModelCache, SeedRun } from './collect.js';
import { MODELS } from './collect.js';
import { lowestLossAfterReset } from '../../src/compare/baselines/lowestLoss.js';
import { accuracyAt, bestAccuracy, meanSe, rangeSuggestions, SCORED, SCORED_LABELS, searchAnalysis, type Scored } from './score.js';

/** A pick rule evaluated on a seed's search analysis: an lr, or null without a window. */
type Rule = (a: Analysis) => number | null;

/** The window in x = log10 lr, or null. */
function windowOf(a: Analysis): { minX: number; maxX: number } | null {
  return a.minLr === null || a.maxLr === null ? null : { minX: Math.log10(a.minLr), maxX: Math.log10(a.maxLr) };
}

/** Candidate rule families whose parameter LOMO picks on the other models. */
export const FAMILIES: Readonly<Record<string, { readonly params: readonly number[]; readonly rule: (p: number) => Rule }>> = {
  'position t (x = minX + t·width)': {
    params: [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
    rule: (t) => (a) => {
      const w = windowOf(a);
      return w ? 10 ** (w.minX + t * (w.maxX - w.minX)) : null;
    },
  },
  'basin edge q': {
    params: [0.02, 0.05, 0.1, 0.15, 0.2, 0.3],
    rule: (q) => (a) => {
      const w = windowOf(a);
      return w && a.fit && a.lossAtZero !== null ? 10 ** basinEdgeX(a.fit, w, a.lossAtZero, { fraction: q }) : null;
    },
  },
  'max(midpoint, basin edge q)': {
    params: [0.02, 0.05, 0.1, 0.15, 0.2, 0.3],
    rule: (q) => (a) => {
      const w = windowOf(a);
      return w && a.fit && a.lossAtZero !== null ? 10 ** Math.max((w.minX + w.maxX) / 2, basinEdgeX(a.fit, w, a.lossAtZero, { fraction: q })) : null;
    },
  },
};

interface SeedScore {
  readonly seed: number;
  readonly analysis: Analysis;
  readonly picks: Partial<Record<Scored, number | null>>;
  readonly run: SeedRun;
}

function seedScores(cache: ModelCache, seeds: readonly number[]): SeedScore[] {
  return cache.seeds
    .filter((s) => seeds.includes(s.seed))
    .map((run) => {
      const analysis = searchAnalysis(run);
      const range = rangeSuggestions(run);
      const p = analysis.picks;
      return {
        seed: run.seed,
        analysis,
        run,
        picks: {
          midpoint: p?.midpoint ?? null,
          halfLoss: p?.halfLoss ?? null,
          steepest: p?.steepest ?? null,
          basin: p?.basin ?? null,
          fastaiMinimum: range.fastaiMinimum ?? null,
          fastaiSteep: range.fastaiSteep ?? null,
          fastaiValley: range.fastaiValley ?? null,
          fastaiSlide: range.fastaiSlide ?? null,
          lightningSteepest: range.lightningSteepest ?? null,
          lowestLoss: lowestLossAfterReset({ maxLr: analysis.maxLr, samples: run.search.samples })?.lr ?? null,
        },
      };
    });
}

/** Share (%) of the seed's best grid accuracy at lr; NaN for a missing pick. */
function share(run: SeedRun, lr: number | null): number {
  return lr === null ? Number.NaN : (100 * accuracyAt(run.grid.points, lr)) / bestAccuracy(run.grid.points);
}

const cell = (values: readonly number[]): string => {
  const { mean, se, n } = meanSe(values);
  if (n === 0) return '—';
  return `${mean.toFixed(1)} ± ${se.toFixed(1)}${n < values.length ? ` (${n}/${values.length})` : ''}`;
};

const lrCell = (values: readonly (number | null)[]): string => {
  const logs = values.filter((v): v is number => v !== null).map(Math.log10);
  if (logs.length === 0) return '—';
  return (10 ** (logs.reduce((s, x) => s + x, 0) / logs.length)).toExponential(1);
};

/** The full report as Markdown-ish text. */
export function report(caches: readonly ModelCache[], seeds: readonly number[]): string {
  const scored = caches.map((c) => ({ model: c.model, seeds: seedScores(c, seeds) }));
  const out: string[] = [];
  out.push(`## Share of the best grid accuracy (%), mean ± SE over seeds ${seeds.join(', ')}\n`);
  out.push(`| model | optimizer | best grid acc | ${SCORED.map((m) => SCORED_LABELS[m]).join(' | ')} |`);
  out.push(`|---|---|---|${SCORED.map(() => '---').join('|')}|`);
  for (const { model, seeds: ss } of scored) {
    const best = meanSe(ss.map((s) => 100 * bestAccuracy(s.run.grid.points)));
    out.push(
      `| ${model} | ${MODELS[model]?.optimizer ?? '?'} | ${best.mean.toFixed(1)} ± ${best.se.toFixed(1)} | ${SCORED.map((m) => cell(ss.map((s) => share(s.run, s.picks[m] ?? null)))).join(' | ')} |`,
    );
  }
  out.push(`\nPicked lr (geometric mean over seeds) and the grid's best lr:\n`);
  out.push(`| model | grid best | ${SCORED.map((m) => SCORED_LABELS[m]).join(' | ')} |`);
  out.push(`|---|---|${SCORED.map(() => '---').join('|')}|`);
  for (const { model, seeds: ss } of scored) {
    const bestLrs = ss.map((s) => [...s.run.grid.points].sort((a, b) => b.accuracy - a.accuracy)[0]!.lr);
    out.push(`| ${model} | ${lrCell(bestLrs)} | ${SCORED.map((m) => lrCell(ss.map((s) => s.picks[m] ?? null))).join(' | ')} |`);
  }
  for (const { model, seeds: ss } of scored) {
    for (const s of ss) if (s.analysis.reason) out.push(`No window: ${model} seed ${s.seed}: ${s.analysis.reason.message}`);
  }
  out.push(`\n## Cost per model and seed (mean seconds on the shared 2-core machine)\n`);
  out.push('| model | search trials | search s | range-test steps | range test s | grid lrs | grid training s |');
  out.push('|---|---|---|---|---|---|---|');
  for (const { model, seeds: ss } of scored) {
    const m = (f: (s: SeedScore) => number) => meanSe(ss.map(f)).mean;
    out.push(
      `| ${model} | ${m((s) => s.run.search.trials).toFixed(0)} × ${ss[0]?.run.search.steps ?? 20} steps | ${m((s) => s.run.search.seconds).toFixed(0)} | ${m((s) => s.run.range.losses.length).toFixed(0)} | ${m((s) => s.run.range.seconds).toFixed(0)} | ${m((s) => s.run.grid.points.length).toFixed(0)} | ${m((s) => s.run.grid.seconds).toFixed(0)} |`,
    );
  }
  out.push(lomo(scored));
  return out.join('\n');
}

/** Mean over seeds of a rule's share on one model. */
function modelMean(ss: readonly SeedScore[], rule: Rule): number {
  return meanSe(ss.map((s) => share(s.run, rule(s.analysis)))).mean;
}

function lomo(scored: readonly { model: string; seeds: SeedScore[] }[]): string {
  const out: string[] = ['\n## In-sample: each candidate parameter on all models (mean of per-model means; worst model)\n'];
  out.push('| family | parameter | mean share % | worst model |');
  out.push('|---|---|---|---|');
  for (const [name, family] of Object.entries(FAMILIES)) {
    for (const p of family.params) {
      const per = scored.map((s) => ({ model: s.model, v: modelMean(s.seeds, family.rule(p)) })).filter((r) => Number.isFinite(r.v));
      const worst = per.reduce((a, b) => (b.v < a.v ? b : a));
      out.push(`| ${name} | ${p} | ${(per.reduce((t, r) => t + r.v, 0) / per.length).toFixed(2)} | ${worst.model} ${worst.v.toFixed(1)} |`);
    }
  }
  out.push('\n## Leave-one-model-out: each family\'s parameter chosen on the other 7 models, scored on the held-out one\n');
  const midpoint: Rule = (a) => a.picks?.midpoint ?? null;
  const families = Object.entries(FAMILIES);
  out.push(`| held-out model | optimizer | midpoint | ${families.map(([name]) => `${name}: share [param] Δ vs midpoint`).join(' | ')} |`);
  out.push(`|---|---|---|${families.map(() => '---').join('|')}|`);
  const passes = new Map(families.map(([name]) => [name, true]));
  for (const held of scored) {
    const others = scored.filter((s) => s.model !== held.model);
    const sgd = MODELS[held.model]?.optimizer === 'sgd';
    const cells = families.map(([name, family]) => {
      let bestParam = family.params[0]!;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (const p of family.params) {
        const v = others.map((o) => modelMean(o.seeds, family.rule(p))).filter(Number.isFinite);
        const mean = v.reduce((t, x) => t + x, 0) / Math.max(1, v.length);
        if (mean > bestValue) [bestValue, bestParam] = [mean, p];
      }
      const rule = family.rule(bestParam);
      const d = meanSe(held.seeds.map((s) => share(s.run, rule(s.analysis)) - share(s.run, midpoint(s.analysis))));
      const ok = Number.isNaN(d.mean) ? false : sgd ? d.mean > d.se && d.mean > 0 : d.mean >= -d.se;
      if (!ok) passes.set(name, false);
      const delta = Number.isNaN(d.mean) ? '—' : `${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(1)} ± ${d.se.toFixed(1)}`;
      return `${cell(held.seeds.map((s) => share(s.run, rule(s.analysis))))} [${bestParam}] ${delta} ${ok ? '✓' : '✗'}`;
    });
    out.push(`| ${held.model} | ${MODELS[held.model]?.optimizer ?? '?'} | ${cell(held.seeds.map((s) => share(s.run, midpoint(s.analysis))))} | ${cells.join(' | ')} |`);
  }
  out.push(`| **rule of item 3** | | | ${families.map(([name]) => (passes.get(name) ? '**passes**' : '**fails**')).join(' | ')} |`);
  out.push(
    '\nΔ vs midpoint: the paired per-seed difference in share points (mean ± SE over the seeds where both have a pick). ✓: a plain-SGD model better by more than one SE; a momentum/Adam model no worse than one SE below. A model without any window has no Δ (✗).',
  );
  return out.join('\n');
}
