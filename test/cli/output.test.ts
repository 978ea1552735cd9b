import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allFrom } from '../../src/search/settings.js';
import { messages } from '../../src/cli/messages.js';
import { checkOutputDir, resultsJson, samplesCsv } from '../../src/cli/output.js';
import { UsageError } from '../../src/errors.js';
import { windowResult } from './results-fixture.js';
import { RESULT_KEYS } from '../../src/search/output.js';


describe('output files', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-out-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('resultsJson(result, settingsSource) has exactly the documented keys in order, even when given extra ones', () => {
    const parsed = JSON.parse(resultsJson({ ...windowResult, extra: 1 } as typeof windowResult, allFrom('default'))) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(RESULT_KEYS);
    expect(parsed.samples).toEqual(windowResult.samples.map((s) => ({ ...s, cached: false })));
  });

  it('samplesCsv(result.samples) writes lr exactly and an empty loss for diverged trials', () => {
    const lines = samplesCsv(windowResult.samples).trimEnd().split('\n');
    expect(lines[0]).toBe('lr,loss,diverged,round,cached');
    expect(lines[1]).toBe(`0,${Math.log(10)},false,0,false`);
    expect(Number(lines[2]?.split(',')[0])).toBe(10 ** -2.5);
    expect(lines[3]).toBe('10,,true,0,false');
  });

  it('checkOutputDir(dir) accepts a missing, an empty, or an earlier lr-sweep output directory', async () => {
    await expect(checkOutputDir(join(dir, 'new'), 'new')).resolves.toBeUndefined();
    await expect(checkOutputDir(dir, 'out')).resolves.toBeUndefined();
    await writeFile(join(dir, 'results.json'), resultsJson(windowResult, allFrom('default')));
    await writeFile(join(dir, 'curve.png'), '');
    await expect(checkOutputDir(dir, 'out')).resolves.toBeUndefined();
  });

  it('checkOutputDir(dir) refuses a directory holding files lr-sweep did not write, and a file', async () => {
    await writeFile(join(dir, 'train.py'), 'print(1)');
    await expect(checkOutputDir(dir, 'src')).rejects.toThrow(new UsageError(messages.outNotOurs('src', 'train.py')));
    await writeFile(join(dir, 'results.json'), '{"accuracy": 0.9}');
    await expect(checkOutputDir(dir, 'src')).rejects.toThrow(UsageError);
    await expect(checkOutputDir(join(dir, 'train.py'), 'train.py')).rejects.toThrow(new UsageError(messages.outNotDirectory('train.py')));
  });
});
