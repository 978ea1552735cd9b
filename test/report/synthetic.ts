/**
 * Hand-made inputs for the report tests: a synthetic step-sampling curve (plateau, descent, blow-up,
 * seeded noise) and an Analysis derived from the noise-free curve the way the paper reads it, so the
 * charts can be built and checked without depending on the analysis code.
 */
import type { Analysis, FittedCurve, Method, NoWindowCode } from '../../src/analysis/types.js';
import { summarizeRepeats, type RepeatsSummary } from '../../src/repeats/summary.js';
import type { SearchSettings, SweepResult, TrialRecord } from '../../src/search/types.js';

/** The noise-free loss at x = log10(lr): plateau 2.3, descent near 1e-2.5, minimum near 1e-1, blow-up after. */
export function trueLoss(x: number): number {
  const descent = 0.3 + 2.0 / (1 + Math.exp((x + 2.5) / 0.35));
  const blowUp = 0.4 * Math.exp(4 * (x + 0.8));
  return descent + blowUp;
}

/** Deterministic uniform [0, 1) generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for {@link syntheticTrials}. */
export interface SyntheticOptions {
  /** Standard deviation of the additive noise, loss units. Default 0.02. */
  readonly noise?: number;
  /** Losses above this count as diverged (loss null). Default 40. */
  readonly divergeAbove?: number;
  /** Extra refinement lrs as log10 values, each its own round 1.. Default a cluster around the window. */
  readonly refine?: readonly number[];
  /** PRNG seed. Default 7. */
  readonly seed?: number;
}

/** A coarse half-decade grid 1e-7..10, lr = 0, and refinement trials, with seeded noise. */
export function syntheticTrials(options: SyntheticOptions = {}): TrialRecord[] {
  const noise = options.noise ?? 0.02;
  const divergeAbove = options.divergeAbove ?? 40;
  const rand = seeded(options.seed ?? 7);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const trial = (x: number | null, round: number): TrialRecord => {
    const clean = x === null ? trueLoss(-12) : trueLoss(x);
    const loss = clean + noise * gauss();
    const lr = x === null ? 0 : Number((10 ** x).toPrecision(6));
    return clean > divergeAbove ? { lr, loss: null, diverged: true, round } : { lr, loss, diverged: false, round };
  };
  const out: TrialRecord[] = [trial(null, 0)];
  for (let x = -7; x <= 1 + 1e-9; x += 0.5) out.push(trial(x, 0));
  const refine = options.refine ?? [-3.25, -2.75, -2.25, -1.75, -1.25, -0.75, -3.1, -2.4, -1.1];
  refine.forEach((x, i) => out.push(trial(x, i < 6 ? 1 : 2)));
  return out;
}

/**
 * The paper's reading of the noise-free curve over the finite trials' span: maxLr at the fitted
 * minimum, halfLoss where the loss is half way from L(0) to it, minLr at the lowest curvature left of
 * halfLoss, midpoint between, steepest at the most negative slope in the window.
 */
export function syntheticAnalysis(samples: readonly TrialRecord[]): Analysis {
  const finite = samples.filter((s) => s.lr > 0 && s.loss !== null && !s.diverged).map((s) => Math.log10(s.lr));
  const zero = samples.filter((s) => s.lr === 0 && s.loss !== null);
  const lossAtZero = zero.length > 0 ? zero.reduce((a, s) => a + (s.loss as number), 0) / zero.length : null;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const n = 241;
  const x = Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
  const h = (hi - lo) / (n - 1);
  const y = x.map(trueLoss);
  const dy = x.map((v) => (trueLoss(v + h) - trueLoss(v - h)) / (2 * h));
  const d2y = x.map((v) => (trueLoss(v + h) - 2 * trueLoss(v) + trueLoss(v - h)) / (h * h));
  const curvature = dy.map((d, i) => (d2y[i] as number) / (1 + d * d) ** 1.5);
  const fit: FittedCurve = { x, y, dy, d2y, curvature };
  const iMax = y.indexOf(Math.min(...y));
  const l0 = lossAtZero ?? (y[0] as number);
  const half = (l0 + (y[iMax] as number)) / 2;
  let iHalf = 0;
  while (iHalf < iMax && (y[iHalf] as number) > half) iHalf++;
  let iMin = 0;
  for (let i = 0; i < iHalf; i++) if ((curvature[i] as number) < (curvature[iMin] as number)) iMin = i;
  let iSteep = iMin;
  for (let i = iMin; i <= iMax; i++) if ((dy[i] as number) < (dy[iSteep] as number)) iSteep = i;
  const at = (i: number): number => 10 ** (x[i] as number);
  const minLr = at(iMin);
  const maxLr = at(iMax);
  const divergedAbove = samples.filter((s) => s.diverged && s.lr > maxLr).map((s) => s.lr);
  return {
    minLr,
    maxLr,
    // The basin pick is never below the midpoint; a stand-in three quarters up the window keeps its rule apart from the others.
    picks: { midpoint: Math.sqrt(minLr * maxLr), halfLoss: at(iHalf), steepest: at(iSteep), basin: minLr ** 0.25 * maxLr ** 0.75 },
    lossAtZero,
    reason: null,
    fit,
    curveModel: 'spline',
    divergedFrom: divergedAbove.length > 0 ? Math.min(...divergedAbove) : null,
  };
}

/** Search settings as results.json records them (the defaults). */
export const SETTINGS: SearchSettings = {
  startLr: 1e-7,
  endLr: 10,
  coarseStep: 0.5,
  threshold: 0.05,
  maxTrials: 60,
  steps: 20,
  seed: 0,
  parallel: 1,
  method: 'midpoint',
  strictRange: false,
};

/** A results.json document for these samples and analysis. */
export function sweepResult(samples: readonly TrialRecord[], analysis: Analysis, method: Method = 'midpoint'): SweepResult {
  return {
    minLr: analysis.minLr,
    maxLr: analysis.maxLr,
    picks: analysis.picks === null ? null : { midpoint: analysis.picks.midpoint, halfLoss: analysis.picks.halfLoss, steepest: analysis.picks.steepest, basin: analysis.picks.basin },
    method,
    selectedLr: analysis.picks === null ? null : analysis.picks[method],
    lossAtZero: analysis.lossAtZero,
    trials: samples.length,
    reason: analysis.reason?.message ?? null,
    samples,
    settings: { ...SETTINGS, method },
  };
}

/** The same trials read as having no window (the loss still falling, say): fit kept, window dropped. */
export function withoutWindow(analysis: Analysis, code: NoWindowCode = 'still-falling', message = 'the loss is still falling at the largest lr tried (1e+1): raise --end-lr'): Analysis {
  return { ...analysis, minLr: null, maxLr: null, picks: null, reason: { code, facts: { kind: 'still-falling', endLr: 10 }, message }, divergedFrom: null };
}

/** Freezes an object graph, so a builder that writes to its input throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Repeated searches around `result`: seed 0 is `result` itself, the other seeds shift every pick by
 * the given decades (one entry per extra seed; null = that seed found no window). Summarised with
 * the real `summarizeRepeats`.
 */
export function syntheticRepeats(result: SweepResult, shifts: readonly (number | null)[]): RepeatsSummary {
  const runs = shifts.map((shift, i): SweepResult => {
    const seed = result.settings.seed + i + 1;
    const picks = shift === null || result.picks === null ? null : {
      midpoint: result.picks.midpoint * 10 ** shift,
      halfLoss: result.picks.halfLoss * 10 ** (shift / 2),
      steepest: result.picks.steepest * 10 ** (-shift),
      ...(result.picks.basin === undefined ? {} : { basin: result.picks.basin * 10 ** (shift / 3) }),
    };
    return { ...result, picks, selectedLr: picks === null ? null : (picks[result.method] ?? null), reason: picks === null ? 'no window' : null, settings: { ...result.settings, seed } };
  });
  return summarizeRepeats([result, ...runs]);
}
