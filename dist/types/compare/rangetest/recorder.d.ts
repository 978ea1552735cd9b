import type { SearchCurve } from '../baselines/lowestLoss.js';
import type { RangeStep } from '../baselines/types.js';
import type { RangeTestResult, RangeTestSettings } from './types.js';
/** The range test's bookkeeping, independent of how steps are run: which lr next, record, when to stop. */
export interface RangeTestRecorder {
    /** Learning rate for step `i` (0-based). */
    lrFor(i: number): number;
    /** Records the training loss of the next step (run at `lrFor(recorded)`); true when the run must stop now. */
    record(loss: number): boolean;
    /** Steps recorded so far. */
    readonly steps: readonly RangeStep[];
    /** The result: steps, why it ended, and every baseline suggestion. */
    finish(elapsedMs: number, search?: SearchCurve): RangeTestResult;
}
/** Creates a {@link RangeTestRecorder}. Pure. */
export declare function createRangeTestRecorder(settings: RangeTestSettings): RangeTestRecorder;
