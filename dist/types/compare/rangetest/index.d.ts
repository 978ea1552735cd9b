/** The range test's public surface, named (no wildcard re-exports). */
export { openTfjsSession, type OpenedSession, type OpenSessionOptions } from './tfjsSession.js';
export { runTfjsRangeTest, type TfjsRangeTestOptions } from './tfjs.js';
export type { WrittenRangeTest } from './write.js';
export { runRangeTest, type RangeTestDeps } from './run.js';
export { resolveRangeTestSettings } from './settings.js';
export type { RangeTestResult, RangeTestSettings, StepTrainer } from './types.js';
