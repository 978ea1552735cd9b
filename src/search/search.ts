import { planFirstRound, planNextRound } from './planner.js';
import { runPool } from './pool.js';
import { resultFromSamples, samplesFromRecords } from './result.js';
import { resolveSettings } from './settings.js';
import type { Clock, ProgressSink, SearchSettings, SweepResult, TrialOutcome, TrialRecord, TrialRunner } from './types.js';
import { BlowUpGate } from './blowup.js';

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
export async function search(runner: TrialRunner, settings: SearchSettings, deps: SearchDeps = {}): Promise<SweepResult> {
  const resolved = resolveSettings(settings);
  const clock = deps.clock ?? (() => performance.now());
  const progress = deps.progress ?? (() => undefined);
  const started = clock();
  const records: TrialRecord[] = [];
  let planned = 0;
  let finished = 0;
  let batch = planFirstRound(resolved).slice(0, resolved.maxTrials);
  for (let round = 0; batch.length > 0; round += 1) {
    planned += batch.length;
    // Only the coarse round skips past a blow-up: later rounds plan from finished samples.
    const gate = round === 0 ? new BlowUpGate() : null;
    const outcomes = await runPool(batch, resolved.parallel, async (lr): Promise<TrialRecord | null> => {
      deps.signal?.throwIfAborted();
      if (gate && !(await gate.admit(lr, deps.signal))) {
        planned -= 1;
        return null;
      }
      const steps = lr === 0 ? 0 : resolved.steps;
      const trialStarted = clock();
      let outcome: TrialOutcome;
      try {
        outcome = await runner.run(lr, { steps, seed: resolved.seed, ...(deps.signal === undefined ? {} : { signal: deps.signal }) });
      } catch (error) {
        gate?.finish(lr, null);
        throw error;
      }
      const ended = clock();
      const diverged = outcome.diverged || !Number.isFinite(outcome.loss);
      gate?.finish(lr, diverged);
      finished += 1;
      progress({
        index: finished,
        planned,
        maxTrials: resolved.maxTrials,
        lr,
        loss: outcome.loss,
        diverged,
        round,
        elapsedMs: ended - started,
        trialMs: ended - trialStarted,
      });
      const record: TrialRecord = { lr, loss: diverged ? null : outcome.loss, diverged, round, ...(outcome.cached === undefined ? {} : { cached: outcome.cached }) };
      deps.onRecord?.(record);
      return record;
    });
    records.push(...outcomes.filter((r): r is TrialRecord => r !== null));
    batch = planNextRound(samplesFromRecords(records), resolved);
  }
  return resultFromSamples(records, resolved, deps.nameOf);
}
