import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package's `exports` entry, as a user's `import ... from 'lr-sweep'` loads it.
// A computed specifier: the bundle has no .d.ts of its own; its types are src/index.ts's.
const LIB = new URL('../dist/lib.js', import.meta.url).href;
const lib = (await import(LIB)) as typeof import('../src/index.js');
const SYNTHETIC = join(import.meta.dirname, '..', 'fixtures', 'synthetic', 'train.mjs');

describe('lr-sweep as a library (dist/lib.js)', () => {
  it('analyze(samples) reads a window and three ordered picks off the README example', () => {
    const analysis = lib.analyze([
      { lr: 0, loss: 2.3 },
      { lr: 1e-4, loss: 2.29 },
      { lr: 1e-3, loss: 2.1 },
      { lr: 1e-2, loss: 1.2 },
      { lr: 1e-1, loss: 0.7 },
      { lr: 1, loss: Number.NaN },
    ]);
    expect(analysis.reason).toBeNull();
    const { minLr, maxLr, picks } = analysis;
    if (minLr === null || maxLr === null || picks === null) throw new Error('expected a window');
    // Every pick lies inside the window, and the midpoint is its log-midpoint.
    for (const lr of [picks.midpoint, picks.halfLoss, picks.steepest]) {
      expect(lr).toBeGreaterThanOrEqual(minLr);
      expect(lr).toBeLessThanOrEqual(maxLr);
    }
    expect(Math.log10(picks.midpoint)).toBeCloseTo((Math.log10(minLr) + Math.log10(maxLr)) / 2, 9);
    expect(analysis.divergedFrom).toBe(1);
  });

  it('search(createCommandRunner(...)) then writeReport(...) runs the README flow end to end', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lr-sweep-lib-'));
    const runner = lib.createCommandRunner({ command: `node ${JSON.stringify(SYNTHETIC)} --lr {lr} --steps {steps} --seed {seed}` });
    try {
      const events: number[] = [];
      const result = await lib.search(runner, lib.resolveSettings({ endLr: 1, parallel: 2 }), {
        progress: (e) => events.push(e.index),
      });
      expect(result.reason).toBeNull();
      expect(result.trials).toBe(result.samples.length);
      expect(events).toHaveLength(result.trials);
      // The synthetic script's descent is centred on 1e-3 (fixtures/synthetic/train.mjs): the
      // selected midpoint must sit within a decade of it.
      expect(Math.abs(Math.log10(result.selectedLr ?? Number.NaN) + 3)).toBeLessThan(1);
      const written = await lib.writeReport(result, out);
      expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('midpoint');
      expect(written.files.length).toBeGreaterThanOrEqual(3);
    } finally {
      await runner.close?.();
      await rm(out, { recursive: true, force: true });
    }
  });
});
