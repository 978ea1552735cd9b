/**
 * The search's output documents as text: results.json (versioned, see docs/results-schema.md) and
 * samples.csv. Pure; every edge writes them through the one writer, `sweep/write.ts`.
 */
import { samplesCsvWithCached, samplesWithCached } from '../cache/output.js';
import type { SettingsSource, SweepResult, TrialRecord } from './types.js';

/** results.json's `schemaVersion`: 1 was the unversioned first release; 2 added `schemaVersion` and `settingsSource`. */
export const SCHEMA_VERSION = 2;

/** The results.json document: the search's result, its version and where each setting came from. */
export interface ResultsDocument extends SweepResult {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly settingsSource: SettingsSource;
}

/** results.json's keys, in their documented order (docs/results-schema.md); the compiler checks each is a {@link ResultsDocument} key. */
export const RESULT_KEYS = [
  'schemaVersion',
  'minLr',
  'maxLr',
  'picks',
  'method',
  'selectedLr',
  'lossAtZero',
  'trials',
  'reason',
  'samples',
  'settings',
  'settingsSource',
  'extended',
  'warnings',
] as const satisfies readonly (keyof ResultsDocument)[];

/** File names of the search's own output documents (the report adds its own files beside them). */
export const OUTPUT_FILES = { results: 'results.json', samples: 'samples.csv' } as const;

/** The results.json text: exactly the {@link ResultsDocument} keys, in their documented order. */
export function resultsJson(result: SweepResult, settingsSource: SettingsSource): string {
  const document: ResultsDocument = {
    schemaVersion: SCHEMA_VERSION,
    minLr: result.minLr,
    maxLr: result.maxLr,
    picks: result.picks,
    method: result.method,
    selectedLr: result.selectedLr,
    lossAtZero: result.lossAtZero,
    trials: result.trials,
    reason: result.reason,
    samples: samplesWithCached(result.samples),
    settings: result.settings,
    settingsSource,
    extended: result.extended ?? null,
    warnings: result.warnings ?? [],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** samples.csv: header `lr,loss,diverged,round,cached`; lr written exactly, loss empty for a diverged trial, cached false without a cache. */
export function samplesCsv(records: readonly TrialRecord[]): string {
  return samplesCsvWithCached(records);
}

/** True for a parsed JSON value shaped like a results.json (has samples, settings and method). */
export function looksLikeResults(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'samples' in value && 'settings' in value && 'method' in value;
}
