import type { TrialRequest } from '../search/types.js';
/** A JSON value whose canonical text is defined by {@link canonicalJson}. */
export type KeyValue = string | number | boolean | null | readonly KeyValue[] | {
    readonly [key: string]: KeyValue;
};
/** What is fixed for a whole search: the runner and everything it reads. The lead fills it from the runner registry. */
export interface TrialKeyParts {
    /** The runner's identity string (`command:<template>`, `worker:<cmd>`, `config:<path>#backend=<backend>`). */
    readonly identity: string;
    /** {@link hashKeyFiles} of the `--cache-key-files` globs; the empty-list hash when none were given. */
    readonly filesHash: string;
    /** {@link hashDefinition} (plus the data fingerprint) for a model definition; null for command and worker runners. */
    readonly definitionHash: string | null;
    /** The concrete backend trials run on (`cpu`, `wasm`, `tensorflow`, ...); null when lr-sweep does not choose it. */
    readonly backend: string | null;
    /** Other runner options that change a trial's outcome (for example the tfjs `divergeFactor`). Default: none. */
    readonly options?: Readonly<Record<string, string | number | boolean>>;
}
/** One trial's full key, stored in its cache entry and compared field by field on every read. */
export interface TrialKey {
    readonly trialSemantics: number;
    readonly identity: string;
    readonly filesHash: string;
    readonly definitionHash: string | null;
    readonly backend: string | null;
    readonly options: Readonly<Record<string, string | number | boolean>>;
    readonly steps: number;
    readonly seed: number;
    /** The learning rate as JavaScript's shortest round-trip text (`String(lr)`), so equal numbers give equal text and no two numbers share one. */
    readonly lr: string;
}
/**
 * The key of the trial at `lr` with `request`'s steps and seed, for a runner described by `parts`.
 *
 * @example
 * trialKey({ identity: 'command:python train.py --lr {lr}', filesHash, definitionHash: null, backend: null }, 1e-3, { steps: 20, seed: 0 });
 */
export declare function trialKey(parts: TrialKeyParts, lr: number, request: TrialRequest): TrialKey;
/**
 * JSON text with object keys sorted (recursively) and no spaces, so equal values always give equal text.
 * Non-finite numbers are refused (JSON has none); `undefined` object fields are dropped as JSON.stringify does.
 * @throws TypeError for a non-finite number or a value JSON cannot hold.
 */
export declare function canonicalJson(value: KeyValue): string;
/** Lower-case hex sha256 of UTF-8 text. */
export declare function sha256(text: string): string;
/** The entry name of a key: sha256 of its canonical JSON (64 hex digits). */
export declare function keyDigest(key: TrialKey): string;
