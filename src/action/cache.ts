/**
 * The trial cache folder between workflow runs, through the toolkit's `@actions/cache`. Every failure is a
 * warning: the cache only ever saves time, it never fails a check.
 *
 * Keys: a run saves under `lr-sweep-<hash>-<run id>-<attempt>`, where `<hash>` covers the cache-key-files' contents
 * and the settings. A run restores the newest entry with its own `lr-sweep-<hash>-` prefix, else the newest
 * `lr-sweep-` entry (the base branch's, typically): safe, because every trial key inside already holds the files'
 * hash, so a foreign entry is never a hit. Cache entries are immutable, so each run that ran new trials saves
 * under its own key; a run that ran none saves nothing, and a fork pull request never saves.
 */
import * as toolkitCache from '@actions/cache';
import { canonicalJson, sha256, type KeyValue } from '../cache/key.js';

/** Prefix of every cache entry lr-sweep saves. */
export const CACHE_KEY_PREFIX = 'lr-sweep-';

/** The three `@actions/cache` functions used here; tests pass fakes or point the real ones at a local service. */
export interface ActionCacheService {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/** The toolkit's own functions. */
const toolkitCacheService: ActionCacheService = {
  isFeatureAvailable: () => toolkitCache.isFeatureAvailable(),
  restoreCache: (paths, primaryKey, restoreKeys) => toolkitCache.restoreCache(paths, primaryKey, restoreKeys),
  saveCache: (paths, key) => toolkitCache.saveCache(paths, key),
};

/** What the action cache's key is made of. */
export interface ActionCacheKeyParts {
  /** `hashKeyFiles` of the cache-key-files globs. */
  readonly filesHash: string;
  /** The resolved search settings and the runner identity (anything whose change makes older entries less useful). */
  readonly settings: Readonly<Record<string, KeyValue>>;
  /** `GITHUB_RUN_ID`. */
  readonly runId: string;
  /** `GITHUB_RUN_ATTEMPT`. */
  readonly runAttempt: string;
}

/** The keys of one run. */
export interface ActionCacheKeys {
  /** The key this run saves under (also tried first on restore: a rerun attempt of a job finds its own save). */
  readonly saveKey: string;
  /** Prefixes tried in order on restore, newest entry first within each. */
  readonly restoreKeys: readonly string[];
}

/**
 * The keys of this run's cache entry.
 *
 * @example
 * actionCacheKeys({ filesHash, settings: { identity, ...settings }, runId: '42', runAttempt: '1' });
 * // { saveKey: 'lr-sweep-<64 hex>-42-1', restoreKeys: ['lr-sweep-<64 hex>-', 'lr-sweep-'] }
 */
export function actionCacheKeys(parts: ActionCacheKeyParts): ActionCacheKeys {
  const hash = sha256(canonicalJson({ filesHash: parts.filesHash, settings: parts.settings }));
  const base = `${CACHE_KEY_PREFIX}${hash}-`;
  return { saveKey: `${base}${parts.runId}-${parts.runAttempt}`, restoreKeys: [base, CACHE_KEY_PREFIX] };
}

/** Where the action's lines go (`core.info` / `core.warning` in the action, arrays in tests). */
export interface ActionCacheLog {
  readonly info: (line: string) => void;
  readonly warning: (line: string) => void;
}

/** The action cache's lines, in one place. */
export const actionCacheMessages = {
  unavailable: () => 'warning: the GitHub Actions cache service is not available here: the trial cache starts empty and is not saved',
  restored: (key: string) => `trial cache restored from ${key}`,
  notFound: () => 'no trial cache saved yet: every trial runs',
  restoreFailed: (reason: string) => `warning: the trial cache could not be restored (${reason}): every trial runs`,
  saved: (key: string, trials: number) => `trial cache saved as ${key} (${trials} new trial${trials === 1 ? '' : 's'})`,
  nothingNew: () => 'trial cache not saved: every trial came from the cache',
  forkNotSaved: () => 'trial cache not saved: a pull request from a fork never writes the cache',
  notSaved: (key: string) => `warning: the trial cache was not saved as ${key} (see the line above)`,
  saveFailed: (reason: string) => `warning: the trial cache could not be saved (${reason})`,
} as const;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** What {@link restoreTrialCache} did. */
export type RestoreOutcome = { readonly restored: true; readonly key: string } | { readonly restored: false; readonly why: 'unavailable' | 'not-found' | 'failed' };

/**
 * Restores the cache folder `dir` (as the workflow names it, relative to the workspace or absolute) before a search.
 * Never throws: an unavailable service or a failed download is one warning and an empty start.
 */
export async function restoreTrialCache(dir: string, keys: ActionCacheKeys, log: ActionCacheLog, service: ActionCacheService = toolkitCacheService): Promise<RestoreOutcome> {
  try {
    if (!service.isFeatureAvailable()) {
      log.warning(actionCacheMessages.unavailable());
      return { restored: false, why: 'unavailable' };
    }
    const key = await service.restoreCache([dir], keys.saveKey, [...keys.restoreKeys]);
    if (key === undefined) {
      log.info(actionCacheMessages.notFound());
      return { restored: false, why: 'not-found' };
    }
    log.info(actionCacheMessages.restored(key));
    return { restored: true, key };
  } catch (error) {
    log.warning(actionCacheMessages.restoreFailed(reasonOf(error)));
    return { restored: false, why: 'failed' };
  }
}

/** Facts of the finished run that decide whether to save. */
export interface SaveContext {
  /** Trials this run ran and wrote to the cache (the cached runner's `stored`); 0 saves nothing. */
  readonly storedTrials: number;
  /** True for a pull request from a fork (the fork guard's verdict): never saves. */
  readonly fork: boolean;
}

/** What {@link saveTrialCache} did. */
export type SaveOutcome = 'saved' | 'nothing-new' | 'fork' | 'unavailable' | 'failed';

/**
 * Saves the cache folder `dir` under `keys.saveKey` after a search (finished or interrupted: every stored trial is
 * worth keeping). Never throws: every failure is one warning.
 */
export async function saveTrialCache(
  dir: string,
  keys: ActionCacheKeys,
  context: SaveContext,
  log: ActionCacheLog,
  service: ActionCacheService = toolkitCacheService,
): Promise<SaveOutcome> {
  if (context.fork) {
    log.info(actionCacheMessages.forkNotSaved());
    return 'fork';
  }
  if (context.storedTrials === 0) {
    log.info(actionCacheMessages.nothingNew());
    return 'nothing-new';
  }
  try {
    if (!service.isFeatureAvailable()) return 'unavailable';
    // @actions/cache reports most failures itself (a warning) and returns -1.
    const id = await service.saveCache([dir], keys.saveKey);
    if (id === -1) {
      log.warning(actionCacheMessages.notSaved(keys.saveKey));
      return 'failed';
    }
    log.info(actionCacheMessages.saved(keys.saveKey, context.storedTrials));
    return 'saved';
  } catch (error) {
    log.warning(actionCacheMessages.saveFailed(reasonOf(error)));
    return 'failed';
  }
}
