import { describe, expect, it } from 'vitest';
import { fullCollection, heapGrowthCollector } from '../../../src/compare/validate/collect.js';

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

describe('heapGrowthCollector', () => {
  it('collects only once the used heap grew past max(minGrowth, fraction x the heap after the last collection)', () => {
    let used = 100;
    let collections = 0;
    const check = heapGrowthCollector({ minGrowth: 10, fraction: 0.25, usedHeap: () => used, collect: () => { collections += 1; used = 110; } });
    used = 125; // grew 25: not more than max(10, 25)
    expect(check()).toBe(false);
    used = 126; // grew 26
    expect(check()).toBe(true);
    expect(collections).toBe(1);
    used = 120; // 10 over the new base of 110, threshold max(10, 27.5)
    expect(check()).toBe(false);
    used = 138; // 28 over 110
    expect(check()).toBe(true);
    expect(collections).toBe(2);
  });

  it('the minimum growth rules while the heap is small', () => {
    let used = 8;
    let collections = 0;
    const check = heapGrowthCollector({ minGrowth: 16, usedHeap: () => used, collect: () => (collections += 1) });
    used = 24;
    expect(check()).toBe(false);
    used = 25;
    expect(check()).toBe(true);
    expect(collections).toBe(1);
  });
});
