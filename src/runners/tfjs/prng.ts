/** A seeded pseudo-random source of floats in [0, 1), the same sequence for the same seed on every machine. */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG, good enough for shuffling and dropout masks, bit-identical everywhere.
 * @param seed any integer; only its low 32 bits matter.
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent 32-bit seed for one purpose (weights, data, batches, trials) from the user's seed. */
export function deriveSeed(seed: number, purpose: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(purpose + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Purposes for {@link deriveSeed}, so each stream is independent of the others. */
export const SeedPurpose = { weights: 1, data: 2, batches: 3, trial: 4 } as const;

/** A permutation of 0..n-1 drawn with Fisher-Yates from `random`. */
export function permutation(n: number, random: Random): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/**
 * Runs `fn` with `Math.random` replaced by a PRNG seeded with `seed`, then puts the original back.
 *
 * Why: tfjs draws every unseeded random op (layer initialisers, dropout masks, tf.randomNormal) from
 * `seedrandom.alea(Math.random())`, so seeding Math.random makes initial weights and dropout masks a
 * function of the seed. Callers must not run two of these at once (the runner serialises trials).
 */
export async function withSeededRandom<T>(seed: number, fn: () => T | Promise<T>): Promise<T> {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return await fn();
  } finally {
    Math.random = original;
  }
}

/**
 * Runs the synchronous `fn` with `Math.random` drawing from `random`, then puts the original back. Unlike
 * {@link withSeededRandom}, nothing else can run (and draw from the stream) while it is installed.
 */
export function withRandom<T>(random: Random, fn: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
