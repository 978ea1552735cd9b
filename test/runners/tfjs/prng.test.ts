import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32, permutation, SeedPurpose, withSeededRandom } from '../../../src/runners/tfjs/prng.js';

describe('prng', () => {
  it('mulberry32(seed) repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // Mean of 1000 uniform draws: 0.5 with standard error 1/sqrt(12 * 1000) = 0.009; allow 4 of them.
    const MEAN_TOLERANCE = 0.037;
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(MEAN_TOLERANCE);
  });

  it('deriveSeed(seed, purpose) gives different streams per purpose and per seed', () => {
    const seeds = [0, 1, 2].flatMap((s) => Object.values(SeedPurpose).map((p) => deriveSeed(s, p)));
    expect(new Set(seeds).size).toBe(seeds.length);
  });

  it('permutation(n, random) is a permutation of 0..n-1', () => {
    const p = Array.from(permutation(100, mulberry32(7)));
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(p).not.toEqual([...p].sort((x, y) => x - y));
  });

  it('withSeededRandom(seed, fn) seeds Math.random inside fn and restores it, also when fn throws', async () => {
    const original = Math.random;
    const first = await withSeededRandom(5, () => [Math.random(), Math.random()]);
    const second = await withSeededRandom(5, async () => [Math.random(), Math.random()]);
    expect(second).toEqual(first);
    await expect(withSeededRandom(5, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
