import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { checkOutputFolder, writeResults } from '../../src/report/files.js';
import { resultsJson, samplesCsv } from '../../src/search/output.js';
import { windowResult } from '../cli/results-fixture.js';

const words = { notDirectory: () => 'not a folder', notOurs: (example: string) => `not ours: ${example}` };

describe('report/files', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-files-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writeResults(dir, result) writes results.json and samples.csv atomically and returns their paths', async () => {
    const paths = await writeResults(join(dir, 'a'), windowResult);
    expect(paths).toEqual([join(dir, 'a', 'results.json'), join(dir, 'a', 'samples.csv')]);
    expect(await readFile(paths[0] ?? '', 'utf8')).toBe(resultsJson(windowResult));
    expect(await readFile(paths[1] ?? '', 'utf8')).toBe(samplesCsv(windowResult));
  });

  it("checkOutputFolder(dir, messages) refuses a file and a foreign folder with the caller's own words", async () => {
    await writeFile(join(dir, 'train.py'), '');
    await expect(checkOutputFolder(dir, words)).rejects.toThrow(new UsageError('not ours: train.py'));
    await expect(checkOutputFolder(join(dir, 'train.py'), words)).rejects.toThrow(new UsageError('not a folder'));
    await writeResults(dir, windowResult);
    await expect(checkOutputFolder(dir, words)).resolves.toBeUndefined();
  });
});
