import { METHODS, type Method } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import { coarseGrid } from './grid.js';
import { invalidSetting, maxTrialsTooSmall } from './messages.js';
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

/** The name users type for each setting (CLI flag without dashes, action input). */
export const SETTING_NAMES: Readonly<Record<keyof SearchSettings, string>> = {
  startLr: 'start-lr',
  endLr: 'end-lr',
  coarseStep: 'coarse-step',
  threshold: 'threshold',
  maxTrials: 'max-trials',
  steps: 'steps',
  seed: 'seed',
  parallel: 'parallel',
  method: 'method',
};

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function check(ok: boolean, key: keyof SearchSettings, value: unknown, allowed: string): void {
  if (!ok) throw new UsageError(invalidSetting(SETTING_NAMES[key], value, allowed));
}

/** Trials round 0 needs: the coarse grid plus lr = 0. */
export function coarseTrialCount(settings: Pick<SearchSettings, 'startLr' | 'endLr' | 'coarseStep'>): number {
  return coarseGrid(settings.startLr, settings.endLr, settings.coarseStep).length + 1;
}

/**
 * Fills defaults and validates; throws UsageError naming the setting (as users type it, e.g.
 * `start-lr`), the value and what is allowed. Keys that are undefined take their default; keys
 * that are not settings are dropped, so the result has exactly the SearchSettings keys.
 */
export function resolveSettings(input: Partial<SearchSettings> = {}): SearchSettings {
  const pick = <K extends keyof SearchSettings>(key: K): SearchSettings[K] => input[key] ?? DEFAULT_SETTINGS[key];
  const s: SearchSettings = {
    startLr: pick('startLr'),
    endLr: pick('endLr'),
    coarseStep: pick('coarseStep'),
    threshold: pick('threshold'),
    maxTrials: pick('maxTrials'),
    steps: pick('steps'),
    seed: pick('seed'),
    parallel: pick('parallel'),
    method: pick('method'),
  };
  check(isNumber(s.startLr) && s.startLr > 0, 'startLr', s.startLr, 'a number > 0');
  check(isNumber(s.endLr) && s.endLr > s.startLr, 'endLr', s.endLr, `a number > start-lr (${s.startLr})`);
  check(isNumber(s.coarseStep) && s.coarseStep > 0 && s.coarseStep <= 2, 'coarseStep', s.coarseStep, 'decades, > 0 and <= 2');
  check(isNumber(s.threshold) && s.threshold > 0, 'threshold', s.threshold, 'decades, > 0');
  check(Number.isSafeInteger(s.steps) && s.steps >= 1, 'steps', s.steps, 'an integer >= 1');
  check(Number.isSafeInteger(s.seed), 'seed', s.seed, 'an integer');
  check(Number.isSafeInteger(s.parallel) && s.parallel >= 1, 'parallel', s.parallel, 'an integer >= 1');
  check((METHODS as readonly unknown[]).includes(s.method), 'method', s.method, METHODS.join(', '));
  const needed = coarseTrialCount(s);
  check(Number.isSafeInteger(s.maxTrials) && s.maxTrials >= 1, 'maxTrials', s.maxTrials, `an integer >= ${needed}`);
  if (s.maxTrials < needed) throw new UsageError(maxTrialsTooSmall(s.maxTrials, needed));
  return s;
}

/** Type guard for a method name. */
export function isMethod(value: unknown): value is Method {
  return (METHODS as readonly unknown[]).includes(value);
}
