import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, UsageError } from '../../../src/errors.js';
import { loadDefinition, validateConfig } from '../../../src/runners/tfjs/definition.js';
import { createTfjsRunner, type TfjsRunner } from '../../../src/runners/tfjs/index.js';
import { messages } from '../../../src/runners/tfjs/messages.js';
import { blobsConfig, blobsFields, configSource, tempProject, writeFiles } from './helpers.js';

const FILE = 'lr-sweep.config.mjs';
const open: TfjsRunner[] = [];
afterEach(async () => {
  for (const runner of open.splice(0)) await runner.close();
});

/** Writes `source` as the config of a fresh project and returns its directory. */
function projectWith(source: string, file = FILE): string {
  const dir = tempProject();
  writeFiles(dir, { [file]: source });
  return dir;
}

async function runnerFrom(source: string, file = FILE): Promise<TfjsRunner> {
  const runner = await createTfjsRunner({ configPath: file, cwd: projectWith(source, file), backend: 'cpu' });
  open.push(runner);
  return runner;
}

/** The blobs config with one field's source replaced or added. */
function withField(field: string, value: string): string {
  return configSource({ ...blobsFields(), [field]: value });
}

describe('loadDefinition', () => {
  it('loadDefinition(path) reports a missing file by name as a UsageError (a mistyped path, exit 2)', async () => {
    const error = await loadDefinition('nope.config.mjs', tempProject()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(messages.configNotFound('nope.config.mjs'));
  });

  it('loadDefinition(path) reports a directory as a UsageError naming it', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'models/keep.txt': '' });
    const error = await loadDefinition('models', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(messages.configIsDirectory('models'));
  });

  it('loadDefinition(path) keeps a module that fails to import a ConfigError, not a usage error', async () => {
    const dir = projectWith('throw new Error("broken");');
    const error = await loadDefinition(FILE, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).not.toBeInstanceOf(UsageError);
  });

  it('loadDefinition(path) reports a module without a default export', async () => {
    const dir = projectWith('export const model = () => null;');
    await expect(loadDefinition(FILE, dir)).rejects.toThrow(new ConfigError(messages.configNoDefault(FILE)));
  });

  it('loadDefinition(path) reports a module that fails to import, with the reason', async () => {
    const dir = projectWith("throw new Error('no GPU here');");
    await expect(loadDefinition(FILE, dir)).rejects.toThrow(new ConfigError(messages.configLoadFailed(FILE, 'no GPU here')));
  });

  it('loadDefinition(path) names the file relative to the working directory when it is inside it', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'models/mnist/lr-sweep.config.mjs': 'export default 3;' });
    await expect(loadDefinition('models/mnist/lr-sweep.config.mjs', dir)).rejects.toThrow(
      new ConfigError(messages.configNotObject(join('models', 'mnist', FILE), 3)),
    );
  });

  it.each([
    ['batchSize', undefined, messages.fieldMissing(FILE, 'batchSize', 'a positive integer')],
    ['model', undefined, messages.fieldMissing(FILE, 'model', 'a function (tf) => tf.LayersModel')],
    ['batchSize', '0', messages.fieldInvalid(FILE, 'batchSize', 0, 'a positive integer')],
    ['steps', '2.5', messages.fieldInvalid(FILE, 'steps', 2.5, 'a positive integer')],
    [
      'optimizer',
      "'adamw'",
      messages.fieldInvalid(FILE, 'optimizer', 'adamw', 'one of "sgd", "momentum", "adam", "adamax", "rmsprop", "adagrad", "adadelta" or a function (tf, lr) => tf.Optimizer'),
    ],
    ['lrRange', '[1, 0.1]', messages.fieldInvalid(FILE, 'lrRange', [1, 0.1], 'a pair [startLr, endLr] with 0 < startLr < endLr')],
    ['batch_size', '32', messages.fieldUnknown(FILE, 'batch_size', ['model', 'data', 'loss', 'optimizer', 'batchSize', 'steps', 'lrRange', 'metrics'])],
  ])('validateConfig rejects %s = %s naming the file and the field', (field, value, expected) => {
    const config: Record<string, unknown> = { model: () => null, data: () => null, loss: 'meanSquaredError', optimizer: 'sgd', batchSize: 8 };
    if (value === undefined) delete config[field];
    else config[field] = JSON.parse(value.replace(/'/g, '"'));
    expect(() => validateConfig(config, FILE)).toThrow(new ConfigError(expected));
  });

  it('loadDefinition(path) loads a TypeScript config through jiti, typed against LrSweepConfig', async () => {
    const typesPath = JSON.stringify(join(process.cwd(), 'src', 'runners', 'tfjs', 'definition.ts'));
    const source = blobsConfig()
      .replace('export default {', `import { defineConfig, type LrSweepConfig } from ${typesPath};\nconst config: LrSweepConfig = defineConfig({`)
      .replace(/};\s*$/, '});\nexport default config;\n')
      .replace(/\(tf\)/g, '(tf: any)')
      .replace('(tf, { seed })', '(tf: any, { seed }: { seed: number })')
      .replace('(n, offset)', '(n: number, offset: number)')
      .replace('(_, i)', '(_: unknown, i: number)');
    const runner = await runnerFrom(source, 'lr-sweep.config.ts');
    expect(runner.file).toBe('lr-sweep.config.ts');
    expect(Number.isFinite((await runner.run(0.1, { steps: 3, seed: 0 })).loss)).toBe(true);
  });
});

describe('createTfjsRunner config errors', () => {
  it('createTfjsRunner reports a model factory that throws, naming the file and model(tf)', async () => {
    await expect(runnerFrom(withField('model', "() => { throw new Error('unknown layer Foo'); }"))).rejects.toThrow(
      new ConfigError(messages.factoryThrew(FILE, 'model(tf)', 'unknown layer Foo')),
    );
  });

  it('createTfjsRunner reports a data factory that throws, naming the file and data(tf, { seed })', async () => {
    await expect(runnerFrom(withField('data', "async () => { throw new Error('ENOENT: data.bin'); }"))).rejects.toThrow(
      new ConfigError(messages.factoryThrew(FILE, 'data(tf, { seed })', 'ENOENT: data.bin')),
    );
  });

  it('createTfjsRunner reports a model factory that returns something else than a LayersModel', async () => {
    await expect(runnerFrom(withField('model', '() => ({ layers: [] })'))).rejects.toThrow(
      new ConfigError(messages.modelNotLayersModel(FILE, { layers: [] })),
    );
  });

  it('createTfjsRunner reports train xs whose shape does not fit the model input', async () => {
    const data = `(tf) => tf.tidy(() => ({
      train: { xs: tf.zeros([10, 5]), ys: tf.zeros([10, 3]) },
      validation: { xs: tf.zeros([4, 4]), ys: tf.zeros([4, 3]) },
    }))`;
    await expect(runnerFrom(withField('data', data))).rejects.toThrow(
      new ConfigError(messages.inputShape(FILE, 'data(tf).train xs', [10, 5], [null, 4])),
    );
  });

  it('createTfjsRunner reports validation ys whose shape does not fit the model output', async () => {
    const data = `(tf) => ({
      train: { xs: tf.zeros([10, 4]), ys: tf.zeros([10, 3]) },
      validation: { xs: tf.zeros([4, 4]), ys: tf.zeros([4, 2]) },
    })`;
    await expect(runnerFrom(withField('data', data))).rejects.toThrow(
      new ConfigError(messages.targetShape(FILE, 'data(tf).validation ys', [4, 2], [null, 3], 'categoricalCrossentropy')),
    );
  });

  it('createTfjsRunner reports xs and ys with different numbers of examples', async () => {
    const data = `(tf) => ({
      train: { xs: tf.zeros([10, 4]), ys: tf.zeros([9, 3]) },
      validation: { xs: tf.zeros([4, 4]), ys: tf.zeros([4, 3]) },
    })`;
    await expect(runnerFrom(withField('data', data))).rejects.toThrow(new ConfigError(messages.dataCount(FILE, 'train', 10, 9)));
  });

  it('createTfjsRunner reports a data result without validation', async () => {
    const data = `(tf) => ({ train: { xs: tf.zeros([10, 4]), ys: tf.zeros([10, 3]) } })`;
    await expect(runnerFrom(withField('data', data))).rejects.toThrow(
      new ConfigError(messages.dataShape(FILE, 'data(tf).validation', undefined)),
    );
  });

  it('createTfjsRunner reports validation data that makes the untrained loss NaN', async () => {
    const data = `(tf) => ({
      train: { xs: tf.zeros([10, 4]), ys: tf.zeros([10, 3]) },
      validation: { xs: tf.fill([4, 4], NaN), ys: tf.zeros([4, 3]) },
    })`;
    await expect(runnerFrom(withField('data', data))).rejects.toThrow(new ConfigError(messages.lossAtZeroNotFinite(FILE, Number.NaN)));
  });

  it('createTfjsRunner reports an unknown Keras loss name', async () => {
    const error = await runnerFrom(withField('loss', "'crossEntropyish'")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^${FILE}: "loss" "crossEntropyish" is not usable: `));
  });

  it('createTfjsRunner reports an optimizer factory that returns no optimizer', async () => {
    await expect(runnerFrom(withField('optimizer', '(tf, lr) => ({ lr })'))).rejects.toThrow(
      new ConfigError(messages.optimizerInvalid(FILE, { lr: 0.001 })),
    );
  });

  it('createTfjsRunner reports a first training step that fails, naming loss and data', async () => {
    // A loss returning a tensor with no gradient path to the weights makes tfjs refuse to train.
    const error = await runnerFrom(withField('loss', '(yTrue, yPred) => yTrue.sum()')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^${FILE}: the first training step failed: .*; check that "loss" fits`));
  });
});

describe('createTfjsRunner data sources', () => {
  it('run(lr) trains on tf.data datasets of { xs, ys } batches, the same batches in every trial', async () => {
    const data = `(tf, { seed }) => {
      const all = tf.tidy(() => {
        const labels = tf.tensor1d(Array.from({ length: 96 }, (_, i) => i % 3), 'int32');
        return { xs: tf.oneHot(labels, 4).mul(2).add(tf.randomNormal([96, 4], 0, 1, 'float32', 9)), ys: tf.oneHot(labels, 3).toFloat() };
      });
      const train = tf.data.zip({ xs: tf.data.array(tf.unstack(all.xs)), ys: tf.data.array(tf.unstack(all.ys)) })
        .shuffle(96, String(seed)).batch(12);
      const validation = tf.data.zip({ xs: tf.data.array(tf.unstack(all.xs)), ys: tf.data.array(tf.unstack(all.ys)) }).batch(40);
      return { train, validation };
    }`;
    const runner = await runnerFrom(withField('data', data));
    // 10 steps over an 8-batch dataset: it is cycled from its start, identically in every trial.
    const first = await runner.run(0.3, { steps: 10, seed: 0 });
    await runner.run(2, { steps: 10, seed: 0 });
    const again = await runner.run(0.3, { steps: 10, seed: 0 });
    expect(first.stepsRun).toBe(10);
    expect(Object.is(first.loss, again.loss)).toBe(true);
  });

  it('run(lr) reports the configured metrics on the validation set', async () => {
    const runner = await runnerFrom(withField('metrics', "['accuracy']"));
    const outcome = await runner.run(0.5, { steps: 10, seed: 0 });
    expect(Object.keys(outcome.metrics)).toEqual(['acc']);
    expect(outcome.metrics['acc']).toBeGreaterThan(0);
    expect(outcome.metrics['acc']).toBeLessThanOrEqual(1);
  });

  it("createTfjsRunner exposes the config's steps and lrRange as search defaults", async () => {
    const runner = await runnerFrom(configSource({ ...blobsFields(), steps: '30', lrRange: '[1e-5, 3]' }));
    expect(runner.defaults).toEqual({ steps: 30, startLr: 1e-5, endLr: 3 });
  });
});

describe('fixtures', () => {
  it('fixtures/blobs/lr-sweep.config.ts (through jiti) trains exactly like fixtures/blobs/lr-sweep.config.mjs', async () => {
    const fromTs = await createTfjsRunner({ configPath: 'fixtures/blobs/lr-sweep.config.ts', backend: 'cpu' });
    open.push(fromTs);
    const fromMjs = await createTfjsRunner({ configPath: 'fixtures/blobs/lr-sweep.config.mjs', backend: 'cpu' });
    open.push(fromMjs);
    const ts = await fromTs.run(0.3, { steps: 20, seed: 0 });
    const mjs = await fromMjs.run(0.3, { steps: 20, seed: 0 });
    expect(fromTs.defaults).toEqual({ startLr: 1e-4, endLr: 100 });
    expect(Object.is(ts.loss, mjs.loss)).toBe(true);
    // 20 steps at lr 0.3 on well separated blobs: accuracy far above chance (1/3).
    expect(ts.metrics['acc']).toBeGreaterThan(0.8);
  });
});
