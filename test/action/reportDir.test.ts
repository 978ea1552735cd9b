import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportDirOutside } from '../../src/action/messages.js';
import { prepareReportDir, reportDirFor } from '../../src/action/reportDir.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('reportDirFor', () => {
  it('reportDirFor(temp, name) is temp/lr-sweep/name', () => {
    expect(reportDirFor('/runner/tmp', 'lr-sweep-report')).toBe('/runner/tmp/lr-sweep/lr-sweep-report');
  });

  it.each(['..', '.', '', '../x', 'a/../..', '/etc'])('reportDirFor(temp, %j) refuses a folder that is not strictly inside temp/lr-sweep/', (name) => {
    expect(() => reportDirFor('/runner/tmp', name)).toThrow(/^refusing to empty /);
  });

  it('reportDirFor names the folder and the base it must be inside', () => {
    expect(() => reportDirFor('/runner/tmp', '..')).toThrow(reportDirOutside('/runner/tmp', '/runner/tmp/lr-sweep/'));
  });
});

describe('prepareReportDir', () => {
  it('prepareReportDir(temp, "..") throws and leaves every file in temp alone', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'lr-sweep-rd-'));
    dirs.push(temp);
    await writeFile(join(temp, 'sentinel'), 'keep');
    await expect(prepareReportDir(temp, '..')).rejects.toThrow(/^refusing to empty /);
    await expect(prepareReportDir(temp, '.')).rejects.toThrow(/^refusing to empty /);
    expect(await readFile(join(temp, 'sentinel'), 'utf8')).toBe('keep');
  });

  it('prepareReportDir(temp, name) empties only its own folder', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'lr-sweep-rd-'));
    dirs.push(temp);
    await mkdir(join(temp, 'lr-sweep', 'a'), { recursive: true });
    await writeFile(join(temp, 'lr-sweep', 'a', 'old'), 'x');
    await writeFile(join(temp, 'sentinel'), 'keep');
    const dir = await prepareReportDir(temp, 'a');
    expect(dir).toBe(join(temp, 'lr-sweep', 'a'));
    await expect(readFile(join(dir, 'old'), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(temp, 'sentinel'), 'utf8')).toBe('keep');
  });
});
