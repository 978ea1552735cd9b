import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import { TrialError, UsageError } from '../../../src/errors.js';
import { createTfjsRunner, type TfjsRunner } from '../../../src/runners/tfjs/index.js';
import { messages } from '../../../src/runners/tfjs/messages.js';
import { search } from '../../../src/search/search.js';
import { resolveSettings } from '../../../src/search/settings.js';
import { blobsConfig, blobsFields, configSource, tempProject, writeFiles } from './helpers.js';

const STEPS = 12;
const open: TfjsRunner[] = [];

async function runnerFor(source: string, options: { divergeFactor?: number; seed?: number } = {}): Promise<TfjsRunner> {
  const dir = tempProject();
  writeFiles(dir, { 'lr-sweep.config.mjs': source });
  const runner = await createTfjsRunner({ configPath: 'lr-sweep.config.mjs', cwd: dir, backend: 'cpu', ...options });
  open.push(runner);
  return runner;
}

async function losses(runner: TfjsRunner, lrs: readonly number[], seed = 0): Promise<number[]> {
  const out: number[] = [];
  // As the search asks: 0 steps at lr = 0.
  for (const lr of lrs) out.push((await runner.run(lr, { steps: lr === 0 ? 0 : STEPS, seed })).loss);
  return out;
}

afterEach(async () => {
  for (const runner of open.splice(0)) await runner.close();
});

describe('TfjsTrialRunner resets', () => {
  it('run(lr) twice at the same lr gives bit-identical losses, even with other trials in between', async () => {
    const runner = await runnerFor(blobsConfig());
    const [first, , , again] = await losses(runner, [0.3, 3, 0.01, 0.3]);
    expect(Number.isFinite(first)).toBe(true);
    expect(Object.is(first, again)).toBe(true);
  });

  it.each(["'sgd'", "'momentum'", "'adam'", "'rmsprop'", "(tf, lr) => tf.train.adamax(lr)"])(
    'run(B) gives the same loss whether B runs before or after A (optimizer %s)',
    async (optimizer) => {
      const source = blobsConfig({ optimizer });
      const b = 0.03;
      const a = 0.5;
      const bFirst = await runnerFor(source);
      const aFirst = await runnerFor(source);
      const [bBefore, aAfter] = await losses(bFirst, [b, a]);
      const [aBefore, bAfter] = await losses(aFirst, [a, b]);
      // Optimizer state (moments, accumulators) or trained weights leaking from A into B would move bAfter.
      expect(Object.is(bBefore, bAfter)).toBe(true);
      expect(Object.is(aBefore, aAfter)).toBe(true);
      expect(bBefore).not.toBe(aBefore);
    },
  );

  it('run(0) equals an independent evaluation of the untrained model, before and after training trials', async () => {
    const runner = await runnerFor(blobsConfig({ initSeed: 7 }));
    const [before, , , after] = await losses(runner, [0, 0.5, 2, 0]);
    // Rebuild the same model (same initializer seeds) and the same validation data (seed 0 -> randomNormal seed 2)
    // here, and compute categorical cross-entropy by hand: mean over examples of -sum(y * log(clip(p))).
    const expected = tf.tidy(() => {
      const model = tf.sequential({
        layers: [
          tf.layers.dense({ inputShape: [4], units: 12, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 7 }) }),
          tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 8 }) }),
        ],
      });
      const labels = tf.tensor1d(Array.from({ length: 90 }, (_, i) => i % 3), 'int32');
      const xs = tf.oneHot(labels, 4).mul(2).add(tf.randomNormal([90, 4], 0, 1, 'float32', 2));
      const ys = tf.oneHot(labels, 3).toFloat();
      const p = (model.predict(xs) as tf.Tensor).clipByValue(1e-7, 1 - 1e-7);
      const value = ys.mul(p.log()).sum(-1).neg().mean().dataSync()[0]!;
      model.dispose();
      return value;
    });
    const FLOAT32_TOLERANCE = 1e-6; // relative; the two paths sum in different orders
    expect(Math.abs(before! - expected) / expected).toBeLessThan(FLOAT32_TOLERANCE);
    expect(Object.is(before, after)).toBe(true);
  });

  it('run(lr) with dropout gives bit-identical losses: masks are drawn from the same seeded stream every trial', async () => {
    const runner = await runnerFor(blobsConfig({ extraLayers: 'tf.layers.dropout({ rate: 0.5 }),' }));
    const [first, , again] = await losses(runner, [0.3, 1, 0.3]);
    expect(Object.is(first, again)).toBe(true);
  });

  it('run(lr) with dropout is unaffected by other code drawing Math.random while the trial awaits', async () => {
    const runner = await runnerFor(blobsConfig({ extraLayers: 'tf.layers.dropout({ rate: 0.5 }),' }));
    const quiet = await runner.run(0.3, { steps: STEPS, seed: 0 });
    let running = true;
    let draws = 0;
    const noisy = (async () => {
      while (running) {
        Math.random();
        draws += 1;
        await null;
      }
    })();
    const busy = await runner.run(0.3, { steps: STEPS, seed: 0 });
    running = false;
    await noisy;
    expect(draws).toBeGreaterThan(STEPS);
    expect(Object.is(busy.loss, quiet.loss)).toBe(true);
  });

  it('run(lr, { seed }) changes weights and batch order with the seed and comes back exactly', async () => {
    const runner = await runnerFor(blobsConfig());
    const [seed0] = await losses(runner, [0.3], 0);
    const [seed1] = await losses(runner, [0.3], 1);
    const [seed0Again] = await losses(runner, [0.3], 0);
    expect(seed1).not.toBe(seed0);
    expect(Object.is(seed0, seed0Again)).toBe(true);
  });

  it('run(lr) never rebuilds the model or reloads the data: model() and data() run once per runner', async () => {
    const counted = configSource({
      ...blobsFields(),
      model: `(tf) => { globalThis.__lrSweepBuilds = (globalThis.__lrSweepBuilds ?? 0) + 1; return (${blobsFields().model})(tf); }`,
      data: `(tf, ctx) => { globalThis.__lrSweepLoads = (globalThis.__lrSweepLoads ?? 0) + 1; return (${blobsFields().data})(tf, ctx); }`,
    });
    const counters = globalThis as { __lrSweepBuilds?: number; __lrSweepLoads?: number };
    delete counters.__lrSweepBuilds;
    delete counters.__lrSweepLoads;
    const runner = await runnerFor(counted);
    await losses(runner, [0, 0.01, 0.1, 1, 10, 0.1]);
    expect([counters.__lrSweepBuilds, counters.__lrSweepLoads]).toEqual([1, 1]);
  });

  it('run(lr) called concurrently (search --parallel) gives the same losses as one after another', async () => {
    const runner = await runnerFor(blobsConfig({ optimizer: "'adam'" }));
    const lrs = [0.01, 0.1, 0.5, 0];
    const together = await Promise.all(lrs.map((lr) => runner.run(lr, { steps: STEPS, seed: 0 })));
    const inTurn = await losses(runner, lrs);
    expect(together.map((o) => o.loss)).toEqual(inTurn);
  });

  it('run(0, { steps: 0 }) runs no training step and run(lr) runs exactly `steps`', async () => {
    const runner = await runnerFor(blobsConfig());
    expect((await runner.run(0, { steps: 0, seed: 0 })).stepsRun).toBe(0);
    const trained = await runner.run(0.1, { steps: STEPS, seed: 0 });
    expect(trained.stepsRun).toBe(STEPS);
    expect(trained.diverged).toBe(false);
  });
});

describe('TfjsTrialRunner divergence', () => {
  it('run(lr) stops early, diverged, once the training loss exceeds divergeFactor x L(0)', async () => {
    // Softmax cross-entropy is capped near -log(1e-7) = 16.1 by clipping, so at a huge lr the loss
    // jumps well above 4 x L(0) (L(0) is about 1.1) but never above 100 x L(0).
    const strict = await runnerFor(blobsConfig(), { divergeFactor: 4 });
    const lenient = await runnerFor(blobsConfig(), { divergeFactor: 100 });
    const stopped = await strict.run(1000, { steps: STEPS, seed: 0 });
    const ranOn = await lenient.run(1000, { steps: STEPS, seed: 0 });
    expect(stopped.diverged).toBe(true);
    expect(stopped.stepsRun).toBeLessThan(STEPS);
    expect(stopped.stepsRun).toBeGreaterThanOrEqual(2);
    expect(stopped.loss).toBe(Number.POSITIVE_INFINITY);
    expect(stopped.trainLoss!).toBeGreaterThan(4 * (await strict.run(0, { steps: STEPS, seed: 0 })).loss);
    expect(ranOn.stepsRun).toBe(STEPS);
  });

  it('run(lr) stops at the first non-finite training loss, whatever the factor', async () => {
    // Linear regression with squared error: at lr = 1e20 the weights overflow float32 within a few steps.
    const source = `export default {
      model: (tf) => tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 1 })] }),
      data: (tf) => {
        const xs = tf.randomNormal([64, 3], 0, 1, 'float32', 5);
        return { train: { xs, ys: xs.sum(1, true) }, validation: { xs: xs.clone(), ys: xs.sum(1, true) } };
      },
      loss: 'meanSquaredError', optimizer: 'sgd', batchSize: 8,
    };`;
    const runner = await runnerFor(source, { divergeFactor: 1e300 });
    const outcome = await runner.run(1e20, { steps: STEPS, seed: 0 });
    expect(outcome.diverged).toBe(true);
    expect(Number.isFinite(outcome.trainLoss!)).toBe(false);
    expect(Number.isFinite(outcome.loss)).toBe(false);
    expect(outcome.stepsRun).toBeLessThan(STEPS);
  });

  it('run(lr) rejects a negative or non-finite lr and fractional steps', async () => {
    const runner = await runnerFor(blobsConfig());
    await expect(runner.run(-1, { steps: 3, seed: 0 })).rejects.toThrow(new UsageError(messages.lrInvalid(-1)));
    await expect(runner.run(Number.NaN, { steps: 3, seed: 0 })).rejects.toThrow(UsageError);
    await expect(runner.run(0.1, { steps: 2.5, seed: 0 })).rejects.toThrow(new UsageError(messages.stepsInvalid(2.5)));
  });

  it('run(lr) after close() rejects instead of rebuilding the model, and a trial in flight still finishes', async () => {
    const runner = await runnerFor(blobsConfig());
    const inFlight = runner.run(0.1, { steps: STEPS, seed: 0 });
    const closing = runner.close();
    await expect(runner.run(0.1, { steps: STEPS, seed: 0 })).rejects.toThrow(new TrialError(messages.runnerClosed(0.1), 0.1));
    expect((await inFlight).stepsRun).toBe(STEPS);
    await closing;
    open.splice(open.indexOf(runner), 1);
  });

  it('createTfjsRunner rejects a diverge factor of 1 or less', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'lr-sweep.config.mjs': blobsConfig() });
    await expect(createTfjsRunner({ configPath: 'lr-sweep.config.mjs', cwd: dir, backend: 'cpu', divergeFactor: 1 })).rejects.toThrow(
      new UsageError(messages.divergeFactorInvalid(1)),
    );
  });
});

describe('TfjsTrialRunner memory', () => {
  it('search(runner) leaves tf.memory().numTensors where it was before the runner existed, and trials do not grow it', async () => {
    const before = tf.memory().numTensors;
    const runner = await runnerFor(blobsConfig({ optimizer: "'adam'", extraLayers: 'tf.layers.dropout({ rate: 0.2 }),' }));
    await runner.run(0.01, { steps: STEPS, seed: 0 });
    const afterFirstTrial = tf.memory().numTensors;
    const result = await search(runner, resolveSettings({ steps: STEPS, startLr: 1e-4, endLr: 100, maxTrials: 20 }));
    expect(result.trials).toBeGreaterThan(10);
    expect(tf.memory().numTensors).toBe(afterFirstTrial);
    await runner.close();
    open.splice(open.indexOf(runner), 1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('run(lr) many times at every optimizer leaks no tensor', async () => {
    for (const optimizer of ["'sgd'", "'momentum'", "'adam'", "'adamax'", "'rmsprop'", "'adagrad'", "'adadelta'"]) {
      const runner = await runnerFor(blobsConfig({ optimizer }));
      await runner.run(0.01, { steps: 3, seed: 0 });
      const steady = tf.memory().numTensors;
      for (const lr of [0, 1e-3, 0.1, 10, 1e4]) await runner.run(lr, { steps: 3, seed: 0 });
      expect({ optimizer, tensors: tf.memory().numTensors }).toEqual({ optimizer, tensors: steady });
    }
  });
});
