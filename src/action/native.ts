/**
 * node-canvas is native and cannot be bundled. The action resolves it as the bundle will (from the
 * action's own folder); when it is missing, it installs the pinned version there once with npm
 * (prebuilt N-API binary, no compiler needed on Linux x64) and the folder keeps it for later runs on
 * the same runner. If that fails, the report still has SVG charts and Markdown.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CANVAS_VERSION } from './constants.js';
import { canvasInstalling, canvasUnavailable } from './messages.js';

/** Installs `canvas@version` into `<prefix>/node_modules`; rejects with a one-line reason. */
export type PackageInstaller = (prefix: string, version: string) => Promise<void>;

/** What {@link ensureCanvas} did. */
export type CanvasStatus =
  | { readonly status: 'present' }
  | { readonly status: 'installed'; readonly notice: string }
  | { readonly status: 'unavailable'; readonly notice: string };

/** Options for {@link ensureCanvas}. */
export interface EnsureCanvasOptions {
  /** The action's root folder (holding action.yml and dist/). Default: found from this module's location. */
  readonly actionRoot?: string;
  /** Version to install. Default {@link CANVAS_VERSION}. */
  readonly version?: string;
  /** Installs the package. Default: `npm install` with a 5-minute timeout. */
  readonly install?: PackageInstaller;
  /** Progress lines. Default: nothing. */
  readonly log?: (line: string) => void;
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

function resolvesFrom(actionRoot: string): boolean {
  try {
    createRequire(join(actionRoot, 'dist', 'index.js')).resolve('canvas');
    return true;
  } catch {
    return false;
  }
}

/** The default installer: `npm install canvas@version` in a scratch folder under `prefix`. */
export const npmInstaller: PackageInstaller = (prefix, version) =>
  new Promise((resolve, reject) => {
    const args = ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', '--fetch-retries=1', `canvas@${version}`];
    const child = spawn('npm', args, { cwd: prefix, stdio: ['ignore', 'ignore', 'pipe'], shell: process.platform === 'win32', timeout: 300_000 });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.on('error', (error) => reject(new Error(`npm could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const tail = stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
        reject(new Error(`npm install exited with ${signal ?? code}${tail === '' ? '' : `: ${tail}`}`));
      }
    });
  });

/**
 * Makes `canvas` resolvable from the action's dist/: present already (a development checkout, or an
 * earlier run on this runner), or installed now into `<actionRoot>/node_modules`. Never throws.
 * Call it before the report module (and so vega, which probes canvas once when it loads) is imported.
 */
export async function ensureCanvas(options: EnsureCanvasOptions = {}): Promise<CanvasStatus> {
  const root = options.actionRoot ?? findActionRoot();
  if (resolvesFrom(root)) return { status: 'present' };
  const version = options.version ?? CANVAS_VERSION;
  const target = join(root, 'node_modules');
  const scratch = join(root, `.canvas-install-${process.pid}`);
  options.log?.(canvasInstalling(version, target));
  try {
    await mkdir(scratch, { recursive: true });
    await writeFile(
      join(scratch, 'package.json'),
      JSON.stringify({ private: true, dependencies: { canvas: version }, allowScripts: { canvas: true } }),
    );
    await (options.install ?? npmInstaller)(scratch, version);
    // canvas needs none of its dependencies at run time (they only fetch or build the binary).
    await mkdir(target, { recursive: true });
    try {
      await rename(join(scratch, 'node_modules', 'canvas'), join(target, 'canvas'));
    } catch (error) {
      // Another job on this runner renamed its copy in first: use that one if it resolves.
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'EEXIST' || code === 'ENOTEMPTY') && resolvesFrom(root)) return { status: 'present' };
      throw error;
    }
    if (!resolvesFrom(root)) throw new Error('installed, but still not resolvable');
    return { status: 'installed', notice: `canvas@${version} installed into ${target}` };
  } catch (error) {
    return { status: 'unavailable', notice: canvasUnavailable(((error as Error | null)?.message ?? String(error)).split('\n')[0] ?? '') };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
