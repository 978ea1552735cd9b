/**
 * The npm package as a user gets it: `npm pack` of this repository (its committed dist/, so this
 * runs after `npm run build`), unpacked into a fresh TypeScript project and type-checked there
 * under NodeNext and Bundler resolution. The consumer's node_modules holds the unpacked tarball and
 * links to the packed package.json's `dependencies` only (no registry: the offline npm cache here is
 * empty), so a declaration that needs an undeclared package fails to resolve.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');
const CONSUMER_SOURCES = join(import.meta.dirname, 'consumer');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const NOT_BUILT = 'dist/types is missing: run `npm run build` (the tarball ships the committed dist/)';

/** Packages only the bundled action uses: a library or CLI install must not fetch them. */
const ACTION_ONLY = /^(@actions|@octokit|@azure|@protobuf-ts)\//;

/** The consumer's compiler settings per module resolution; `strict` includes noImplicitAny. */
const RESOLUTIONS = {
  NodeNext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  Bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
} as const;

interface PackedFile {
  readonly path: string;
  readonly size: number;
}
interface PackResult {
  readonly filename: string;
  readonly files: readonly PackedFile[];
}
interface PackageJson {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly exports?: unknown;
}

let work: string;
let packed: PackResult;
let consumer: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'lr-sweep-pack-'));
  const json = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: REPO, encoding: 'utf8' });
  const [result] = JSON.parse(json) as PackResult[];
  if (result === undefined) throw new Error(`npm pack printed no result: ${json}`);
  packed = result;

  consumer = join(work, 'consumer');
  const modules = join(consumer, 'node_modules');
  await mkdir(modules, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  await rename(join(work, 'package'), join(modules, 'lr-sweep'));
  const manifest = JSON.parse(await readFile(join(modules, 'lr-sweep', 'package.json'), 'utf8')) as PackageJson;
  for (const name of [...Object.keys(manifest.dependencies ?? {}), '@types/node']) {
    await mkdir(dirname(join(modules, name)), { recursive: true });
    await symlink(join(REPO, 'node_modules', name), join(modules, name), 'dir');
  }
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const file of ['consumer.ts', 'wrong.ts']) await copyFile(join(CONSUMER_SOURCES, file), join(consumer, file));
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs tsc --noEmit on the consumer's files under a resolution; returns its exit code and output. */
async function typecheck(resolution: keyof typeof RESOLUTIONS): Promise<{ code: number | null; output: string }> {
  const config = join(consumer, `tsconfig.${resolution}.json`);
  // skipLibCheck as in `tsc --init`: @tensorflow/tfjs-layers' own .d.ts fail a full check. wrong.ts
  // shows that lr-sweep's declarations and the tfjs types they name still resolve.
  const compilerOptions = { target: 'ES2022', ...RESOLUTIONS[resolution], strict: true, noEmit: true, types: ['node'], skipLibCheck: true };
  await writeFile(config, JSON.stringify({ compilerOptions, files: ['consumer.ts', 'wrong.ts'] }));
  const run = spawnSync(process.execPath, [TSC, '-p', config], { cwd: consumer, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm pack', () => {
  it('npm pack ships the library, the CLI, their declarations and a LICENSE, and no tests or CI files', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths, NOT_BUILT).toContain('dist/types/index.d.ts');
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/lib.js', 'dist/cli.js', 'dist/tfjs-child.js']));
    const unwanted = paths.filter((path) => /^(test|bench|fixtures|scripts|src|\.github|\.ci)\//.test(path) || path.startsWith('dist/chunks/'));
    expect(unwanted).toEqual([]);
  });

  it('the packed package.json resolves `lr-sweep` to dist/lib.js with a types condition first', async () => {
    const manifest = JSON.parse(await readFile(join(consumer, 'node_modules', 'lr-sweep', 'package.json'), 'utf8')) as PackageJson;
    expect(manifest.exports).toEqual({
      '.': { types: './dist/types/index.d.ts', default: './dist/lib.js' },
      './package.json': './package.json',
    });
    expect(Object.keys(manifest.dependencies ?? {}).filter((name) => ACTION_ONLY.test(`${name}/`) || name === 'canvas')).toEqual([]);
    expect(manifest.optionalDependencies).toHaveProperty('canvas');
  });
});

describe('a TypeScript consumer of the tarball', () => {
  for (const resolution of Object.keys(RESOLUTIONS) as (keyof typeof RESOLUTIONS)[]) {
    it(`tsc --noEmit under ${resolution} resolution accepts consumer.ts (noImplicitAny) and finds exactly wrong.ts's two errors`, async () => {
      expect(existsSync(join(consumer, 'node_modules', 'lr-sweep', 'dist', 'types', 'index.d.ts')), NOT_BUILT).toBe(true);
      const { code, output } = await typecheck(resolution);
      expect(code).toBe(2);
      // An untyped package would show as TS7016 (no declaration file) and TS7006 (implicit any) in
      // consumer.ts, and as no error at all in wrong.ts. (Indented lines are the errors' elaborations.)
      const errors = output.split('\n').filter((line) => /^\S/.test(line));
      expect(errors).toEqual([
        "wrong.ts(5,14): error TS2322: Type 'number | null' is not assignable to type 'string'.",
        "wrong.ts(8,14): error TS2322: Type 'string' is not assignable to type 'number'.",
      ]);
    }, 120_000);
  }
});

describe('package-lock.json', () => {
  it('package-lock.json marks every action-only package dev, so a library install never fetches it', async () => {
    const lock = JSON.parse(await readFile(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const shipped = Object.entries(lock.packages)
      .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), entry }))
      .filter(({ name, entry }) => ACTION_ONLY.test(name) && entry.dev !== true)
      .map(({ name }) => name);
    expect(shipped).toEqual([]);
  });
});
