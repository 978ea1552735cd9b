import type { SweepResult } from './types.js';
/**
 * `searched 1.00e-10 .. 1.00e+1 (asked 1.00e-7 .. 1.00e+1): the window lay past an edge`, or null when
 * the search stayed inside the range it was given (or the result predates range extension).
 */
export declare function extendedNote(result: Pick<SweepResult, 'extended' | 'settings'>): string | null;
