/**
 * A TrialRunner that answers from the trial cache and opens the real runner only on the first miss, so a fully
 * cached rerun starts no process, no worker and no model.
 */
import { TrialError } from '../errors.js';
import type { TrialOutcome, TrialRequest, TrialRunner } from '../search/types.js';
import { trialKey, type TrialKeyParts } from './key.js';
import { messages } from './messages.js';
import type { TrialCache } from './store.js';

/** Options for {@link withTrialCache}. */
export interface WithTrialCacheOptions {
  /** Receives one-line warnings (the first failure to store a trial; the search goes on). Default: nothing. */
  readonly log?: (line: string) => void;
}

/** Counts of one cached runner's trials. */
export interface TrialCacheStats {
  /** Trials answered from the cache. */
  readonly hits: number;
  /** Trials the real runner ran. */
  readonly misses: number;
  /** Finished trials written to the cache. */
  readonly stored: number;
  /** True once the real runner was opened. */
  readonly opened: boolean;
}

/** The wrapped runner: a TrialRunner whose outcomes say `cached`, plus its counts. */
export interface CachedTrialRunner extends TrialRunner {
  run(lr: number, request: TrialRequest): Promise<TrialOutcome & { readonly cached: boolean }>;
  kill(): void;
  close(): Promise<void>;
  /** The wrapped runner's identity (from the key parts). */
  readonly identity: string;
  /** Counts so far. */
  stats(): TrialCacheStats;
}

// The interrupt seam adds `signal` to TrialRequest and `kill` to TrialRunner; until they land here, read them structurally.
type SignalledRequest = TrialRequest & { readonly signal?: AbortSignal };
type KillableRunner = TrialRunner & { kill?(): void };

/**
 * Wraps a runner with the trial cache: a trial whose key (`keyParts` + lr, steps, seed) has an entry is answered
 * from it (`cached: true`) without opening the runner; the first miss calls `open` (once, shared by parallel
 * misses), runs the trial (`cached: false`) and stores its outcome before answering, so every finished trial
 * survives an interrupt or a crash. Failed trials are not stored. `kill` and `close` reach the real runner if it
 * was opened (or is opening); after `close` every request is refused.
 *
 * @example
 * const runner = withTrialCache(() => openRunner(spec), await openTrialCache('.lr-sweep-cache'), parts);
 * try { await search(runner, settings); } finally { await runner.close(); }
 */
export function withTrialCache(
  open: () => Promise<TrialRunner>,
  cache: TrialCache,
  keyParts: TrialKeyParts,
  options: WithTrialCacheOptions = {},
): CachedTrialRunner {
  let opening: Promise<KillableRunner> | null = null;
  let opened: KillableRunner | null = null;
  let killed = false;
  let closed = false;
  let warned = false;
  let hits = 0;
  let misses = 0;
  let stored = 0;

  const inner = (): Promise<KillableRunner> => {
    opening ??= open().then((runner: KillableRunner) => {
      opened = runner;
      if (killed) runner.kill?.();
      return runner;
    });
    return opening;
  };

  return {
    identity: keyParts.identity,
    async run(lr, request) {
      if (closed) throw new TrialError(messages.runnerClosed(lr), lr);
      const signal = (request as SignalledRequest).signal;
      if (signal?.aborted) throw signal.reason;
      const key = trialKey(keyParts, lr, request);
      const hit = await cache.get(key);
      if (hit !== null) {
        hits += 1;
        return { loss: hit.loss, diverged: hit.diverged, cached: true };
      }
      const runner = await inner();
      if (closed) throw new TrialError(messages.runnerClosed(lr), lr);
      const outcome = await runner.run(lr, request);
      misses += 1;
      try {
        await cache.put(key, { loss: outcome.loss, diverged: outcome.diverged });
        stored += 1;
      } catch (error) {
        if (!warned) options.log?.(messages.entryNotWritten(cache.dir, error instanceof Error ? error.message : String(error)));
        warned = true;
      }
      return { ...outcome, cached: false };
    },
    kill() {
      killed = true;
      // Synchronous once open (a second Ctrl-C must not wait); a runner still opening is killed as it arrives.
      opened?.kill?.();
    },
    async close() {
      closed = true;
      const runner = await opening?.catch(() => null);
      await runner?.close?.();
    },
    stats: () => ({ hits, misses, stored, opened: opened !== null }),
  };
}
