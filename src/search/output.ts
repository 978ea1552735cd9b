/**
 * The search's output documents as text: results.json (the #2 contract: exactly the SweepResult keys,
 * in order) and samples.csv. Pure; both edges (CLI and action) write them through `report/files.ts`.
 */
import type { SweepResult } from './types.js';

/** File names of the search's own output documents (the report adds its own files beside them). */
export const OUTPUT_FILES = { results: 'results.json', samples: 'samples.csv' } as const;

/** The results.json document with exactly the SweepResult keys, in their documented order. */
export function resultsJson(result: SweepResult): string {
  const document: SweepResult = {
    minLr: result.minLr,
    maxLr: result.maxLr,
    picks: result.picks,
    method: result.method,
    selectedLr: result.selectedLr,
    lossAtZero: result.lossAtZero,
    trials: result.trials,
    reason: result.reason,
    samples: result.samples,
    settings: result.settings,
    extended: result.extended ?? null,
    warnings: result.warnings ?? [],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** samples.csv: header `lr,loss,diverged,round`; lr written exactly, loss empty for a diverged trial. */
export function samplesCsv(result: SweepResult): string {
  const rows = result.samples.map((s) => `${String(s.lr)},${s.loss === null ? '' : String(s.loss)},${String(s.diverged)},${s.round}`);
  return `${['lr,loss,diverged,round', ...rows].join('\n')}\n`;
}

/** True for a parsed JSON value shaped like a results.json (has samples, settings and method). */
export function looksLikeResults(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'samples' in value && 'settings' in value && 'method' in value;
}
