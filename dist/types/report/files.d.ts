/** How the calling edge words a refused output folder. */
export interface OutputDirMessages {
    /** The path exists and is a file. */
    readonly notDirectory: () => string;
    /** The folder holds files lr-sweep did not write; `example` is the first of them by name. */
    readonly notOurs: (example: string) => string;
    /** The folder cannot be created or written; `reason` is the system's one-line reason. Default: the first two. */
    readonly notWritable?: (reason: string) => string;
}
/**
 * Checks, before any trial runs, that `dir` can take our files without losing anything of the user's:
 * it must not exist, be empty, or hold an earlier lr-sweep output (a results.json of ours). Then only
 * our own files are replaced and anything else in it is left alone.
 * @throws UsageError with the caller's message when `dir` is a file or holds files lr-sweep did not write.
 */
export declare function checkOutputFolder(dir: string, messages: OutputDirMessages): Promise<void>;
/**
 * {@link checkOutputFolder}, then creates `dir` and probes it with a file written and removed, so a
 * folder that cannot take the results fails before the first trial, not after the whole search.
 * @throws UsageError (`messages.notWritable`) when `dir` cannot be created or written.
 */
export declare function prepareOutputFolder(dir: string, messages: OutputDirMessages): Promise<void>;
/**
 * `mkdir -p` one level at a time: Node's `mkdir(dir, { recursive: true })` loops forever where a parent
 * refuses new entries with ENOENT (under /proc), so each missing level is created on its own.
 */
export declare function makeFolder(dir: string): Promise<void>;
/**
 * Writes `data` to `path` through a new temporary file beside it (created exclusively, so never
 * through a link) renamed over the target: a symlink at `path` is replaced, its target untouched,
 * and an interrupted write leaves the old file or the new one, never half of one. Returns `path`.
 */
export declare function writeFileSafely(path: string, data: string | Uint8Array): Promise<string>;
/** The system's reason for a failed file operation, one line (`EACCES: permission denied`). */
export declare function systemReason(error: unknown): string;
