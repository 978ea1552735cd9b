import { type CachedTrialRunner } from '../cache/runner.js';
import { type TrialCache } from '../cache/store.js';
import type { OpenedRunner, TrialSource } from './runners.js';
/** How an edge names its cache settings in messages. */
export interface SweepCacheNames {
    /** The folder setting (`--cache`, `the cache input`). */
    readonly dir: string;
    /** The key files setting (`--cache-key-files`, `cache-key-files`). */
    readonly keyFiles: string;
    /** The bound setting (`--cache-max-mb`, `cache-max-mb`). */
    readonly maxMb: string;
    /** The trial source as the user gave it (`--command`, `the worker input`), for the missing key files warning. */
    readonly source: string;
}
/** The trial cache of a sweep (off when absent). */
export interface SweepCacheOptions {
    /** The cache folder, relative to the sweep's `cwd` or absolute; created if missing. */
    readonly dir: string;
    /** Globs, relative to `cwd`, of the files trials read: their contents key every trial. Default: none. */
    readonly keyFiles?: readonly string[];
    /** Bound of the folder, megabytes; the least recently used entries are pruned past it. Default 100. */
    readonly maxMb?: number;
    /** How messages name the settings. */
    readonly names: SweepCacheNames;
}
/** The cache folder opened and the source's content hashes taken, before the runner opens. */
export interface PreparedTrialCache {
    readonly cache: TrialCache;
    readonly filesHash: string;
    readonly definitionHash: string | null;
}
/**
 * Opens the cache folder and hashes the key files (and a model definition with its local imports). Logs the one
 * warning a command or worker gets without key files (edits to its scripts are invisible to the cache).
 * @throws UsageError naming the setting for a glob matching nothing, an unreadable file, or an unusable folder.
 */
export declare function prepareTrialCache(source: TrialSource, options: SweepCacheOptions, cwd: string, log: (line: string) => void): Promise<PreparedTrialCache>;
/**
 * Wraps the opened runner with the trial cache: hits answer without a trial; the runner's own processes and
 * workers start on the first miss only (the registry's runners start them lazily), so a fully cached sweep
 * starts none.
 */
export declare function cachedRunner(prepared: PreparedTrialCache, opened: OpenedRunner, log: (line: string) => void): CachedTrialRunner;
