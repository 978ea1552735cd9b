import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANVAS_VERSION, NATIVE_DIR } from '../../src/action/constants.js';
import { canvasLinked, canvasUnavailable } from '../../src/action/messages.js';
import { currentTarget, ensureCanvas, findActionRoot, nativeFolder, type NativeTarget } from '../../src/action/native.js';

const LINUX_GLIBC = { platform: 'linux', arch: 'x64', libc: 'glibc' } as const satisfies NativeTarget;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lr-sweep-root-'));
  await writeFile(join(root, 'action.yml'), 'name: x\n');
  await mkdir(join(root, 'dist'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A resolvable stand-in for the prebuilt canvas a release ships in dist/native/linux-x64/canvas. */
async function shipCanvas(): Promise<string> {
  const pkg = join(root, NATIVE_DIR, 'linux-x64', 'canvas');
  await mkdir(pkg, { recursive: true });
  await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: 'canvas', version: CANVAS_VERSION, main: 'index.js' }));
  await writeFile(join(pkg, 'index.js'), 'module.exports = {};');
  return pkg;
}

describe('ensureCanvas', () => {
  it('ensureCanvas() finds canvas in this development checkout without linking anything', async () => {
    expect(await ensureCanvas()).toEqual({ status: 'present' });
  });

  it('ensureCanvas links <actionRoot>/node_modules/canvas to the shipped linux-x64 copy, and a second run finds it', async () => {
    const shipped = await shipCanvas();
    const status = await ensureCanvas({ actionRoot: root, target: LINUX_GLIBC });
    expect(status).toEqual({ status: 'linked', notice: canvasLinked(`${NATIVE_DIR}/linux-x64/canvas`) });
    const link = join(root, 'node_modules', 'canvas');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(resolve(await readlink(link))).toBe(shipped);
    expect(await ensureCanvas({ actionRoot: root, target: LINUX_GLIBC })).toEqual({ status: 'present' });
  });

  it('ensureCanvas uses the link a concurrent job made first (EEXIST) instead of degrading to SVG', async () => {
    await shipCanvas();
    const [first, second] = await Promise.all([
      ensureCanvas({ actionRoot: root, target: LINUX_GLIBC }),
      ensureCanvas({ actionRoot: root, target: LINUX_GLIBC }),
    ]);
    expect([first?.status, second?.status].sort()).toEqual(['linked', 'present']);
  });

  it('ensureCanvas reports, never throws, when the checkout has no shipped copy (a branch, not a release)', async () => {
    const status = await ensureCanvas({ actionRoot: root, target: LINUX_GLIBC });
    expect(status).toEqual({ status: 'unavailable', notice: canvasUnavailable(`this checkout of the action has no ${NATIVE_DIR}/linux-x64/canvas`) });
    expect(existsSync(join(root, 'node_modules'))).toBe(false);
  });

  it('ensureCanvas reports a platform a release ships no binary for (musl, arm64, macOS) without linking', async () => {
    await shipCanvas();
    for (const target of [
      { platform: 'linux', arch: 'x64', libc: 'musl' },
      { platform: 'linux', arch: 'arm64', libc: 'glibc' },
      { platform: 'darwin', arch: 'arm64', libc: null },
    ] as const satisfies readonly NativeTarget[]) {
      const status = await ensureCanvas({ actionRoot: root, target });
      expect(status.status).toBe('unavailable');
      expect(status.status === 'unavailable' && status.notice).toContain(`no prebuilt canvas for ${target.platform}-${target.arch}`);
    }
    expect(existsSync(join(root, 'node_modules'))).toBe(false);
  });

  it('canvasUnavailable(detail) is one line that names SVG, the runner that gets PNGs and the CLI fallback, not scripts/', () => {
    const notice = canvasUnavailable('no prebuilt canvas for linux-arm64 (glibc)');
    expect(notice).not.toContain('\n');
    expect(notice).not.toContain('scripts/');
    expect(notice).toContain('SVG');
    expect(notice).toContain('ubuntu-latest');
    expect(notice).toContain('npx lr-sweep report results.json');
  });

  it('nativeFolder(currentTarget()) is linux-x64 on this Linux x64 glibc machine', () => {
    const target = currentTarget();
    if (target.platform === 'linux' && target.arch === 'x64' && target.libc === 'glibc') expect(nativeFolder(target)).toBe('linux-x64');
    else expect(nativeFolder(target)).toBeNull();
  });

  it('CANVAS_VERSION is the exact canvas version package.json pins as an optional dependency', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string> };
    expect(pkg.optionalDependencies?.['canvas']).toBe(CANVAS_VERSION);
  });

  it('findActionRoot(dir) walks up to the folder holding action.yml', async () => {
    const deep = join(root, 'dist', 'chunks');
    await mkdir(deep);
    expect(findActionRoot(deep)).toBe(root);
  });
});
