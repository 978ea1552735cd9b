import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh temporary directory for one test's config files and fake packages. */
export function tempProject(prefix = 'lr-sweep-tfjs-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `files` (relative path -> contents) under `dir` and returns the path of the first one. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return join(dir, Object.keys(files)[0]!);
}

/** Options for {@link blobsConfig}. */
export interface BlobsConfigOptions {
  /** Optimizer expression (JS source). Default `'sgd'`. */
  readonly optimizer?: string;
  /** Extra layers (JS source) inserted after the hidden layer, e.g. a dropout. Default none. */
  readonly extraLayers?: string;
  /** Training examples. Default 240. */
  readonly trainCount?: number;
  /** Hidden-layer initialiser seed (JS source, e.g. `1`); default unseeded (lr-sweep seeds Math.random). */
  readonly initSeed?: number;
}

/** `export default { field: source, ... }` from JS source snippets. */
export function configSource(fields: Readonly<Record<string, string>>): string {
  return `export default {\n${Object.entries(fields).map(([k, v]) => `  ${k}: ${v},`).join('\n')}\n};\n`;
}

/**
 * The fields (JS source) of a small blobs config: 3 classes in 4 dimensions, one hidden layer, quick enough to run
 * many trials. The data depends only on `seed`, through seeded tf.randomNormal calls.
 */
export function blobsFields(options: BlobsConfigOptions = {}): Record<string, string> {
  const init = (seed: number | undefined) =>
    seed === undefined ? '' : `, kernelInitializer: tf.initializers.glorotUniform({ seed: ${seed} })`;
  const seed = options.initSeed;
  return {
    model: `(tf) => tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [4], units: 12, activation: 'relu'${init(seed)} }),
    ${options.extraLayers ?? ''}
    tf.layers.dense({ units: 3, activation: 'softmax'${init(seed === undefined ? undefined : seed + 1)} }),
  ] })`,
    data: `(tf, { seed }) => {
    const blobs = (n, offset) => tf.tidy(() => {
      const labels = tf.tensor1d(Array.from({ length: n }, (_, i) => i % 3), 'int32');
      const xs = tf.oneHot(labels, 4).mul(2).add(tf.randomNormal([n, 4], 0, 1, 'float32', seed * 100 + offset + 1));
      return { xs, ys: tf.oneHot(labels, 3).toFloat() };
    });
    return { train: blobs(${options.trainCount ?? 240}, 0), validation: blobs(90, 1) };
  }`,
    loss: "'categoricalCrossentropy'",
    optimizer: options.optimizer ?? "'sgd'",
    batchSize: '16',
  };
}

/** Source of the blobs config of {@link blobsFields}. */
export function blobsConfig(options: BlobsConfigOptions = {}): string {
  return configSource(blobsFields(options));
}
