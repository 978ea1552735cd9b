/** A seeded pseudo-random source of floats in [0, 1), the same sequence for the same seed on every machine. */
export type Random = () => number;
/**
 * mulberry32: a tiny 32-bit PRNG, good enough for shuffling and dropout masks, bit-identical everywhere.
 * @param seed any integer; only its low 32 bits matter.
 */
export declare function mulberry32(seed: number): Random;
/** Derives an independent 32-bit seed for one purpose (weights, data, batches, trials) from the user's seed. */
export declare function deriveSeed(seed: number, purpose: number): number;
/** Purposes for {@link deriveSeed}, so each stream is independent of the others. */
export declare const SeedPurpose: {
    readonly weights: 1;
    readonly data: 2;
    readonly batches: 3;
    readonly trial: 4;
};
/** A permutation of 0..n-1 drawn with Fisher-Yates from `random`. */
export declare function permutation(n: number, random: Random): Int32Array;
/**
 * Runs `fn` with `Math.random` replaced by a PRNG seeded with `seed`, then puts the original back.
 *
 * Why: tfjs draws every unseeded random op (layer initialisers, dropout masks, tf.randomNormal) from
 * `seedrandom.alea(Math.random())`, so seeding Math.random makes initial weights and dropout masks a
 * function of the seed. Callers must not run two of these at once (the runner serialises trials).
 */
export declare function withSeededRandom<T>(seed: number, fn: () => T | Promise<T>): Promise<T>;
/**
 * Runs the synchronous `fn` with `Math.random` drawing from `random`, then puts the original back. Unlike
 * {@link withSeededRandom}, nothing else can run (and draw from the stream) while it is installed.
 */
export declare function withRandom<T>(random: Random, fn: () => T): T;
