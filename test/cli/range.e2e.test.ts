import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './real-cli.js';
import { extendedNote } from '../../src/search/notes.js';
import type { SweepResult } from '../../src/search/types.js';

const SYNTHETIC = 'node fixtures/synthetic/train.mjs --lr {lr} --steps {steps} --seed {seed}';

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
    // Same window within the search's own threshold (0.05 decades) as a well-set range.
    expect(Math.abs(Math.log10(low.selectedLr ?? 0) - Math.log10(wide.selectedLr ?? 1))).toBeLessThan(0.05);
    expect(strict.extended).toBeNull();
    expect(strict.picks).toBeNull();
    expect((strict as SweepResult & { settingsSource: Record<string, string> }).settingsSource.strictRange).toBe('flag');
  });
});
