import type { Sample } from './types.js';
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
export declare function prepareSamples(samples: readonly Sample[], lossAtZeroOption?: number): PreparedSamples;
