// Puts node-canvas's own prebuilt Linux x64 (glibc) binary into the action's release folder, so the
// action renders PNGs on a runner without apt libraries and without installing anything at run time
// (src/action/native.ts links it). Run by the release workflow and the CI self-test, never by users.
//
// The binary is the one `npm install canvas` would fetch: canvas's package from the npm registry, then
// its own installer (`prebuild-install -r napi`, canvas's install script minus the compiler fallback),
// through npx so the script needs no node_modules (the CI self-test runs it on a bare checkout).
// Its cairo/pango/... libraries come inside the tarball next to canvas.node, which finds them through
// its RUNPATH; the script checks that with ldd and renders a PNG before keeping it.
//
// Usage: node scripts/fetch-canvas.mjs [outdir]   (default dist/native; writes <outdir>/linux-x64/canvas)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PLATFORM = { platform: 'linux', arch: 'x64', folder: 'linux-x64' };
const outdir = resolve(process.argv[2] ?? 'dist/native');

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const version = pkg.optionalDependencies?.canvas;
if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) throw new Error(`package.json optionalDependencies.canvas must be an exact version, got ${version}`);
if (process.platform !== PLATFORM.platform || process.arch !== PLATFORM.arch) {
  throw new Error(`fetch-canvas runs on ${PLATFORM.folder} (it loads the binary to check it), not ${process.platform}-${process.arch}`);
}

const work = await mkdtemp(join(tmpdir(), 'lr-sweep-canvas-'));
try {
  const tarball = execFileSync('npm', ['pack', `canvas@${version}`, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
  const canvas = join(work, 'package');
  // --platform/--arch pin the asset; the download goes to build/Release (canvas.node and its libraries).
  const installer = `prebuild-install@${canvasManifest(canvas).dependencies['prebuild-install']}`;
  execFileSync('npx', ['--yes', installer, '-r', 'napi', '--platform', PLATFORM.platform, '--arch', PLATFORM.arch], {
    cwd: canvas,
    stdio: 'inherit',
  });
  const binary = join(canvas, 'build', 'Release', 'canvas.node');
  if (!existsSync(binary)) throw new Error(`prebuild-install left no ${binary}`);
  const missing = execFileSync('ldd', [binary], { encoding: 'utf8' }).split('\n').filter((line) => line.includes('not found'));
  if (missing.length > 0) throw new Error(`the prebuilt canvas.node needs libraries it does not ship:\n${missing.join('\n')}`);
  // The C++ sources and build files only serve a compile.
  for (const unused of ['src', 'binding.gyp', 'util']) await rm(join(canvas, unused), { recursive: true, force: true });
  const png = execFileSync(
    process.execPath,
    ['-e', `process.stdout.write(require(${JSON.stringify(canvas)}).createCanvas(4, 4).toBuffer('image/png').subarray(1, 4).toString())`],
    { encoding: 'utf8' },
  );
  if (png !== 'PNG') throw new Error(`the prebuilt canvas did not render a PNG (got ${JSON.stringify(png)})`);

  const target = join(outdir, PLATFORM.folder, 'canvas');
  await rm(target, { recursive: true, force: true });
  await mkdir(join(outdir, PLATFORM.folder), { recursive: true });
  await cp(canvas, target, { recursive: true, verbatimSymlinks: true });
  const size = execFileSync('du', ['-sh', target], { encoding: 'utf8' }).split('\t')[0];
  console.log(`canvas@${version} prebuilt for ${PLATFORM.folder} in ${target} (${size})`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/** canvas's own package.json (its dependency range for prebuild-install). */
function canvasManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}
