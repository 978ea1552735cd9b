/**
 * node-canvas is native and cannot be bundled. A release of the action ships canvas's own prebuilt
 * N-API binary for Linux x64 (glibc) in `dist/native/linux-x64/canvas` (its cairo, pango and other
 * libraries sit next to canvas.node, so the runner needs no apt packages); the release workflow puts it
 * there. Nothing is installed at run time: the action links `<actionRoot>/node_modules/canvas` to the
 * shipped copy, where the bundle's `require('canvas')` finds it. Without a copy for this platform the
 * report still has SVG charts and Markdown.
 */
import { existsSync } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE_DIR, NATIVE_PLATFORMS } from './constants.js';
import { canvasLinked, canvasUnavailable } from './messages.js';

/** What {@link ensureCanvas} did. */
export type CanvasStatus =
  | { readonly status: 'present' }
  | { readonly status: 'linked'; readonly notice: string }
  | { readonly status: 'unavailable'; readonly notice: string };

/** The runtime a prebuilt binary must match. */
export interface NativeTarget {
  /** `process.platform`. */
  readonly platform: string;
  /** `process.arch`. */
  readonly arch: string;
  /** The C library: `'glibc'`, `'musl'`, or `null` where there is none to tell (macOS, Windows). */
  readonly libc: 'glibc' | 'musl' | null;
}

/** Options for {@link ensureCanvas}. */
export interface EnsureCanvasOptions {
  /** The action's root folder (holding action.yml and dist/). Default: found from this module's location. */
  readonly actionRoot?: string;
  /** The runtime to find a prebuilt binary for. Default: {@link currentTarget}(). */
  readonly target?: NativeTarget;
}

/** The folder holding action.yml above this module (dist/ in the bundle, src/action/ in development). */
export function findActionRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'action.yml'))) {
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

/** This process's platform, architecture and C library (glibc when Node's report names its version). */
export function currentTarget(): NativeTarget {
  if (process.platform !== 'linux') return { platform: process.platform, arch: process.arch, libc: null };
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
  return { platform: process.platform, arch: process.arch, libc: header?.glibcVersionRuntime === undefined ? 'musl' : 'glibc' };
}

/** The `dist/native` folder name a target's prebuilt binary ships in, or null when a release ships none for it. */
export function nativeFolder(target: NativeTarget): string | null {
  const name = `${target.platform}-${target.arch}`;
  const shipped = NATIVE_PLATFORMS.find((platform) => platform.folder === name && platform.libc === target.libc);
  return shipped?.folder ?? null;
}

function resolvesFrom(actionRoot: string): boolean {
  try {
    createRequire(join(actionRoot, 'dist', 'index.js')).resolve('canvas');
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes `canvas` resolvable from the action's dist/: present already (a development checkout, or an
 * earlier run from the same folder), or linked now to the copy this release ships for the runner's
 * platform. Never throws, never installs. Call it before the report module (and so vega, which probes
 * canvas once when it loads) is imported.
 */
export async function ensureCanvas(options: EnsureCanvasOptions = {}): Promise<CanvasStatus> {
  const root = options.actionRoot ?? findActionRoot();
  if (resolvesFrom(root)) return { status: 'present' };
  const target = options.target ?? currentTarget();
  const folder = nativeFolder(target);
  if (folder === null) return { status: 'unavailable', notice: canvasUnavailable(`no prebuilt canvas for ${describeTarget(target)}`) };
  const shipped = join(root, NATIVE_DIR, folder, 'canvas');
  if (!existsSync(join(shipped, 'package.json'))) {
    return { status: 'unavailable', notice: canvasUnavailable(`this checkout of the action has no ${NATIVE_DIR}/${folder}/canvas`) };
  }
  const link = join(root, 'node_modules', 'canvas');
  try {
    await mkdir(dirname(link), { recursive: true });
    await symlink(shipped, link, 'dir');
  } catch (error) {
    // Another job on this runner linked it first: use that link if it resolves.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !resolvesFrom(root)) {
      return { status: 'unavailable', notice: canvasUnavailable(((error as Error).message.split('\n')[0] ?? '').trim()) };
    }
    return { status: 'present' };
  }
  if (!resolvesFrom(root)) return { status: 'unavailable', notice: canvasUnavailable(`${link} does not resolve`) };
  return { status: 'linked', notice: canvasLinked(`${NATIVE_DIR}/${folder}/canvas`) };
}

function describeTarget(target: NativeTarget): string {
  return `${target.platform}-${target.arch}${target.libc === null ? '' : ` (${target.libc})`}`;
}
