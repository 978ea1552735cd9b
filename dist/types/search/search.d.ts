import type { Clock, ProgressSink, SearchSettings, SweepResult, TrialRecord, TrialRunner } from './types.js';
/** What the search loop needs from the outside world; tests pass fakes. */
export interface SearchDeps {
    /** Milliseconds clock. Default `performance.now`. */
    readonly clock?: Clock;
    /** Called once per finished trial. Default: nothing. */
    readonly progress?: ProgressSink;
    /** Called with each finished trial's record, in finishing order (an interrupted search keeps these). Default: nothing. */
    readonly onRecord?: (record: TrialRecord) => void;
    /** Aborts the search: no new trial starts, running trials get the signal, the search rejects with `signal.reason`. Default: never. */
    readonly signal?: AbortSignal;
    /** How the edge names a setting in a no-window remedy (`--end-lr`, `end-lr`). Default: the neutral names (SETTING_NAMES). */
    readonly nameOf?: (key: keyof SearchSettings) => string;
}
/**
 * Runs the adaptive step-sampling search: round 0 is the coarse grid plus lr = 0 (without the
 * coarse lrs above two diverged ones, see `BlowUpGate`), then each round
 * refines the points of interest (see `planNextRound`) until they are bracketed closer than
 * `threshold` or `maxTrials` trials have run. A round's trials are independent and run
 * `parallel` at a time. The lr = 0 trial is asked for 0 steps (this rule lives here, once).
 * When `deps.signal` aborts, no new trial starts and the search rejects with `signal.reason`. Settings are validated first (UsageError). A runner error stops the search
 * and propagates unchanged (after in-flight trials settle). The runner is not closed here: whoever
 * created it closes it.
 *
 * @example
 * const result = await search(runner, resolveSettings({ endLr: 1 }), { progress: (e) => console.error(e.lr, e.loss) });
 */
export declare function search(runner: TrialRunner, settings: SearchSettings, deps?: SearchDeps): Promise<SweepResult>;
