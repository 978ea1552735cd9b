import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null = null;

/**
 * V8's full garbage collection as a function, without `--expose-gc` on the command line: `globalThis.gc` when the
 * process has it, else the `gc` a fresh context gets while the flag is briefly switched on (what the `expose-gc`
 * package does).
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

/** Options for {@link heapGrowthCollector}. */
export interface HeapGrowthOptions {
  /** Least growth of the used heap since the last collection that triggers the next, bytes. Default 16 MiB. */
  readonly minGrowth?: number;
  /** Growth that triggers a collection as a fraction of the heap used after the last one. Default 0.25. */
  readonly fraction?: number;
  /** The used heap now, bytes. Default V8's `used_heap_size` (no collection). */
  readonly usedHeap?: () => number;
  /** The collection. Default {@link fullCollection}. */
  readonly collect?: () => void;
}

/**
 * A check to call between units of work (validate: after every epoch) that runs a full collection once the used
 * heap has grown by more than max(`minGrowth`, `fraction` × the heap used after the last collection), and
 * returns whether it did. Why: every tfjs training step leaves its tensor objects in V8's old generation (V8
 * pretenures them), which V8 collects only at a limit it raises as the heap grows, so a long validation's
 * memory grew with its epochs (+21 % RSS from 5 to 50 epochs in `bench:validate-memory`) although nothing
 * leaked. Not after every epoch: a forced full collection throws away optimized code that refers to objects it
 * frees (tfjs' transient shapes), and re-optimizing cost ~100 ms per collection, a third of a small epoch.
 */
export function heapGrowthCollector(options: HeapGrowthOptions = {}): () => boolean {
  const minGrowth = options.minGrowth ?? 16 * 2 ** 20;
  const fraction = options.fraction ?? 0.25;
  const usedHeap = options.usedHeap ?? (() => getHeapStatistics().used_heap_size);
  const collect = options.collect ?? fullCollection();
  let base = usedHeap();
  return () => {
    if (usedHeap() - base <= Math.max(minGrowth, fraction * base)) return false;
    collect();
    base = usedHeap();
    return true;
  };
}
