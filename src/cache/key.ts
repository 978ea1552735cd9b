/**
 * The trial cache's key: every input that decides one trial's loss, as canonical JSON, and its sha256.
 * Pure (hashing only, no I/O).
 */
import { createHash } from 'node:crypto';
import { TRIAL_SEMANTICS_VERSION } from '../search/semantics.js';
import type { TrialRequest } from '../search/types.js';

/** A JSON value whose canonical text is defined by {@link canonicalJson}. */
export type KeyValue = string | number | boolean | null | readonly KeyValue[] | { readonly [key: string]: KeyValue };

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
export function trialKey(parts: TrialKeyParts, lr: number, request: TrialRequest): TrialKey {
  return {
    trialSemantics: TRIAL_SEMANTICS_VERSION,
    identity: parts.identity,
    filesHash: parts.filesHash,
    definitionHash: parts.definitionHash,
    backend: parts.backend,
    options: { ...parts.options },
    steps: request.steps,
    seed: request.seed,
    lr: String(lr),
  };
}

/**
 * JSON text with object keys sorted (recursively) and no spaces, so equal values always give equal text.
 * Non-finite numbers are refused (JSON has none); `undefined` object fields are dropped as JSON.stringify does.
 * @throws TypeError for a non-finite number or a value JSON cannot hold.
 */
export function canonicalJson(value: KeyValue): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} is not a finite number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: KeyValue) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as { readonly [key: string]: KeyValue | undefined };
    const fields = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k] as KeyValue)}`);
    return `{${fields.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} cannot be part of a key`);
}

/** Lower-case hex sha256 of UTF-8 text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The entry name of a key: sha256 of its canonical JSON (64 hex digits). */
export function keyDigest(key: TrialKey): string {
  return sha256(canonicalJson(key as unknown as KeyValue));
}
