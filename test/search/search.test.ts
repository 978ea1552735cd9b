import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/errors.js';
import { search } from '../../src/search/search.js';
import { planFirstRound } from '../../src/search/planner.js';
import { resolveSettings } from '../../src/search/settings.js';
import type { TrialProgress, TrialRunner } from '../../src/search/types.js';
import { TrialError, UsageError } from '../../src/errors.js';
import { curveLossAtLr } from '../../bench/synthetic/curves.js';
import { TEST_CURVE } from './curve.js';
import { syntheticRunner } from '../../bench/synthetic/runner.js';

const curve = TEST_CURVE;

/** A clock that advances 10 ms on every read. */
function fakeClock(): () => number {
  let now = 1000;
  return () => {
    now += 10;
    return now;
  };
}

const RESULT_KEYS = ['lossAtZero', 'maxLr', 'method', 'minLr', 'picks', 'reason', 'samples', 'selectedLr', 'settings', 'trials', 'extended', 'warnings'].sort();

describe('search', () => {
  it('search(runner, settings) finds the window on a synthetic curve and returns exactly the results.json keys', async () => {
    const events: TrialProgress[] = [];
    const runner = syntheticRunner(curve);
    const result = await search(runner, resolveSettings(), { clock: fakeClock(), progress: (e) => events.push(e) });
    expect(Object.keys(result).sort()).toEqual(RESULT_KEYS);
    expect(result.reason).toBeNull();
    expect(result.selectedLr).toBe(result.picks!.midpoint);
    expect(result.trials).toBe(result.samples.length);
    expect(result.trials).toBeLessThanOrEqual(60);
    expect(runner.calls).toHaveLength(result.trials);
    // Round 0 holds lr = 0 and the coarse grid up to the second diverged lr; later rounds refine.
    const round0 = result.samples.filter((s) => s.round === 0);
    const grid = planFirstRound(resolveSettings());
    const secondDiverged = round0.filter((s) => s.diverged)[1]!.lr;
    expect(round0.map((s) => s.lr)).toEqual(grid.filter((lr) => lr <= secondDiverged));
    expect(round0.length).toBeLessThan(grid.length);
    expect(result.extended).toBeNull();
    expect(result.warnings).toEqual([]);
    expect(Math.max(...result.samples.map((s) => s.round))).toBeGreaterThan(0);
    // Diverged trials are recorded with a null loss.
    const diverged = result.samples.filter((s) => s.diverged);
    expect(diverged.length).toBeGreaterThan(0);
    diverged.forEach((s) => expect(s.loss).toBeNull());
    expect(Object.keys(result.samples[0]!).sort()).toEqual(['diverged', 'loss', 'lr', 'round']);
  });

  it('search(runner, settings) with an end-lr below the window extends the grid, and the progress count follows the extended grid', async () => {
    const events: TrialProgress[] = [];
    const settings = resolveSettings({ endLr: 1e-4 });
    const result = await search(syntheticRunner(curve), settings, { clock: fakeClock(), progress: (e) => events.push(e) });
    expect(result.extended?.endLr).toBeGreaterThan(1e-4);
    const coarse = planFirstRound(settings).length;
    const beyond = result.samples.filter((s) => s.lr > 1e-4).length;
    expect(beyond).toBeGreaterThan(0);
    // Every trial past the range asked for was planned and counted: the last event says trials/trials.
    expect(events.at(-1)?.planned).toBe(result.trials);
    expect(result.trials).toBeGreaterThan(coarse);
    for (const e of events) expect(e.planned).toBeGreaterThanOrEqual(e.index);
  });

  it('search(runner, settings) records cached as the runner reports it, and leaves it out when the runner says nothing', async () => {
    const inner = syntheticRunner(curve);
    const cachedRunner = {
      run: async (lr, request) => ({ ...(await inner.run(lr, request)), cached: lr < 1e-3 }),
    } satisfies TrialRunner;
    const result = await search(cachedRunner, resolveSettings({ maxTrials: 20 }));
    for (const s of result.samples) expect(s.cached).toBe(s.lr < 1e-3);
  });

  it('search(runner, settings, deps) reports one progress event per trial, with its duration, from the injected clock', async () => {
    const events: TrialProgress[] = [];
    const result = await search(syntheticRunner(curve), resolveSettings({ maxTrials: 30 }), {
      clock: fakeClock(),
      progress: (e) => events.push(e),
    });
    expect(events).toHaveLength(result.trials);
    events.forEach((e, i) => {
      expect(e.index).toBe(i + 1);
      expect(e.maxTrials).toBe(30);
      expect(e.planned).toBeGreaterThanOrEqual(e.index);
      expect(e.planned).toBeLessThanOrEqual(30);
      // The fake clock starts at 1010 for the search start and adds 10 per read: two reads per trial, before and after it.
      expect(e.elapsedMs).toBe(20 * (i + 1));
      expect(e.trialMs).toBe(10);
    });
    expect(events[0]!.planned).toBe(18);
  });

  it('search(runner, settings) runs at most `parallel` trials at once, and does use them', async () => {
    let running = 0;
    let peak = 0;
    const runner: TrialRunner = {
      async run(lr) {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running -= 1;
        return { loss: curveLossAtLr(curve, lr), diverged: false };
      },
    };
    await search(runner, resolveSettings({ parallel: 3, maxTrials: 30 }));
    expect(peak).toBe(3);
  });

  it('search(runner, settings) skips coarse lrs above two diverged ones and runs none of them at parallel 4 either, whatever finishes first', async () => {
    // Larger lrs finish first, so at parallel 4 trials past the blow-up start before the divergences below them are known.
    const slowSmall = (calls: number[]): TrialRunner => ({
      async run(lr) {
        calls.push(lr);
        await new Promise((resolve) => setTimeout(resolve, lr === 0 ? 0 : Math.max(0, 8 + Math.log10(lr))));
        const loss = curveLossAtLr(curve, lr);
        return { loss, diverged: !Number.isFinite(loss) };
      },
    });
    const oneCalls: number[] = [];
    const fourCalls: number[] = [];
    const one = await search(slowSmall(oneCalls), resolveSettings({ parallel: 1 }));
    const four = await search(slowSmall(fourCalls), resolveSettings({ parallel: 4 }));
    const key = (r: typeof one) => r.samples.map((s) => `${s.round}:${s.lr}:${s.loss}`).sort();
    expect(key(four)).toEqual(key(one));
    expect(four.minLr).toBe(one.minLr);
    // Nothing past the second diverged coarse lr ran, at either parallel: a slot waits instead of running it.
    const grid = planFirstRound(resolveSettings());
    const diverged = one.samples.filter((s) => s.round === 0 && s.diverged).map((s) => s.lr);
    expect(diverged).toHaveLength(2);
    for (const calls of [oneCalls, fourCalls]) expect(calls.filter((lr) => lr > diverged[1]! && grid.includes(lr))).toEqual([]);
    expect(oneCalls).toHaveLength(one.trials);
    expect(fourCalls).toHaveLength(four.trials);
  });

  it('search(runner, settings) passes steps and seed to every trial, and 0 steps to the lr = 0 trial', async () => {
    const requests: Array<{ lr: number; steps: number; seed: number }> = [];
    const runner = {
      async run(lr, request) {
        requests.push({ lr, steps: request.steps, seed: request.seed });
        return { loss: curveLossAtLr(curve, lr), diverged: false };
      },
    } satisfies TrialRunner;
    await search(runner, resolveSettings({ steps: 7, seed: 42, maxTrials: 20 }));
    expect(requests.filter((r) => r.lr === 0)).toEqual([{ lr: 0, steps: 0, seed: 42 }]);
    requests.filter((r) => r.lr > 0).forEach((r) => expect(r).toEqual({ lr: r.lr, steps: 7, seed: 42 }));
  });

  it('search(runner, settings, { signal }) starts no trial after the abort and rejects with the signal reason', async () => {
    const controller = new AbortController();
    const reason = new InterruptedError('SIGTERM');
    const lrs: number[] = [];
    const records: number[] = [];
    const runner = {
      async run(lr) {
        lrs.push(lr);
        if (lrs.length === 3) controller.abort(reason);
        return { loss: curveLossAtLr(curve, lr), diverged: false };
      },
    } satisfies TrialRunner;
    const settings = resolveSettings({ maxTrials: 30 });
    await expect(search(runner, settings, { signal: controller.signal, onRecord: (r) => records.push(r.lr) })).rejects.toBe(reason);
    // parallel 1: the third trial finishes (it was running), nothing starts after it.
    expect(lrs).toHaveLength(3);
    expect(records).toEqual(lrs);
  });

  it('search(runner, settings) stops on a runner error and propagates it unchanged', async () => {
    const failure = new TrialError('trial failed at lr 1e-5', 1e-5);
    let started = 0;
    const runner: TrialRunner = {
      async run(lr) {
        started += 1;
        if (started === 4) throw failure;
        return { loss: curveLossAtLr(curve, lr), diverged: false };
      },
    };
    await expect(search(runner, resolveSettings({ parallel: 2 }))).rejects.toBe(failure);
    // With 2 in flight, at most one more trial had started when the 4th failed.
    expect(started).toBeLessThanOrEqual(5);
  });

  it('search(runner, settings) validates settings first', async () => {
    const runner = syntheticRunner(curve);
    await expect(search(runner, { ...resolveSettings(), threshold: 0 })).rejects.toBeInstanceOf(UsageError);
    expect(runner.calls).toHaveLength(0);
  });

  it('search(runner, settings) reports the reason when the loss never falls', async () => {
    const runner: TrialRunner = { run: async () => ({ loss: 2, diverged: false }) };
    const result = await search(runner, resolveSettings());
    expect(result.trials).toBe(18);
    expect(result.picks).toBeNull();
    expect(result.selectedLr).toBeNull();
    expect(result.reason).toMatch(/never falls/);
  });

  it('search(runner, settings) treats a trial flagged diverged as diverged even with a finite loss', async () => {
    const runner: TrialRunner = {
      run: async (lr) => {
        const loss = curveLossAtLr(curve, lr);
        return { loss: Number.isFinite(loss) ? loss : 1e9, diverged: !Number.isFinite(loss) };
      },
    };
    const result = await search(runner, resolveSettings());
    expect(result.samples.filter((s) => s.diverged).every((s) => s.loss === null)).toBe(true);
    expect(result.reason).toBeNull();
  });
});
