import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchCommand } from '../../src/cli/commands/search.js';
import { REPEATS_FILE } from '../../src/repeats/summary.js';
import { fakeIo } from '../cli/fake-io.js';

describe('lr-sweep search --repeats', () => {
  it('search --repeats 2 writes repeats.json beside an unchanged results.json', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lr-sweep-repeats-'));
    const io = fakeIo();
    const command = createSearchCommand({ writeReport: async () => ({ files: [], markdown: '', pngSkipped: null }) });
    const code = await command.run(
      ['--command', 'node fixtures/synthetic/train.mjs --lr {lr} --steps {steps} --seed {seed}', '--repeats', '2', '--max-trials', '25', '--parallel', '2', '--out', out],
      io,
    );
    expect(code).toBe(0);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(Object.keys(results)).toEqual(['minLr', 'maxLr', 'picks', 'method', 'selectedLr', 'lossAtZero', 'trials', 'reason', 'samples', 'settings']);
    expect(results.settings.seed).toBe(0);
    const repeats = JSON.parse(await readFile(join(out, REPEATS_FILE), 'utf8'));
    expect(repeats.seeds).toEqual([0, 1]);
    // The first repeat is results.json itself.
    expect(repeats.runs[0].picks).toEqual(results.picks);
  });
});
