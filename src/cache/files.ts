/**
 * Content hashes for the trial cache's key: the files named by `--cache-key-files`, a model definition with
 * the local modules it imports, and the tensors its data function returns. Reads files; writes nothing.
 */
import { createHash, type Hash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { canonicalJson, sha256 } from './key.js';
import { messages } from './messages.js';
import { RUN_SETTING_NAMES } from '../names.js';

/** Options for {@link hashKeyFiles}. */
export interface HashKeyFilesOptions {
  /** Folder the globs are relative to. Default `process.cwd()`. */
  readonly cwd?: string;
  /** How messages name the setting: `--cache-key-files` on the command line, `cache-key-files` in the action. Default `cache-key-files`. */
  readonly option?: string;
}

/** A content hash and the files it covers. */
export interface ContentHash {
  /** Lower-case hex sha256. */
  readonly hash: string;
  /** The files hashed, relative to the base folder with `/` separators, sorted. */
  readonly files: readonly string[];
}

/** Adds one file to a running hash: its path, its byte length, its bytes (the length keeps file boundaries unambiguous). */
function addFile(hash: Hash, path: string, bytes: Uint8Array): void {
  hash.update(`${path}\n${bytes.byteLength}\n`, 'utf8');
  hash.update(bytes);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Hashes the files matched by `globs` (relative to `cwd`; a folder name matches everything under it): the union,
 * sorted by path, each as path + content. Equal contents under equal paths give equal hashes; an edited, added,
 * removed or renamed file changes the hash. No globs gives the hash of no files.
 * @throws UsageError naming the option and the glob when a glob is empty or matches no file, or a file cannot be read.
 *
 * @example
 * const { hash } = await hashKeyFiles(['train.py', 'model/**\/*.py']);
 */
export async function hashKeyFiles(globs: readonly string[], options: HashKeyFilesOptions = {}): Promise<ContentHash> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const option = options.option ?? RUN_SETTING_NAMES.cacheKeyFiles;
  const matched = new Set<string>();
  // Loaded on use: a search without key files never needs the glob library.
  const { glob } = await import('tinyglobby');
  for (const pattern of globs) {
    if (pattern.trim() === '') throw new UsageError(messages.keyFilesEmptyGlob(option));
    const files = await glob(pattern, { cwd, onlyFiles: true });
    if (files.length === 0) throw new UsageError(messages.keyFilesNoMatch(option, pattern, cwd));
    for (const file of files) matched.add(toPosix(file));
  }
  const files = [...matched].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = await readFile(resolve(cwd, file)).catch((error: unknown) => {
      throw new UsageError(messages.keyFileUnreadable(option, file, reasonOf(error)));
    });
    addFile(hash, file, bytes);
  }
  return { hash: hash.digest('hex'), files };
}

const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const TS_FOR_JS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

// Over-matching (a specifier in a comment or a string) only adds a file to the hash: more misses, never a stale hit.
const SPECIFIER_PATTERNS = [
  /\bfrom\s*(['"])([^'"\n]+)\1/g,
  /\bimport\s*(['"])([^'"\n]+)\1/g,
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*[,)]/g,
  /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  /\bnew\s+URL\s*\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url/g,
];

/** The local (relative or absolute path) module specifiers in `source`: imports, re-exports, dynamic imports, requires, `new URL(.., import.meta.url)`. */
export function localSpecifiers(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of SPECIFIER_PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[2] ?? '';
      if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')) found.add(specifier);
    }
  }
  return [...found];
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Resolves a local specifier the way Node or a TypeScript loader would: as written, `.js` -> `.ts`, added extension, folder index. */
async function resolveLocal(fromDir: string, specifier: string): Promise<string | null> {
  const base = resolve(fromDir, specifier.split(/[?#]/)[0] ?? specifier);
  const ext = extname(base);
  const stem = base.slice(0, base.length - ext.length);
  const candidates = [
    base,
    ...(TS_FOR_JS[ext] ?? []).map((e) => stem + e),
    ...[...CODE_EXTENSIONS, '.json'].map((e) => base + e),
    ...CODE_EXTENSIONS.map((e) => resolve(base, `index${e}`)),
  ];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return null;
}

/**
 * Hashes a model definition file and every local file it imports, transitively (relative imports only; packages
 * are not followed). Paths are hashed relative to the definition's folder, so a checkout elsewhere gives the same
 * hash; an import that resolves to no file is hashed as missing, so creating it changes the hash.
 * @throws UsageError when the definition itself cannot be read.
 */
export async function hashDefinition(path: string, cwd: string = process.cwd()): Promise<ContentHash> {
  const root = resolve(cwd, path);
  const rootDir = dirname(root);
  const contents = new Map<string, Buffer>();
  const missing = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (contents.has(file)) continue;
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if (file === root) throw new UsageError(messages.definitionUnreadable(path, reasonOf(error)));
      missing.add(toPosix(relative(rootDir, file)));
      continue;
    }
    contents.set(file, bytes);
    if (!CODE_EXTENSIONS.includes(extname(file))) continue;
    for (const specifier of localSpecifiers(bytes.toString('utf8'))) {
      const target = await resolveLocal(dirname(file), specifier);
      if (target === null) missing.add(`${toPosix(relative(rootDir, dirname(file)))}:${specifier}`);
      else queue.push(target);
    }
  }
  const named = [...contents].map(([file, bytes]) => [toPosix(relative(rootDir, file)), bytes] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const hash = createHash('sha256');
  for (const [name, bytes] of named) addFile(hash, name, bytes);
  hash.update(`missing\n${[...missing].sort().join('\n')}`, 'utf8');
  return { hash: hash.digest('hex'), files: named.map(([name]) => name) };
}

/** One array of a model's data, as {@link fingerprintData} reads it. */
export interface DataArray {
  /** Which array it is, e.g. `train.xs`. */
  readonly name: string;
  /** Element type, e.g. `float32`. */
  readonly dtype: string;
  readonly shape: readonly number[];
  /** The values (a typed array, or the raw bytes). */
  readonly values: ArrayBufferView;
}

/**
 * Fingerprint of the data a model definition's data function returned: sha256 over each array's name, dtype,
 * shape and bytes, in name order. The same data gives the same fingerprint whatever order the arrays come in.
 *
 * @example
 * fingerprintData([{ name: 'train.xs', dtype: 'float32', shape: xs.shape, values: await xs.data() }, ...]);
 */
export function fingerprintData(arrays: readonly DataArray[]): string {
  const hash = createHash('sha256');
  for (const array of [...arrays].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const header = canonicalJson({ name: array.name, dtype: array.dtype, shape: [...array.shape], bytes: array.values.byteLength });
    hash.update(`${header}\n`, 'utf8');
    hash.update(new Uint8Array(array.values.buffer, array.values.byteOffset, array.values.byteLength));
  }
  return hash.digest('hex');
}

/** The shape of a tensor {@link fingerprintTensors} needs (a tfjs Tensor fits). */
export interface TensorLike {
  readonly shape: readonly number[];
  readonly dtype: string;
  data(): Promise<ArrayBufferView | readonly unknown[]>;
}

/**
 * {@link fingerprintData} of named tensors (for example `{ 'train.xs': data.train.xs, ... }`), read with `data()`.
 * @throws TypeError for a string tensor (its values are not bytes).
 */
export async function fingerprintTensors(tensors: Readonly<Record<string, TensorLike>>): Promise<string> {
  const arrays: DataArray[] = [];
  for (const [name, tensor] of Object.entries(tensors)) {
    const values = await tensor.data();
    if (!ArrayBuffer.isView(values)) throw new TypeError(`fingerprintTensors: ${name} is a ${tensor.dtype} tensor, not numbers`);
    arrays.push({ name, dtype: tensor.dtype, shape: tensor.shape, values });
  }
  return fingerprintData(arrays);
}

/** The `definitionHash` of a trial key: the definition's files and its data fingerprint (null when it has none) together. */
export function definitionKeyHash(definition: ContentHash, dataFingerprint: string | null): string {
  return sha256(canonicalJson({ files: definition.hash, data: dataFingerprint }));
}
