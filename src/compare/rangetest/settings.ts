import { UsageError } from '../../errors.js';
import * as messages from './messages.js';
import type { RangeTestSettings } from './types.js';

/** Defaults for every range-test setting (fastai's `lr_find` defaults). */
export const DEFAULT_RANGE_TEST: RangeTestSettings = {
  startLr: 1e-7,
  endLr: 10,
  numIt: 100,
  beta: 0.98,
  stopFactor: 4,
  seed: 0,
};

/** Fewest steps a range test may run: fastai's `LRFinder` raises `num_it` below 6 to 6. */
const MIN_NUM_IT = 6;

/**
 * Fills defaults and validates; throws UsageError naming the setting, the value and what is allowed.
 * @param nameOf how the edge names a setting in messages (the CLI: `--num-it`); default the setting's key (`numIt`)
 */
export function resolveRangeTestSettings(input: Partial<RangeTestSettings> = {}, nameOf: (key: keyof RangeTestSettings) => string = (key) => key): RangeTestSettings {
  const s = { ...DEFAULT_RANGE_TEST, ...input };
  const positive = (key: 'startLr' | 'endLr', v: number): void => {
    if (!Number.isFinite(v) || v <= 0) throw new UsageError(messages.notPositive(nameOf(key), v));
  };
  positive('startLr', s.startLr);
  positive('endLr', s.endLr);
  if (s.endLr <= s.startLr) throw new UsageError(messages.endNotAboveStart(s.startLr, s.endLr, nameOf('startLr'), nameOf('endLr')));
  if (!Number.isInteger(s.numIt) || s.numIt < MIN_NUM_IT) throw new UsageError(messages.badNumIt(s.numIt, MIN_NUM_IT, nameOf('numIt')));
  if (!(s.beta >= 0 && s.beta < 1)) throw new UsageError(messages.badBeta(s.beta));
  if (!Number.isFinite(s.stopFactor) || s.stopFactor <= 1) throw new UsageError(messages.badStopFactor(s.stopFactor));
  if (!Number.isInteger(s.seed) || s.seed < 0) throw new UsageError(messages.badSeed(s.seed, nameOf('seed')));
  return s;
}
