// A user's TypeScript module: every callback parameter must get its type from lr-sweep's declarations
// (noImplicitAny turns an untyped package into TS7016/TS7006 errors).
import { analyze, createCommandRunner, defineConfig, resolveSettings, search, writeReport, type Sample, type SweepResult } from 'lr-sweep';

const samples: Sample[] = [
  { lr: 1e-4, loss: 2.3 },
  { lr: 1e-3, loss: 2.1 },
  { lr: 1e-2, loss: 1.2 },
];
const maxLr: number | null = analyze(samples).maxLr;

const runner = createCommandRunner({ command: 'python train.py --lr {lr} --steps {steps} --seed {seed}' });
const result: SweepResult = await search(runner, resolveSettings({ endLr: 1 }), {
  progress: (event) => console.log(event.index.toFixed(0)),
});
await runner.close?.();
const written = await writeReport(result, 'lr-sweep-report');
console.log(maxLr, result.samples.map((sample) => sample.lr.toExponential(2)), written.files.length);

export default defineConfig({
  model: (tf) => tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] }),
  data: (tf, { seed }) => {
    const xs = tf.randomNormal([8, 1], 0, 1, 'float32', seed);
    return { train: { xs, ys: xs.mul(2) }, validation: { xs, ys: xs.mul(2) } };
  },
  loss: (yTrue, yPred) => yTrue.sub(yPred).square().mean(),
  optimizer: (tf, lr) => tf.train.sgd(lr),
  batchSize: 4,
});
