import { cp, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definitionKeyHash, fingerprintData, fingerprintTensors, hashDefinition, type DataArray, hashKeyFiles, localSpecifiers, type TensorLike } from '../../src/cache/files.js';
import { messages } from '../../src/cache/messages.js';
import { UsageError } from '../../src/errors.js';
import { tempDirs } from './helpers.js';

const tempDir = tempDirs();

async function writeFiles(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

describe('hashKeyFiles', () => {
  it('hashKeyFiles(globs) changes when a matched file is edited, added or renamed, and not when the globs are reordered', async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { 'train.py': 'lr = 1\n', 'model/net.py': 'layers = 2\n', 'notes.txt': 'x' });
    const first = await hashKeyFiles(['train.py', 'model/*.py'], { cwd });
    expect(first.files).toEqual(['model/net.py', 'train.py']);
    expect((await hashKeyFiles(['model/*.py', 'train.py', 'train.py'], { cwd })).hash).toBe(first.hash);
    await writeFile(join(cwd, 'notes.txt'), 'unrelated edit');
    expect((await hashKeyFiles(['train.py', 'model/*.py'], { cwd })).hash).toBe(first.hash);

    await writeFile(join(cwd, 'model/net.py'), 'layers = 3\n');
    const edited = await hashKeyFiles(['train.py', 'model/*.py'], { cwd });
    expect(edited.hash).not.toBe(first.hash);
    await writeFile(join(cwd, 'model/extra.py'), '');
    const added = await hashKeyFiles(['train.py', 'model/*.py'], { cwd });
    expect(added.hash).not.toBe(edited.hash);
    await rename(join(cwd, 'model/extra.py'), join(cwd, 'model/other.py'));
    expect((await hashKeyFiles(['train.py', 'model/*.py'], { cwd })).hash).not.toBe(added.hash);
  });

  it('hashKeyFiles(globs) treats a folder name as everything under it and gives one fixed hash for no globs', async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { 'src/a.py': 'a', 'src/deep/b.py': 'b' });
    expect((await hashKeyFiles(['src'], { cwd })).files).toEqual(['src/a.py', 'src/deep/b.py']);
    const none = await hashKeyFiles([], { cwd });
    expect(none).toEqual({ hash: (await hashKeyFiles([], { cwd: await tempDir() })).hash, files: [] });
  });

  it('hashKeyFiles(globs) refuses a glob that matches nothing, or an empty glob, with one line naming the option', async () => {
    const cwd = await tempDir();
    await expect(hashKeyFiles(['*.py'], { cwd, option: 'the cache-key-files input' })).rejects.toThrow(
      new UsageError(messages.keyFilesNoMatch('the cache-key-files input', '*.py', cwd)),
    );
    await expect(hashKeyFiles(['  '], { cwd })).rejects.toThrow(new UsageError(messages.keyFilesEmptyGlob('cache-key-files')));
  });
});

describe('hashDefinition', () => {
  const files = {
    'cfg/lr-sweep.config.mjs': "import { data } from './data.mjs';\nimport * as tf from '@tensorflow/tfjs';\nexport default { data, model: () => null };\n",
    'cfg/data.mjs': "export { helper } from '../shared/helper.js';\nexport const data = () => import('./lazy.mjs');\n",
    'shared/helper.ts': "import './cycle.ts';\nexport const helper = 1;\n",
    'shared/cycle.ts': "import { helper } from './helper.js';\nexport const again = helper;\n",
    'cfg/lazy.mjs': 'export const lazy = 1;\n',
    'unrelated.mjs': 'export const x = 1;\n',
  };

  it('hashDefinition(path) covers the file and its relative imports transitively (.js naming a .ts, cycles, dynamic import)', async () => {
    const dir = await tempDir();
    await writeFiles(dir, files);
    const first = await hashDefinition('cfg/lr-sweep.config.mjs', dir);
    expect(first.files).toEqual(['../shared/cycle.ts', '../shared/helper.ts', 'data.mjs', 'lazy.mjs', 'lr-sweep.config.mjs']);
    await writeFile(join(dir, 'unrelated.mjs'), 'export const x = 2;\n');
    expect((await hashDefinition('cfg/lr-sweep.config.mjs', dir)).hash).toBe(first.hash);
    await writeFile(join(dir, 'shared/cycle.ts'), "import { helper } from './helper.js';\nexport const again = helper + 1;\n");
    expect((await hashDefinition('cfg/lr-sweep.config.mjs', dir)).hash).not.toBe(first.hash);
  });

  it('hashDefinition(path) gives the same hash for the same files checked out elsewhere', async () => {
    const a = await tempDir();
    const b = await tempDir();
    await writeFiles(a, files);
    await cp(a, join(b, 'elsewhere'), { recursive: true });
    expect((await hashDefinition(join(b, 'elsewhere/cfg/lr-sweep.config.mjs'))).hash).toBe((await hashDefinition('cfg/lr-sweep.config.mjs', a)).hash);
  });

  it('hashDefinition(path) hashes an import that resolves to no file as missing, so creating it changes the hash', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'c.mjs': "import { x } from './later.mjs';\n" });
    const before = await hashDefinition('c.mjs', dir);
    await writeFiles(dir, { 'later.mjs': 'export const x = 1;\n' });
    const after = await hashDefinition('c.mjs', dir);
    expect(after.hash).not.toBe(before.hash);
    expect(after.files).toEqual(['c.mjs', 'later.mjs']);
  });

  it('hashDefinition(path) refuses an unreadable definition with one line naming it', async () => {
    const dir = await tempDir();
    await expect(hashDefinition('nope.mjs', dir)).rejects.toThrow(UsageError);
    await expect(hashDefinition('nope.mjs', dir)).rejects.toThrow(/nope\.mjs/);
  });

  it('localSpecifiers(source) finds static, side-effect, dynamic, re-export, require and new URL specifiers, local ones only', () => {
    const source = [
      "import a from './a.js';",
      "import './side.mjs'",
      "const b = await import('../b.mjs');",
      "export * from './c';",
      "const d = require('./d.cjs');",
      "const url = new URL('./weights.bin', import.meta.url);",
      "import tf from '@tensorflow/tfjs';",
      "import { readFile } from 'node:fs/promises';",
    ].join('\n');
    expect(localSpecifiers(source).sort()).toEqual(['../b.mjs', './a.js', './c', './d.cjs', './side.mjs', './weights.bin']);
  });
});

describe('fingerprintData', () => {
  const xs: DataArray = { name: 'train.xs', dtype: 'float32', shape: [2, 2], values: new Float32Array([1, 2, 3, 4]) };
  const ys: DataArray = { name: 'train.ys', dtype: 'int32', shape: [2], values: new Int32Array([0, 1]) };

  it('fingerprintData(arrays) ignores the arrays order and changes with any value, shape, dtype or name', () => {
    const base = fingerprintData([xs, ys]);
    expect(fingerprintData([ys, xs])).toBe(base);
    expect(fingerprintData([{ ...xs, values: new Float32Array([1, 2, 3, 4.0001]) }, ys])).not.toBe(base);
    expect(fingerprintData([{ ...xs, shape: [4, 1] }, ys])).not.toBe(base);
    expect(fingerprintData([{ ...xs, dtype: 'int32', values: new Int32Array(new Float32Array([1, 2, 3, 4]).buffer) }, ys])).not.toBe(base);
    expect(fingerprintData([{ ...xs, name: 'validation.xs' }, ys])).not.toBe(base);
  });

  it('fingerprintData(arrays) reads only the view, not the rest of its buffer', () => {
    const buffer = new Float32Array([9, 1, 2, 3, 4, 9]);
    expect(fingerprintData([{ ...xs, values: buffer.subarray(1, 5) }])).toBe(fingerprintData([xs]));
  });

  it('fingerprintTensors(named) equals fingerprintData of the tensors values, and definitionKeyHash mixes files and data', async () => {
    const tensor = (t: DataArray) => ({ shape: t.shape, dtype: t.dtype, data: async () => t.values }) satisfies TensorLike;
    const print = await fingerprintTensors({ 'train.xs': tensor(xs), 'train.ys': tensor(ys) });
    expect(print).toBe(fingerprintData([xs, ys]));
    const files = { hash: 'a'.repeat(64), files: ['c.mjs'] };
    expect(definitionKeyHash(files, print)).not.toBe(definitionKeyHash(files, null));
    expect(definitionKeyHash(files, print)).not.toBe(definitionKeyHash({ ...files, hash: 'b'.repeat(64) }, print));
  });
});
