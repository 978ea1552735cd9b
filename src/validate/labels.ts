import { METHODS } from '../analysis/types.js';
import { BASELINE_LABELS } from '../baselines/suggest.js';
import type { PickMethod } from './types.js';

/** How reports name each method. */
export function methodLabel(method: PickMethod): string {
  if (method === 'midpoint') return 'midpoint (method 1)';
  if (method === 'halfLoss') return 'halfLoss (method 2)';
  if (method === 'steepest') return 'steepest (method 3)';
  return BASELINE_LABELS[method];
}

/** True for the paper's three methods (as opposed to the baselines). */
export function isOurMethod(method: PickMethod): boolean {
  return (METHODS as readonly string[]).includes(method);
}
