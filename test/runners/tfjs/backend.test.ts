import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { loadBackend, missingKernels, NATIVE_PACKAGES } from '../../../src/runners/tfjs/backend.js';
import { createTfjsRunner, type TfjsRunner } from '../../../src/runners/tfjs/index.js';
import { messages } from '../../../src/runners/tfjs/messages.js';
import { blobsConfig, tempProject, writeFiles } from './helpers.js';

const require = createRequire(import.meta.url);
const TFJS = require.resolve('@tensorflow/tfjs');
const TFJS_CPU = require.resolve('@tensorflow/tfjs-backend-cpu');

/**
 * A stand-in for @tensorflow/tfjs-node(-gpu): it re-exports @tensorflow/tfjs as its own namespace object and
 * registers a 'tensorflow' backend that runs the cpu kernels, like the real package registers its native one.
 */
function fakeNativePackage(name: string): Record<string, string> {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '4.22.0', main: 'index.js' }),
    [`node_modules/${name}/index.js`]: `
      const tf = require(${JSON.stringify(TFJS)});
      const { MathBackendCPU } = require(${JSON.stringify(TFJS_CPU)});
      globalThis.__lrSweepNativeLoads = [...(globalThis.__lrSweepNativeLoads ?? []), ${JSON.stringify(name)}];
      if (tf.findBackendFactory('tensorflow') == null) {
        for (const kernel of tf.getKernelsForBackend('cpu')) tf.registerKernel({ ...kernel, backendName: 'tensorflow' });
        tf.registerBackend('tensorflow', () => new MathBackendCPU(), 3);
      }
      module.exports = { ...tf, fakeNative: ${JSON.stringify(name)} };
    `,
  };
}

/** A config that records the `tf` its factories receive. */
const RECORDING_CONFIG = blobsConfig().replace(
  'model: (tf) =>',
  'model: (tf) => (globalThis.__lrSweepModelTf = tf) &&',
);

const CONV_CONFIG = `export default {
  model: (tf) => tf.sequential({ layers: [
    tf.layers.conv2d({ inputShape: [6, 6, 1], filters: 2, kernelSize: 3 }),
    tf.layers.flatten(), tf.layers.dense({ units: 2, activation: 'softmax' }),
  ] }),
  data: (tf) => tf.tidy(() => {
    const xs = tf.randomUniform([16, 6, 6, 1], 0, 1, 'float32', 3);
    const ys = tf.oneHot(tf.tensor1d(Array.from({ length: 16 }, (_, i) => i % 2), 'int32'), 2).toFloat();
    return { train: { xs, ys }, validation: { xs: xs.clone(), ys: ys.clone() } };
  }),
  loss: 'categoricalCrossentropy', optimizer: 'sgd', batchSize: 4,
};`;

const globals = globalThis as { __lrSweepNativeLoads?: string[]; __lrSweepModelTf?: unknown };
const open: TfjsRunner[] = [];
afterEach(async () => {
  for (const runner of open.splice(0)) await runner.close();
  delete globals.__lrSweepNativeLoads;
  delete globals.__lrSweepModelTf;
});

/** A project dir holding `files` with the config in `models/`, and a separate working directory. */
function project(files: Record<string, string>, config = RECORDING_CONFIG) {
  const root = tempProject();
  writeFiles(root, { 'models/lr-sweep.config.mjs': config, ...files });
  return { root, configPath: join(root, 'models', 'lr-sweep.config.mjs'), cwd: tempProject('lr-sweep-cwd-') };
}

async function create(options: Parameters<typeof createTfjsRunner>[0]): Promise<{ runner: TfjsRunner; lines: string[] }> {
  const lines: string[] = [];
  const runner = await createTfjsRunner({ ...options, log: (line) => lines.push(line) });
  open.push(runner);
  return { runner, lines };
}

describe('createTfjsRunner backends', () => {
  it("createTfjsRunner({ backend: 'auto' }) trains on @tensorflow/tfjs-node resolved from the config's project and hands its tf to model()", async () => {
    const { root, configPath, cwd } = project(fakeNativePackage(NATIVE_PACKAGES.tensorflow));
    const { runner, lines } = await create({ configPath, cwd });
    const resolved = join(root, 'node_modules', '@tensorflow', 'tfjs-node', 'index.js');
    expect(runner.backend).toBe('tensorflow');
    expect(lines).toEqual([messages.backendRunning('tensorflow', `@tensorflow/tfjs-node from ${resolved}`)]);
    expect(globals.__lrSweepNativeLoads).toEqual(['@tensorflow/tfjs-node']);
    expect(globals.__lrSweepModelTf).toBe(runner.tf);
    expect((runner.tf as unknown as { fakeNative?: string }).fakeNative).toBe('@tensorflow/tfjs-node');
    expect(runner.tf.getBackend()).toBe('tensorflow');
    const native = await runner.run(0.3, { steps: 5, seed: 0 });

    // The same trial on the pure-JS backend: the native path went through the same session and runner code.
    const cpuProject = project({});
    const { runner: cpu } = await create({ configPath: cpuProject.configPath, cwd: cpuProject.cwd, backend: 'cpu' });
    expect(Object.is((await cpu.run(0.3, { steps: 5, seed: 0 })).loss, native.loss)).toBe(true);
  });

  it("createTfjsRunner({ backend: 'auto' }) prefers @tensorflow/tfjs-node-gpu over @tensorflow/tfjs-node", async () => {
    const { configPath, cwd } = project({
      ...fakeNativePackage(NATIVE_PACKAGES['tensorflow-gpu']),
      ...fakeNativePackage(NATIVE_PACKAGES.tensorflow),
    });
    const { runner } = await create({ configPath, cwd });
    expect(runner.backend).toBe('tensorflow-gpu');
    expect(globals.__lrSweepNativeLoads).toEqual(['@tensorflow/tfjs-node-gpu']);
  });

  it('loadBackend resolves a native package from the working directory when the config lives elsewhere', async () => {
    const { root } = project(fakeNativePackage(NATIVE_PACKAGES.tensorflow));
    const loaded = await loadBackend('tensorflow', { searchFrom: [tempProject(), root] });
    expect(loaded.from).toBe(join(root, 'node_modules', '@tensorflow', 'tfjs-node', 'index.js'));
  });

  it("createTfjsRunner({ backend: 'tensorflow' }) without tfjs-node installed is a UsageError saying how to install it", async () => {
    const { root, configPath, cwd } = project({});
    const dirs = [join(root, 'models'), cwd];
    const pkg = NATIVE_PACKAGES.tensorflow;
    await expect(create({ configPath, cwd, backend: 'tensorflow' })).rejects.toThrow(
      new UsageError(messages.backendUnavailable('tensorflow', messages.nativeNotFound(pkg, dirs), messages.installNative(pkg))),
    );
  });

  it('a native package that fails to load is a UsageError when asked for, and skipped with its reason under auto', async () => {
    const broken = {
      'node_modules/@tensorflow/tfjs-node-gpu/package.json': JSON.stringify({ name: '@tensorflow/tfjs-node-gpu', main: 'index.js' }),
      'node_modules/@tensorflow/tfjs-node-gpu/index.js': "throw new Error('libcudart.so.11.0: cannot open shared object file');",
    };
    const { configPath, cwd } = project(broken);
    const reason = '@tensorflow/tfjs-node-gpu failed to load: libcudart.so.11.0: cannot open shared object file';
    await expect(create({ configPath, cwd, backend: 'tensorflow-gpu' })).rejects.toThrow(
      new UsageError(messages.backendUnavailable('tensorflow-gpu', reason, messages.installNative('@tensorflow/tfjs-node-gpu'))),
    );
    const { runner, lines } = await create({ configPath, cwd });
    expect(runner.backend).toBe('wasm');
    expect(lines[0]).toContain(reason);
  });

  it("createTfjsRunner({ backend: 'auto' }) uses wasm for a dense model and says how to install the faster native backend", async () => {
    const { root, configPath, cwd } = project({});
    const { runner, lines } = await create({ configPath, cwd });
    expect(runner.backend).toBe('wasm');
    const missing = [NATIVE_PACKAGES['tensorflow-gpu'], NATIVE_PACKAGES.tensorflow];
    expect(lines).toEqual([messages.backendRunning('wasm', messages.fallbackDetail(missing, [join(root, 'models'), cwd], []))]);
    expect(Number.isFinite((await runner.run(0.3, { steps: 3, seed: 0 })).loss)).toBe(true);
  });

  it("createTfjsRunner({ backend: 'auto' }) falls back from wasm to cpu for a conv model, naming the missing kernel", async () => {
    const { configPath, cwd } = project({}, CONV_CONFIG);
    const before = (await loadBackend('cpu')).tf.memory().numTensors;
    const { runner, lines } = await create({ configPath, cwd });
    expect(runner.backend).toBe('cpu');
    expect(lines[0]).toContain(messages.wasmMissingKernels(['Conv2DBackpropFilter']));
    await runner.close();
    open.splice(0);
    // The failed wasm probe left nothing behind on tfjs's tape.
    expect(runner.tf.memory().numTensors).toBe(before);
  });

  it("createTfjsRunner({ backend: 'wasm' }) for a conv model is a UsageError naming the missing kernel", async () => {
    const { configPath, cwd } = project({}, CONV_CONFIG);
    await expect(create({ configPath, cwd, backend: 'wasm' })).rejects.toThrow(
      new UsageError(messages.backendUnavailable('wasm', messages.wasmMissingKernels(['Conv2DBackpropFilter']), 'set backend to cpu')),
    );
  });

  it('createTfjsRunner rejects an unknown backend name', async () => {
    const { configPath, cwd } = project({});
    await expect(create({ configPath, cwd, backend: 'gpu' as never })).rejects.toThrow(
      new UsageError(messages.backendInvalid('gpu', ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'])),
    );
  });

  it("loadBackend('wasm') leaves the process's uncaughtException and unhandledRejection handlers as they were", async () => {
    const before = [process.listeners('uncaughtException').length, process.listeners('unhandledRejection').length];
    await loadBackend('wasm');
    expect([process.listeners('uncaughtException').length, process.listeners('unhandledRejection').length]).toEqual(before);
  });

  it('missingKernels(error) lists the kernels named in tfjs "not registered" errors and nothing else', () => {
    expect(missingKernels(new Error("Kernel 'Conv2DBackpropFilter' not registered for backend 'wasm'"))).toEqual(['Conv2DBackpropFilter']);
    expect(missingKernels(new Error('Error when checking input'))).toEqual([]);
  });
});
