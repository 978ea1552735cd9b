import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTfjsRunner } from '../../../src/runners/tfjs/index.js';
import { search } from '../../../src/search/search.js';
import { resolveSettings } from '../../../src/search/settings.js';
// @ts-expect-error: plain .mjs helper shared by the fixture configs, no type declarations
import { readMnist } from '../../../fixtures/data/mnist.mjs';

const MAX_FIXTURE_BYTES = 3e6;

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

describe('fixtures/mnist-mlp', () => {
  it('search(mnist-mlp) finds a window inside the lr range, with the loss falling well below L(0)', async () => {
    const runner = await createTfjsRunner({ configPath: 'fixtures/mnist-mlp/lr-sweep.config.mjs', backend: 'wasm' });
    try {
      const settings = resolveSettings(runner.defaults);
      const result = await search(runner, settings);
      expect(result.reason).toBeNull();
      const { minLr, maxLr, lossAtZero } = result;
      // L(0) of a 10-class softmax at initialisation is about ln(10) = 2.30.
      expect(lossAtZero!).toBeCloseTo(Math.log(10), 0);
      expect(minLr!).toBeGreaterThan(settings.startLr);
      expect(maxLr!).toBeLessThan(settings.endLr);
      const best = Math.min(...result.samples.flatMap((s) => (s.loss === null ? [] : [s.loss])));
      expect(best).toBeLessThan(0.5 * lossAtZero!);
    } finally {
      await runner.close();
    }
  });
});
