/** One-line notes about how a search ran that every edge shows: the range it extended to. Pure. */
import { displayLr } from '../numbers.js';
import type { SweepResult } from './types.js';

/**
 * `searched 1.00e-10 .. 1.00e+1 (asked 1.00e-7 .. 1.00e+1): the window lay past an edge`, or null when
 * the search stayed inside the range it was given (or the result predates range extension).
 */
export function extendedNote(result: Pick<SweepResult, 'extended' | 'settings'>): string | null {
  const extended = result.extended ?? null;
  if (extended === null) return null;
  return `searched ${displayLr(extended.startLr)} .. ${displayLr(extended.endLr)} (asked ${displayLr(result.settings.startLr)} .. ${displayLr(result.settings.endLr)}): the window lay past an edge of the range`;
}
