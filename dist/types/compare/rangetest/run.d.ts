import type { SearchCurve } from '../baselines/lowestLoss.js';
import type { RangeStep } from '../baselines/types.js';
import type { RangeTestResult, RangeTestSettings, StepTrainer } from './types.js';
/** What {@link runRangeTest} needs from the outside world; tests pass fakes. */
export interface RangeTestDeps {
    /** Milliseconds clock. Default `performance.now`. */
    readonly clock?: () => number;
    /** Called after every step. Default: nothing. */
    readonly progress?: (step: RangeStep, index: number, numIt: number) => void;
    /** A step-sampling result, for the "lowest loss after reset" suggestion. Default: none. */
    readonly search?: SearchCurve;
}
/**
 * Runs the classic LR range test: one continuous run (no resets), lr growing exponentially per step,
 * the raw training loss smoothed (bias-corrected EMA), stopped once the smoothed loss exceeds
 * stopFactor × its best or is not finite; then every baseline suggestion.
 */
export declare function runRangeTest(trainer: StepTrainer, settings: RangeTestSettings, deps?: RangeTestDeps): Promise<RangeTestResult>;
