import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null = null;

/**
 * V8's full garbage collection as a function, without `--expose-gc` on the command line: `globalThis.gc` when the
 * process has it, else the `gc` a fresh context gets while the flag is briefly switched on (what the `expose-gc`
 * package does). Validation calls it after every epoch: a tfjs training step leaves its tensor objects in V8's
 * old generation (V8 pretenures them), which V8 collects only when that generation reaches a limit it raises as
 * the heap grows, so without it the resident memory of a long validation keeps growing with its epochs.
 */
export function fullCollection(): () => void {
  if (collector) return collector;
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return (collector = exposed as () => void);
  setFlagsFromString('--expose-gc');
  try {
    collector = runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return collector;
}
