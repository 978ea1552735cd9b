import type { RangeTestDeps } from './run.js';
import type { OpenedSession } from './tfjsSession.js';
import type { RangeTestResult, RangeTestSettings } from './types.js';
/** Options for {@link runTfjsRangeTest}: the same outside-world hooks as {@link runRangeTest}. */
export type TfjsRangeTestOptions = RangeTestDeps;
/**
 * The range test on a TensorFlow.js session: initial weights restored once, ONE optimizer for the whole run
 * (its moments carry over, as in fastai), its learning rate set before every step to the schedule's value,
 * the loss of each step's batch recorded before its update. Weights are restored afterwards.
 */
export declare function runTfjsRangeTest(opened: OpenedSession, settings: RangeTestSettings, options?: TfjsRangeTestOptions): Promise<RangeTestResult>;
