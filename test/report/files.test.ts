import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allFrom } from '../../src/search/settings.js';
import { UsageError } from '../../src/errors.js';
import { checkOutputFolder } from '../../src/report/files.js';
import { resultsJson } from '../../src/search/output.js';
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

  it("checkOutputFolder(dir, messages) refuses a file and a foreign folder with the caller's own words", async () => {
    await writeFile(join(dir, 'train.py'), '');
    await expect(checkOutputFolder(dir, words)).rejects.toThrow(new UsageError('not ours: train.py'));
    await expect(checkOutputFolder(join(dir, 'train.py'), words)).rejects.toThrow(new UsageError('not a folder'));
    await writeFile(join(dir, 'results.json'), resultsJson(windowResult, allFrom('default')));
    await expect(checkOutputFolder(dir, words)).resolves.toBeUndefined();
  });
});
