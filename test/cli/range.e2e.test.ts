import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './real-cli.js';
import { extendedNote } from '../../src/search/notes.js';
import type { SweepResult } from '../../src/search/types.js';

// Noise-free: two searches of a noisy curve sample different lrs, and on this curve's flat floor (the loss
// moves less than its 2 % noise over ±0.2 decade) each maxLr reads 0.1-0.17 decade off, so two honest
// searches differ by about the threshold. How noise moves the picks is bench:accuracy's to measure.
const SYNTHETIC = 'node fixtures/synthetic/train.mjs --lr {lr} --steps {steps} --seed {seed} --noise 0';

async function search(args: string[]): Promise<SweepResult> {
  const run = await cli(['search', '--command', SYNTHETIC, '--json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as SweepResult;
}

describe('lr-sweep search with a badly set range', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-range-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('search --end-lr below the minimum extends past it, says so, and picks what the default range picks; --strict-range keeps the wall', async () => {
    const wide = await search(['--out', join(dir, 'wide')]);
    const low = await search(['--end-lr', '1e-3', '--out', join(dir, 'low')]);
    const strict = await search(['--end-lr', '1e-3', '--strict-range', '--out', join(dir, 'strict')]);
    expect(wide.extended).toBeNull();
    expect(low.extended?.endLr).toBeGreaterThan(1e-3);
    expect(low.settings.endLr).toBe(1e-3);
    expect(extendedNote(low)).toContain('asked 1.00e-7 .. 1.00e-3');
    // The same window as a well-set range, well within the search's own threshold (0.05 decades).
    expect(Math.abs(Math.log10(low.selectedLr ?? 0) - Math.log10(wide.selectedLr ?? 1))).toBeLessThan(0.005);
    expect(strict.extended).toBeNull();
    expect(strict.picks).toBeNull();
    expect((strict as SweepResult & { settingsSource: Record<string, string> }).settingsSource.strictRange).toBe('flag');
  });
});
