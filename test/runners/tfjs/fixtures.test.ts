import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTfjsRunner } from '../../../src/runners/tfjs/index.js';
import { search } from '../../../src/search/search.js';
import { resolveSettings } from '../../../src/search/settings.js';
// @ts-expect-error: plain .mjs helper shared by the fixture configs, no type declarations
import { readMnist } from '../../../fixtures/data/mnist.mjs';

const MAX_FIXTURE_BYTES = 3e6;
/**
 * toBeCloseTo precision for L(0): 0 digits means |L(0) - ln(classes)| < 0.5. An untrained softmax sits near
 * ln(classes), its random initialisation moves it by a few tenths.
 */
const L0_DIGITS = 0;

describe('MNIST fixture data', () => {
  it('fixtures/data/mnist-6k.bin.gz holds 6000 real digits, 600 of each class, in under 3 MB', () => {
    const { count, labels, pixels } = readMnist() as { count: number; labels: Uint8Array; pixels: Uint8Array };
    expect(statSync('fixtures/data/mnist-6k.bin.gz').size).toBeLessThan(MAX_FIXTURE_BYTES);
    expect(count).toBe(6000);
    expect(pixels.length).toBe(6000 * 28 * 28);
    const perClass = Array.from({ length: 10 }, (_, digit) => labels.filter((l) => l === digit).length);
    expect(perClass).toEqual(Array(10).fill(600));
    // Real handwriting: mostly background with some full-ink pixels, not noise (a uniform image would average 127).
    const mean = pixels.reduce((a, b) => a + b, 0) / pixels.length;
    expect(mean).toBeGreaterThan(20);
    expect(mean).toBeLessThan(60);
    expect(Math.max(...pixels.subarray(0, 784))).toBe(255);
  });
});

// The full MNIST search (~50 trials of 20 steps) is a benchmark, not a unit test: `npm run bench:trials`
// runs it on mnist-mlp and mnist-cnn and prints the window. Here only the fixture's wiring is checked.
describe('fixtures/mnist-mlp', () => {
  it('fixtures/mnist-mlp loads, fits its data and evaluates the untrained model at L(0) near ln(10)', async () => {
    const runner = await createTfjsRunner({ configPath: 'fixtures/mnist-mlp/lr-sweep.config.mjs', backend: 'cpu' });
    try {
      // lr = 0 evaluates without training; an untrained 10-class softmax gives about -ln(1/10) = 2.30.
      const { loss, diverged } = await runner.run(0, { steps: 0, seed: 0 });
      expect(diverged).toBe(false);
      expect(loss!).toBeCloseTo(Math.log(10), L0_DIGITS);
    } finally {
      await runner.close();
    }
  });
});

describe('fixtures/blobs', () => {
  it('search(blobs) finds a window inside the lr range, with the loss falling well below L(0)', async () => {
    const runner = await createTfjsRunner({ configPath: 'fixtures/blobs/lr-sweep.config.mjs', backend: 'cpu' });
    try {
      const settings = resolveSettings(runner.defaults);
      const result = await search(runner, settings);
      expect(result.reason).toBeNull();
      const { minLr, maxLr, lossAtZero } = result;
      // L(0) of a 3-class softmax at initialisation is about ln(3) = 1.10.
      expect(lossAtZero!).toBeCloseTo(Math.log(3), L0_DIGITS);
      expect(minLr!).toBeGreaterThan(settings.startLr);
      expect(maxLr!).toBeLessThan(settings.endLr);
      expect(minLr!).toBeLessThan(maxLr!);
      const best = Math.min(...result.samples.flatMap((s) => (s.loss === null ? [] : [s.loss])));
      expect(best).toBeLessThan(0.5 * lossAtZero!);
    } finally {
      await runner.close();
    }
  });
});
