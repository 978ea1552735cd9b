import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANVAS_VERSION } from '../../src/action/constants.js';
import { canvasUnavailable } from '../../src/action/messages.js';
import { ensureCanvas, findActionRoot, type PackageInstaller } from '../../src/action/native.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lr-sweep-root-'));
  await writeFile(join(root, 'action.yml'), 'name: x\n');
  await mkdir(join(root, 'dist'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fake npm: writes a resolvable canvas package into <prefix>/node_modules. */
const fakeNpm: PackageInstaller = async (prefix, version) => {
  const pkg = join(prefix, 'node_modules', 'canvas');
  await mkdir(pkg, { recursive: true });
  await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: 'canvas', version, main: 'index.js' }));
  await writeFile(join(pkg, 'index.js'), 'module.exports = {};');
};

describe('ensureCanvas', () => {
  it('ensureCanvas() finds canvas in this development checkout without installing', async () => {
    let installs = 0;
    const status = await ensureCanvas({ install: async () => void installs++ });
    expect(status).toEqual({ status: 'present' });
    expect(installs).toBe(0);
  });

  it('ensureCanvas installs the pinned version into <actionRoot>/node_modules and cleans its scratch folder', async () => {
    const versions: string[] = [];
    const status = await ensureCanvas({ actionRoot: root, install: (prefix, version) => (versions.push(version), fakeNpm(prefix, version)) });
    expect(status.status).toBe('installed');
    expect(versions).toEqual([CANVAS_VERSION]);
    expect(existsSync(join(root, 'node_modules', 'canvas', 'package.json'))).toBe(true);
    expect((await readdir(root)).sort()).toEqual(['action.yml', 'dist', 'node_modules']);
    // A second run on the same runner finds it.
    expect(await ensureCanvas({ actionRoot: root, install: () => Promise.reject(new Error('must not run')) })).toEqual({ status: 'present' });
  });

  it('ensureCanvas uses the copy a concurrent job renamed into place first (ENOTEMPTY), instead of degrading to SVG', async () => {
    const racingNpm: PackageInstaller = async (prefix, version) => {
      await fakeNpm(prefix, version);
      // The other job's rename lands while this one is still installing.
      await fakeNpm(root, version);
    };
    const status = await ensureCanvas({ actionRoot: root, install: racingNpm });
    expect(status).toEqual({ status: 'present' });
    expect(existsSync(join(root, 'node_modules', 'canvas', 'package.json'))).toBe(true);
    expect((await readdir(root)).sort()).toEqual(['action.yml', 'dist', 'node_modules']);
  });

  it('ensureCanvas reports, never throws, when npm fails', async () => {
    const status = await ensureCanvas({ actionRoot: root, install: () => Promise.reject(new Error('npm install exited with 1: ENOTFOUND')) });
    expect(status).toEqual({ status: 'unavailable', notice: canvasUnavailable('npm install exited with 1: ENOTFOUND') });
    expect(existsSync(join(root, 'node_modules', 'canvas'))).toBe(false);
  });

  it('findActionRoot(dir) walks up to the folder holding action.yml', async () => {
    const deep = join(root, 'dist', 'chunks');
    await mkdir(deep);
    expect(findActionRoot(deep)).toBe(root);
  });
});
