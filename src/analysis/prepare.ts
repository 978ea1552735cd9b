import { UsageError } from '../errors.js';
import { invalidLossAtZero, invalidSampleLr } from './messages.js';
import type { Sample } from './types.js';

/** Learning rates closer than this in log10 are the same lr. */
const SAME_LR_DECADES = 1e-9;

/** Finite samples at one distinct lr > 0, duplicates averaged. */
export interface Point {
  /** log10(lr). */
  readonly x: number;
  /** Mean loss of the finite trials at this lr. */
  readonly y: number;
  /** Number of finite trials averaged into `y`; the spline weights the point by it. */
  readonly count: number;
}

/** Samples split the way the analysis needs them. */
export interface PreparedSamples {
  /** Distinct lrs > 0 with a finite loss, ascending in x, duplicates averaged. */
  readonly points: readonly Point[];
  /** Distinct lrs > 0 where every trial diverged (NaN or ±Infinity), ascending. */
  readonly diverged: readonly number[];
  /** L(0): the option if given, else the mean finite loss of the lr = 0 samples, else null. */
  readonly lossAtZero: number | null;
}

/**
 * Validates samples and splits them into L(0), finite points and diverged lrs. Pure.
 * Throws UsageError for lr < 0 or a non-finite lr, naming the value. Order does not matter.
 * A lr with both finite and diverged trials counts as finite (the diverged repeats are dropped):
 * one finite result proves the lr trains.
 */
export function prepareSamples(samples: readonly Sample[], lossAtZeroOption?: number): PreparedSamples {
  if (lossAtZeroOption !== undefined && !Number.isFinite(lossAtZeroOption)) {
    throw new UsageError(invalidLossAtZero(lossAtZeroOption));
  }
  const sums = new Map<number, { sum: number; count: number }>();
  const divergedSet = new Set<number>();
  let zeroSum = 0;
  let zeroCount = 0;
  samples.forEach((sample, index) => {
    const { lr, loss } = sample;
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) throw new UsageError(invalidSampleLr(lr, index));
    const finite = typeof loss === 'number' && Number.isFinite(loss);
    if (lr === 0) {
      if (finite) {
        zeroSum += loss;
        zeroCount += 1;
      }
      return;
    }
    if (!finite) {
      divergedSet.add(lr);
      return;
    }
    const entry = sums.get(lr) ?? { sum: 0, count: 0 };
    entry.sum += loss;
    entry.count += 1;
    sums.set(lr, entry);
  });
  const sorted = [...sums.entries()]
    .map(([lr, { sum, count }]) => ({ x: Math.log10(lr), y: sum / count, count }))
    .sort((a, b) => a.x - b.x);
  // lrs that differ only by float noise (e.g. 10^-3 vs 0.001) are one lr: merge them, or the spline's 1/h blows up.
  const points: Point[] = [];
  for (const p of sorted) {
    const last = points[points.length - 1];
    if (last && p.x - last.x < SAME_LR_DECADES) {
      const count = last.count + p.count;
      points[points.length - 1] = { x: last.x, y: (last.y * last.count + p.y * p.count) / count, count };
    } else {
      points.push(p);
    }
  }
  const diverged = [...divergedSet].filter((lr) => !sums.has(lr)).sort((a, b) => a - b);
  const lossAtZero = lossAtZeroOption ?? (zeroCount > 0 ? zeroSum / zeroCount : null);
  return { points, diverged, lossAtZero };
}
