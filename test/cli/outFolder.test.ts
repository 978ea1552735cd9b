import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { messages } from '../../src/cli/messages.js';
import { checkOutFolder, OWN_DOCUMENTS } from '../../src/cli/outFolder.js';
import { OUTPUT_FILES } from '../../src/cli/output.js';
import { RANGE_TEST_FILES } from '../../src/compare/rangetest/write.js';
import { VALIDATION_FILES } from '../../src/compare/validate/write.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-outfolder-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function refusal(dir: string, options = {}): Promise<string | null> {
  try {
    await checkOutFolder(dir, 'out', options);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
}

describe('checkOutFolder', () => {
  it('OWN_DOCUMENTS names the files the search, the range test and validate write', () => {
    expect(OWN_DOCUMENTS.map((d) => d.file)).toEqual([OUTPUT_FILES.results, RANGE_TEST_FILES.json, VALIDATION_FILES.json]);
  });

  it('checkOutFolder(dir) accepts a missing or empty folder and refuses a file', async () => {
    const dir = await folderWith({ 'a.txt': '' });
    expect(await refusal(join(dir, 'new'))).toBeNull();
    await mkdir(join(dir, 'empty'));
    expect(await refusal(join(dir, 'empty'))).toBeNull();
    expect(await refusal(join(dir, 'a.txt'))).toBe(messages.outNotDirectory('out'));
  });

  it('checkOutFolder(dir) counts a folder with a range-test.json or validation.json of ours as ours, not one with a look-alike', async () => {
    expect(await refusal(await folderWith({ 'range-test.json': '{"settings":{},"steps":[],"stopReason":"completed","suggestions":[]}', 'x.png': '' }))).toBeNull();
    expect(await refusal(await folderWith({ 'validation.json': '{"settings":{},"grid":[],"band":null,"picks":[]}', 'x.png': '' }))).toBeNull();
    expect(await refusal(await folderWith({ 'validation.json': '{"accuracy":0.9}' }))).toBe(messages.outNotOurs('out', 'validation.json'));
    expect(await refusal(await folderWith({ 'range-test.json': 'not json' }))).toBe(messages.outNotOurs('out', 'range-test.json'));
  });

  it('checkOutFolder(dir, { knownOurs }) counts the folder of a results file already read as ours, whatever its name', async () => {
    const dir = await folderWith({ 'run3.json': '{}', 'notes.txt': '' });
    expect(await refusal(dir)).toBe(messages.outNotOurs('out', 'notes.txt'));
    expect(await refusal(dir, { knownOurs: join(dir, 'run3.json') })).toBeNull();
    expect(await refusal(dir, { knownOurs: join(tmpdir(), 'elsewhere', 'run3.json') })).toBe(messages.outNotOurs('out', 'notes.txt'));
  });
});
