/**
 * lr-sweep as a library: every public function and type, named. No wildcard re-exports.
 */
export type { Sample, Method, Picks, NoWindow, NoWindowCode, FittedCurve, Analysis } from './analysis/types.js';
export { METHODS } from './analysis/types.js';
export type {
  TrialOutcome,
  TrialTiming,
  TrialRequest,
  TrialRunner,
  TrialRecord,
  SearchSettings,
  TrialProgress,
  ProgressSink,
  Clock,
  SweepResult,
} from './search/types.js';
export { UsageError, TrialError, ConfigError, isUserError } from './errors.js';
