import { describe, expect, it } from 'vitest';
import { canonicalJson, keyDigest, trialKey, type TrialKeyParts } from '../../src/cache/key.js';
import { TRIAL_SEMANTICS_VERSION } from '../../src/search/semantics.js';

const parts: TrialKeyParts = { identity: 'command:python train.py --lr {lr}', filesHash: 'f'.repeat(64), definitionHash: null, backend: null };

describe('cache key', () => {
  it('canonicalJson(value) sorts object keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: true, x: null }], c: 'z' } })).toBe('{"a":{"c":"z","d":[2,{"x":null,"y":true}]},"b":1}');
    expect(canonicalJson({ a: 1, b: undefined } as unknown as { a: number })).toBe('{"a":1}');
  });

  it('canonicalJson(value) refuses non-finite numbers, which JSON cannot hold', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ x: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });

  it('trialKey(parts, lr, request) holds the trial semantics version, the request and the exact lr text', () => {
    const key = trialKey(parts, 0.1 + 0.2, { steps: 20, seed: 3 });
    expect(key).toEqual({ ...parts, options: {}, trialSemantics: TRIAL_SEMANTICS_VERSION, steps: 20, seed: 3, lr: '0.30000000000000004' });
  });

  it('keyDigest(key) differs for lrs one ulp apart and for every key field, and is stable for equal keys', () => {
    const base = trialKey(parts, 0.3, { steps: 20, seed: 0 });
    const digests = [
      base,
      trialKey(parts, 0.30000000000000004, { steps: 20, seed: 0 }),
      trialKey(parts, 0.3, { steps: 21, seed: 0 }),
      trialKey(parts, 0.3, { steps: 20, seed: 1 }),
      trialKey({ ...parts, identity: 'command:python other.py' }, 0.3, { steps: 20, seed: 0 }),
      trialKey({ ...parts, filesHash: 'e'.repeat(64) }, 0.3, { steps: 20, seed: 0 }),
      trialKey({ ...parts, definitionHash: 'd'.repeat(64) }, 0.3, { steps: 20, seed: 0 }),
      trialKey({ ...parts, backend: 'cpu' }, 0.3, { steps: 20, seed: 0 }),
      trialKey({ ...parts, options: { divergeFactor: 5 } }, 0.3, { steps: 20, seed: 0 }),
    ].map(keyDigest);
    expect(new Set(digests).size).toBe(digests.length);
    expect(keyDigest(trialKey({ ...parts }, 0.3, { steps: 20, seed: 0 }))).toBe(digests[0]);
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});
