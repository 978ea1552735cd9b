/**
 * dist/ is committed (the action runs from it, with no install step), so it must be exactly what
 * `npm run build` makes from src/ now. Rebuilds into a temporary folder and compares file by file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');
const STALE = 'dist/ is stale: run `npm run build` and commit dist/';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let fresh: string;
beforeAll(async () => {
  fresh = await mkdtemp(join(tmpdir(), 'lr-sweep-dist-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', join(fresh, 'dist')], { cwd: REPO, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});
afterAll(async () => {
  await rm(fresh, { recursive: true, force: true });
});

describe('dist/', () => {
  it('dist/ holds the same files as a fresh build of src/', async () => {
    const built = await listFiles(join(fresh, 'dist'));
    expect(built).toContain('index.js');
    expect(await listFiles(join(REPO, 'dist')), STALE).toEqual(built);
  });

  it('every file in dist/ is byte-identical to a fresh build of src/', async () => {
    for (const file of await listFiles(join(fresh, 'dist'))) {
      const committed = await readFile(join(REPO, 'dist', file)).catch(() => Buffer.alloc(0));
      const built = await readFile(join(fresh, 'dist', file));
      expect(committed.equals(built), `${STALE} (${file} differs)`).toBe(true);
    }
  });
});
