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
/**
 * Hashes the files matched by `globs` (relative to `cwd`; a folder name matches everything under it): the union,
 * sorted by path, each as path + content. Equal contents under equal paths give equal hashes; an edited, added,
 * removed or renamed file changes the hash. No globs gives the hash of no files.
 * @throws UsageError naming the option and the glob when a glob is empty or matches no file, or a file cannot be read.
 *
 * @example
 * const { hash } = await hashKeyFiles(['train.py', 'model/**\/*.py']);
 */
export declare function hashKeyFiles(globs: readonly string[], options?: HashKeyFilesOptions): Promise<ContentHash>;
/** The local (relative or absolute path) module specifiers in `source`: imports, re-exports, dynamic imports, requires, `new URL(.., import.meta.url)`. */
export declare function localSpecifiers(source: string): string[];
/**
 * Hashes a model definition file and every local file it imports, transitively (relative imports only; packages
 * are not followed). Paths are hashed relative to the definition's folder, so a checkout elsewhere gives the same
 * hash; an import that resolves to no file is hashed as missing, so creating it changes the hash.
 * @throws UsageError when the definition itself cannot be read.
 */
export declare function hashDefinition(path: string, cwd?: string): Promise<ContentHash>;
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
export declare function fingerprintData(arrays: readonly DataArray[]): string;
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
export declare function fingerprintTensors(tensors: Readonly<Record<string, TensorLike>>): Promise<string>;
/** The `definitionHash` of a trial key: the definition's files and its data fingerprint (null when it has none) together. */
export declare function definitionKeyHash(definition: ContentHash, dataFingerprint: string | null): string;
