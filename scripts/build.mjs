// Bundles src/ into dist/: the action (dist/index.js), the CLI (dist/cli.js) and the library (dist/lib.js).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM bundles of CommonJS dependencies need a real `require`.
  banner: { js: "import { createRequire as __lrSweepCreateRequire } from 'node:module'; const require = __lrSweepCreateRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', lib: 'src/index.ts' }, outdir: 'dist', packages: 'external' });
