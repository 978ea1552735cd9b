// Bundles src/ into dist/: the action (dist/index.js and its lazily loaded chunks, every package
// bundled except native canvas, plus the tfjs wasm binaries, and its TensorFlow.js child process
// dist/action-tfjs-child.js), the CLI (dist/cli.js), the library (dist/lib.js) and their child process
// (dist/tfjs-child.js), all three with packages external, and the library's declarations (dist/types,
// from tsconfig.build.json). Only cli.js, lib.js, tfjs-child.js and types/ go into the npm package (package.json `files`);
// the action runs from a git checkout of a release tag.
// Usage: node scripts/build.mjs [outdir]   (default dist; the staleness test builds into a temp dir)
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const outdir = resolve(process.argv[2] ?? 'dist');
const require = createRequire(import.meta.url);

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM bundles of CommonJS dependencies need a real `require`.
  banner: { js: "import { createRequire as __lrSweepCreateRequire } from 'node:module'; const require = __lrSweepCreateRequire(import.meta.url);" },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// jiti (the .ts config loader) loads its Babel transform with createRequire(import.meta.url)('../dist/babel.cjs'),
// a path that means nothing inside a bundle: make it a static import so esbuild bundles it.
const jitiBabel = {
  name: 'jiti-babel',
  setup(b) {
    b.onLoad({ filter: /[\\/]jiti[\\/]lib[\\/]jiti\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const call = 'createRequire(import.meta.url)("../dist/babel.cjs")';
      if (!source.includes(call)) throw new Error(`jiti-babel: ${args.path} no longer loads ../dist/babel.cjs this way; update scripts/build.mjs`);
      const babel = JSON.stringify(join(dirname(args.path), '..', 'dist', 'babel.cjs'));
      return { contents: `import __jitiBabel from ${babel};\n${source.replace(call, '__jitiBabel')}`, loader: 'js' };
    });
  },
};

// The TensorFlow.js child process (`--parallel N` on a config) is its own entry in each build; the define tells
// src/runners/tfjs/children.ts which file to start (it runs child.ts through tsx when no bundle defines it).
const tfjsChild = 'src/runners/tfjs/child.ts';
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts', lib: 'src/index.ts', 'tfjs-child': tfjsChild },
  outdir,
  packages: 'external',
  define: { __LR_SWEEP_TFJS_CHILD__: '"tfjs-child.js"' },
});

// The action runs from a checkout of this repository with no node_modules: bundle every package.
// canvas is native and stays external (installed into the action folder on first use, see
// src/action/native.ts). tfjs-node(-gpu) are resolved at run time from the user's repository.
// Splitting lets main.ts import the report (vega, which probes canvas once at load) lazily,
// after canvas is in place. Emscripten's CommonJS output (tfjs-backend-wasm) reads __dirname to
// find its .wasm files, which are copied next to the chunks.
const action = await build({
  ...common,
  metafile: true,
  entryPoints: { index: 'src/action/index.ts', 'action-tfjs-child': tfjsChild },
  define: { __LR_SWEEP_TFJS_CHILD__: '"action-tfjs-child.js"' },
  outdir,
  splitting: true,
  // Whitespace and syntax only: halves tfjs's size in git while function names stay readable in stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: ['canvas', '@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu'],
  // jsonc-parser's main build is UMD, whose require('./impl/format') calls esbuild cannot see: bundle its ESM build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  plugins: [jitiBabel],
  banner: {
    js:
      "import { createRequire as __lrSweepCreateRequire } from 'node:module'; import { fileURLToPath as __lrSweepFileURLToPath } from 'node:url'; import { dirname as __lrSweepDirname } from 'node:path'; " +
      'const require = __lrSweepCreateRequire(import.meta.url); const __lrSweepFilename = __lrSweepFileURLToPath(import.meta.url); const __lrSweepDirnameValue = __lrSweepDirname(__lrSweepFilename);',
  },
  // Free __filename/__dirname (CommonJS code) get the chunk's own; a module that declares its own
  // (@actions/artifact does) keeps it, where a banner `const __filename` would be a duplicate declaration.
  define: { __filename: '__lrSweepFilename', __dirname: '__lrSweepDirnameValue' },
});

const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
const wasmFiles = (await readdir(wasmDir)).filter((name) => name.endsWith('.wasm'));
const wasmUsers = Object.entries(action.metafile.outputs)
  .filter(([, output]) => Object.keys(output.inputs).some((input) => input.includes('tfjs-backend-wasm')))
  .map(([file]) => dirname(resolve(file)));
for (const dir of new Set(wasmUsers)) {
  for (const name of wasmFiles) await copyFile(join(wasmDir, name), join(dir, name));
}

// Declarations for `import ... from 'lr-sweep'` (the `types` condition in package.json `exports`).
const tsc = spawnSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--declarationDir', join(outdir, 'types')],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json exited with ${tsc.status ?? tsc.signal}`);
