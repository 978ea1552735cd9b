/**
 * Scoring for the quality benchmark, from cached runs only: each method's pick per (model, seed), the grid
 * accuracy at that pick (interpolated linearly in log10 lr between grid points, clamped at the grid's ends),
 * and its share of the seed's best grid accuracy.
 */
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis } from '../../src/analysis/types.js';
import type { BaselineMethod } from '../../src/compare/baselines/types.js';
import { createRangeTestRecorder } from '../../src/compare/rangetest/recorder.js';
import { resolveRangeTestSettings } from '../../src/compare/rangetest/settings.js';
import type { GridPoint, SeedRun } from './collect.js';

/** The scored methods: the paper's three, the opt-in basin pick, the range-test suggestions, and the lowest search loss. */
export const SCORED = ['midpoint', 'halfLoss', 'steepest', 'basin', 'fastaiMinimum', 'fastaiSteep', 'fastaiValley', 'fastaiSlide', 'lightningSteepest', 'lowestLoss'] as const;
/** One scored method. */
export type Scored = (typeof SCORED)[number];

/** Labels for tables. */
export const SCORED_LABELS: Readonly<Record<Scored, string>> = {
  midpoint: 'midpoint',
  halfLoss: 'halfLoss',
  steepest: 'steepest',
  basin: 'basin (new)',
  fastaiMinimum: 'fastai minimum',
  fastaiSteep: 'fastai steep',
  fastaiValley: 'fastai valley',
  fastaiSlide: 'fastai slide',
  lightningSteepest: 'Lightning',
  lowestLoss: 'lowest loss after reset',
};

/** The analysis of a seed's cached search samples (lr = 0 included; null losses are diverged trials). */
export function searchAnalysis(run: SeedRun): Analysis {
  return analyze(run.search.samples.map((s) => ({ lr: s.lr, loss: s.loss ?? Number.NaN })));
}

/** The range-test suggestions, replaying the cached raw losses through the same recorder the CLI uses. */
export function rangeSuggestions(run: SeedRun): Partial<Record<BaselineMethod, number | null>> {
  const recorder = createRangeTestRecorder(resolveRangeTestSettings({ startLr: run.range.startLr, endLr: run.range.endLr, numIt: run.range.numIt }));
  for (const loss of run.range.losses) if (recorder.record(loss ?? Number.NaN)) break;
  const out: Partial<Record<BaselineMethod, number | null>> = {};
  for (const s of recorder.finish(0).suggestions) out[s.method] = s.lr;
  return out;
}

/** Accuracy at `lr` interpolated linearly in log10 lr between grid points; clamped to the ends' accuracy outside. */
export function accuracyAt(points: readonly GridPoint[], lr: number): number {
  const sorted = [...points].sort((a, b) => a.lr - b.lr);
  const x = Math.log10(lr);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  if (x <= Math.log10(first.lr)) return first.accuracy;
  if (x >= Math.log10(last.lr)) return last.accuracy;
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const xa = Math.log10(a.lr);
    const xb = Math.log10(b.lr);
    if (x <= xb) return a.accuracy + ((b.accuracy - a.accuracy) * (x - xa)) / (xb - xa);
  }
  return last.accuracy;
}

/** Best grid accuracy of one seed. */
export function bestAccuracy(points: readonly GridPoint[]): number {
  return Math.max(...points.map((p) => p.accuracy));
}

/** Mean and standard error (sample sd / √n; 0 for n = 1) of finite values; NaN mean when there are none. */
export function meanSe(values: readonly number[]): { mean: number; se: number; n: number } {
  const v = values.filter(Number.isFinite);
  const n = v.length;
  if (n === 0) return { mean: Number.NaN, se: Number.NaN, n };
  const mean = v.reduce((s, x) => s + x, 0) / n;
  if (n === 1) return { mean, se: 0, n };
  const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n), n };
}
