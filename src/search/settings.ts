import type { SearchSettings } from './types.js';

/** Defaults for every search setting (see {@link SearchSettings} for meanings and units). */
export const DEFAULT_SETTINGS: SearchSettings = {
  startLr: 1e-7,
  endLr: 10,
  coarseStep: 0.5,
  threshold: 0.05,
  maxTrials: 60,
  steps: 20,
  seed: 0,
  parallel: 1,
  method: 'midpoint',
};

/**
 * Fills defaults and validates; throws UsageError naming the setting, the value and what is allowed.
 * STUB: validation is added by issue 2.
 */
export function resolveSettings(input: Partial<SearchSettings> = {}): SearchSettings {
  return { ...DEFAULT_SETTINGS, ...input };
}
