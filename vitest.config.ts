import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // tfjs trials and node-canvas rendering are CPU bound; two cores, so few workers.
    maxWorkers: 2,
  },
});
