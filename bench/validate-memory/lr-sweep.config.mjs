// bench:validate-memory's model: a small MLP (256-16-4) on 4000 synthetic examples, batches of 32
// (125 batches, 4 MB of examples per epoch): cheap steps, so the bench measures what the batches cost.
export default {
  model: (tf) =>
    tf.sequential({
      layers: [tf.layers.dense({ inputShape: [256], units: 16, activation: 'relu' }), tf.layers.dense({ units: 4, activation: 'softmax' })],
    }),
  data: (tf, { seed }) => {
    const split = (n, offset) =>
      tf.tidy(() => {
        const labels = tf.tensor1d(Array.from({ length: n }, (_, i) => i % 4), 'int32');
        const centres = tf.oneHot(labels, 4).tile([1, 64]).mul(0.5);
        return { xs: centres.add(tf.randomNormal([n, 256], 0, 1, 'float32', seed * 10 + offset)), ys: tf.oneHot(labels, 4).toFloat() };
      });
    return { train: split(4000, 1), validation: split(400, 2) };
  },
  loss: 'categoricalCrossentropy',
  optimizer: 'sgd',
  batchSize: 32,
  metrics: ['accuracy'],
};
