import { describe, expect, it } from 'vitest';
import { allFrom } from '../../src/search/settings.js';
import { looksLikeResults, OUTPUT_FILES, RESULT_KEYS, resultsJson, samplesCsv } from '../../src/search/output.js';
import { windowResult } from '../cli/results-fixture.js';

// The schema's key list, written out once in the tests: RESULT_KEYS, which the other tests import, must equal it.
const DOCUMENTED_KEYS = ['schemaVersion', 'minLr', 'maxLr', 'picks', 'method', 'selectedLr', 'lossAtZero', 'trials', 'reason', 'samples', 'settings', 'settingsSource', 'extended', 'warnings'];

describe('search output documents', () => {
  it('resultsJson(result, settingsSource) has exactly the documented keys in order, even when given extra ones', () => {
    const parsed = JSON.parse(resultsJson({ ...windowResult, extra: 1 } as typeof windowResult, allFrom('default'))) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(DOCUMENTED_KEYS);
    expect(RESULT_KEYS).toEqual(DOCUMENTED_KEYS);
  });

  it('samplesCsv(result.samples) has the header lr,loss,diverged,round,cached, an empty loss for a diverged trial and cached false without a cache', () => {
    const lines = samplesCsv(windowResult.samples).trimEnd().split('\n');
    expect(lines[0]).toBe('lr,loss,diverged,round,cached');
    expect(lines[3]).toBe('10,,true,0,false');
  });

  it('resultsJson(result, settingsSource) writes samples[].cached on every sample: as recorded, false when absent', () => {
    const samples = windowResult.samples.map((s, i) => (i === 1 ? { ...s, cached: true } : s));
    const parsed = JSON.parse(resultsJson({ ...windowResult, samples }, allFrom('default'))) as { samples: { cached: unknown }[] };
    expect(parsed.samples.map((s) => s.cached)).toEqual(samples.map((_, i) => i === 1));
  });

  it('looksLikeResults(value) accepts a parsed results.json and nothing without samples, settings and method', () => {
    expect(looksLikeResults(JSON.parse(resultsJson(windowResult, allFrom('default'))))).toBe(true);
    expect(looksLikeResults({ accuracy: 0.9 })).toBe(false);
    expect(looksLikeResults(null)).toBe(false);
    expect(OUTPUT_FILES).toEqual({ results: 'results.json', samples: 'samples.csv' });
  });
});
