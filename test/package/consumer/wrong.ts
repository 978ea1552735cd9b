// Must NOT type-check, with exactly these two errors: proves lr-sweep's declarations, and the
// @tensorflow/tfjs types they re-export, are real types rather than `any`.
import { analyze, type Tf } from 'lr-sweep';

export const notAString: string = analyze([]).maxLr;

declare const tf: Tf;
export const notANumber: number = tf.version['tfjs-core'];
