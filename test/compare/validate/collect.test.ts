import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../../src/compare/validate/collect.js';

const globalGc = (globalThis as { gc?: unknown }).gc;

describe('fullCollection', () => {
  it('fullCollection() returns a collection that frees an object nothing references any more', async () => {
    const collect = fullCollection();
    const ref = new WeakRef({ payload: new Array<number>(1000).fill(1) });
    // V8 keeps a WeakRef's target alive until the job that made (or deref'd) it ends; only a full collection clears it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(ref.deref()).toBeDefined();
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(ref.deref()).toBeUndefined();
  });

  it('fullCollection() hands out one function and leaves the global gc as it was', () => {
    expect(fullCollection()).toBe(fullCollection());
    expect((globalThis as { gc?: unknown }).gc).toBe(globalGc);
  });
});
