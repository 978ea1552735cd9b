import { METHODS } from '../../analysis/types.js';
import * as baselineMessages from '../baselines/messages.js';
import type { RangeTestResult } from '../rangetest/types.js';
import type { SweepResult } from '../../search/types.js';
import type { PickCost, PickInput } from './types.js';

/** What the step-sampling search cost. */
export interface SearchCost {
  /** Training steps actually run by all trials. */
  readonly steps: number;
  /** Wall time, seconds. */
  readonly seconds: number;
}

/**
 * The picks validation compares, in report order: the methods (from the search; a method a results.json
 * predates is left out), the range
 * test's baselines, and "lowest loss after reset" (from the search's curve; charged the search's cost). Pure.
 */
export function collectPicks(search: SweepResult, searchCost: SearchCost, range: RangeTestResult): PickInput[] {
  const fromSearch: PickCost = { kind: 'search', trials: search.trials, steps: searchCost.steps, seconds: searchCost.seconds };
  const fromRange: PickCost = { kind: 'range-test', trials: 1, steps: range.steps.length, seconds: range.elapsedMs / 1000 };
  const picks = search.picks;
  const ours: PickInput[] = METHODS.flatMap((method): PickInput[] => {
    if (picks === null) return [{ method, lr: null, reason: search.reason ?? 'no viable window', cost: fromSearch }];
    const lr = picks[method];
    return lr === undefined ? [] : [{ method, lr, reason: null, cost: fromSearch }];
  });
  const baselines: PickInput[] = range.suggestions.map((s) =>
    s.method === 'lowestLoss'
      ? {
          method: s.method,
          lr: s.lr,
          reason: s.lr === null ? (s.reason ?? baselineMessages.noSearchCurve(null)) : null,
          cost: fromSearch,
        }
      : { method: s.method, lr: s.lr, reason: s.reason, cost: fromRange },
  );
  return [...ours, ...baselines];
}
