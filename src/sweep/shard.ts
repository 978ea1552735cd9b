/**
 * Sharding a repeated search (`search --repeats K --shard I/N`): which repeats a shard runs, the part file a
 * shard writes (`shard.json`) and the checks `merge` applies to parts, which are untrusted input.
 * Pure: no I/O; the caller reads and writes files and passes their text and names.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import { RUN_SETTING_NAMES } from '../names.js';
import { readResultsFile } from '../report/result.js';
import { selectedOverRepeats } from '../repeats/run.js';
import { summarizeRepeats } from '../repeats/summary.js';
import type { SettingsSource, SweepResult } from '../search/types.js';
import type { FinishedSweep } from './sweep.js';

/** One shard of a sharded repeated search. */
export interface Shard {
  /** 1-based index of this shard, 1..count. */
  readonly index: number;
  /** Number of shards the repeats are split over. */
  readonly count: number;
}

/** Name of the part's manifest inside a shard's part folder. */
export const SHARD_FILE = 'shard.json';

/** Version of the shard.json layout. */
const SHARD_SCHEMA_VERSION = 1;

/** How an edge names the shard and repeats settings in messages. */
export interface ShardNames {
  /** The shard setting (`--shard`, `shard`). */
  readonly shard: string;
  /** The repeats setting (`--repeats`, `repeats`). */
  readonly repeats: string;
}

/** The CLI's names. */
export const SHARD_FLAGS: ShardNames = { shard: `--${RUN_SETTING_NAMES.shard}`, repeats: `--${RUN_SETTING_NAMES.repeats}` };

/**
 * Parses a shard `I/N` against the number of repeats K.
 * @throws UsageError (one line naming the setting and value) when the text is not I/N with 1 <= I <= N, when
 * `repeats` is undefined (not given), or when N > K (a shard would have no repeat).
 */
export function parseShard(text: string, repeats: number | undefined, names: ShardNames = RUN_SETTING_NAMES): Shard {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || index < 1 || count < 1 || index > count) {
    throw new UsageError(`${names.shard}: "${text}" is not I/N with 1 <= I <= N (e.g. 2/3)`);
  }
  if (repeats === undefined) throw new UsageError(`${names.shard} ${text}: needs ${names.repeats} K (shards split the repeats)`);
  if (count > repeats) throw new UsageError(`${names.shard} ${text}: ${count} shards for ${names.repeats} ${repeats}; at most ${repeats} shards`);
  return { index, count };
}

/** The 0-based repeats (seed = base seed + k) that belong to `shard`: every k with k mod N = I - 1. */
export function shardRepeats(repeats: number, shard: Shard): number[] {
  const mine: number[] = [];
  for (let k = shard.index - 1; k < repeats; k += shard.count) mine.push(k);
  return mine;
}

/** What identifies one sharded job: every shard of it must agree on all of these. */
export interface JobIdentity {
  /** The resolved search settings (any JSON value; hashed in a key-sorted canonical form). */
  readonly settings: unknown;
  /** The runner identity (seams.md 2). */
  readonly runner: string;
  /** Number of repeats K. */
  readonly repeats: number;
  /** Number of shards N. */
  readonly shards: number;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Settings that decide how fast a shard runs, not what it finds: a shard on a 4-GPU runner and one on a 1-GPU runner are one job. */
const NOT_HASHED: readonly string[] = ['parallel'];

/**
 * The job hash: sha256 (hex) of the canonical JSON of the settings (less {@link NOT_HASHED}), runner identity,
 * K and N. Independent of key order.
 */
export function jobHash(job: JobIdentity): string {
  const settings = job.settings !== null && typeof job.settings === 'object' && !Array.isArray(job.settings)
    ? Object.fromEntries(Object.entries(job.settings as Record<string, unknown>).filter(([key]) => !NOT_HASHED.includes(key)))
    : job.settings;
  return createHash('sha256').update(canonical({ settings, runner: job.runner, repeats: job.repeats, shards: job.shards })).digest('hex');
}

/** The content of shard.json. */
export interface ShardManifest {
  /** {@link SHARD_SCHEMA_VERSION}. */
  readonly schemaVersion: number;
  /** {@link jobHash} of the job. */
  readonly job: string;
  /** The runner identity the shard ran (`command:...`, `worker:...`, `config:...`); part of the job hash. */
  readonly runner: string;
  /** Number of repeats K of the whole job. */
  readonly repeats: number;
  /** Number of shards N. */
  readonly shards: number;
  /** This shard's 1-based index I. */
  readonly shard: number;
  /** The base seed (repeat k ran with seed + k). */
  readonly seed: number;
  /** This shard's repeats, in order: k and the file (relative to the part folder) holding that repeat's results.json. */
  readonly results: readonly { readonly repeat: number; readonly file: string }[];
}

/** Builds the manifest of one shard; `files[i]` is where the i-th of its repeats' results are written. */
export function shardManifest(job: JobIdentity, shard: Shard, seed: number, files: readonly string[]): ShardManifest {
  const repeats = shardRepeats(job.repeats, shard);
  if (files.length !== repeats.length) throw new Error(`shard ${shard.index}/${shard.count}: ${files.length} files for ${repeats.length} repeats`);
  return {
    schemaVersion: SHARD_SCHEMA_VERSION,
    job: jobHash(job),
    runner: job.runner,
    repeats: job.repeats,
    shards: job.shards,
    shard: shard.index,
    seed,
    results: repeats.map((repeat, i) => ({ repeat, file: files[i] as string })),
  };
}

const bad = (file: string, what: string): UsageError => new UsageError(`${file}: ${what}`);

function wholeNumber(value: unknown, file: string, key: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw bad(file, `"${key}" is ${JSON.stringify(value)}; expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/**
 * Parses and validates one shard.json (untrusted): every field, the shard's repeat list against K, N, I,
 * and file names that stay inside the part folder.
 * @throws UsageError one line naming `file` and the field.
 */
export function parseShardManifest(text: string, file: string): ShardManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bad(file, 'is not JSON');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw bad(file, 'is not a JSON object');
  const o = raw as Record<string, unknown>;
  if (o['schemaVersion'] !== SHARD_SCHEMA_VERSION) throw bad(file, `"schemaVersion" is ${JSON.stringify(o['schemaVersion'])}; expected ${SHARD_SCHEMA_VERSION}`);
  const job = o['job'];
  if (typeof job !== 'string' || !/^[0-9a-f]{64}$/.test(job)) throw bad(file, '"job" is not a 64-digit hex hash');
  const runner = o['runner'];
  if (typeof runner !== 'string' || runner.length === 0 || runner.length > 10000) throw bad(file, '"runner" is not the text of a runner identity');
  const repeats = wholeNumber(o['repeats'], file, 'repeats', 1, 1000);
  const shards = wholeNumber(o['shards'], file, 'shards', 1, repeats);
  const shard = wholeNumber(o['shard'], file, 'shard', 1, shards);
  const seed = wholeNumber(o['seed'], file, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const list = o['results'];
  if (!Array.isArray(list)) throw bad(file, '"results" is not an array');
  const expected = shardRepeats(repeats, { index: shard, count: shards });
  if (list.length !== expected.length) throw bad(file, `"results" has ${list.length} entries; shard ${shard}/${shards} of ${repeats} repeats has ${expected.length}`);
  const results = list.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    if (e['repeat'] !== expected[i]) throw bad(file, `results[${i}].repeat is ${JSON.stringify(e['repeat'])}; expected ${expected[i]}`);
    const name = e['file'];
    if (typeof name !== 'string' || !/^[A-Za-z0-9._-]+$/.test(name) || name.startsWith('.')) {
      throw bad(file, `results[${i}].file is ${JSON.stringify(name)}; expected a plain file name in the part folder`);
    }
    return { repeat: expected[i] as number, file: name };
  });
  return { schemaVersion: SHARD_SCHEMA_VERSION, job, runner, repeats, shards, shard, seed, results };
}

/** One part as read by the caller: its manifest and the text of each repeat's results file. */
export interface PartInput {
  /** Path of the part's shard.json (for messages). */
  readonly file: string;
  /** The shard.json text. */
  readonly text: string;
  /** Reads a results file named in the manifest (its text) and returns it with its path for messages. */
  readonly read: (name: string) => { readonly text: string; readonly path: string };
}

/** What {@link joinParts} returns. */
export interface JoinedParts {
  /** Every repeat's result in repeat order (k = 0..K-1). */
  readonly all: readonly SweepResult[];
  /** Repeat 0's settingsSource, as its results.json states it (results.json of the merge keeps it). */
  readonly settingsSource: SettingsSource;
  /** The runner identity every part ran. */
  readonly identity: string;
}

/**
 * Joins the parts of one job into every repeat's result, in repeat order (k = 0..K-1), validating each part,
 * that all share one job hash, K, N and seed, that no shard is duplicated or missing, and that each result's
 * seed is base seed + k.
 * @throws UsageError one line naming the offending file.
 */
export function joinParts(parts: readonly PartInput[]): JoinedParts {
  if (parts.length === 0) throw new UsageError('merge: no parts given; expected the part folders of every shard');
  const manifests = parts.map((p) => ({ part: p, manifest: parseShardManifest(p.text, p.file) }));
  const first = manifests[0] as (typeof manifests)[number];
  const seen = new Map<number, string>();
  for (const { part, manifest } of manifests) {
    for (const key of ['job', 'runner', 'repeats', 'shards', 'seed'] as const) {
      if (manifest[key] !== first.manifest[key]) {
        throw bad(part.file, `"${key}" ${JSON.stringify(manifest[key])} differs from ${first.part.file} (${JSON.stringify(first.manifest[key])}): parts of different jobs`);
      }
    }
    const other = seen.get(manifest.shard);
    if (other !== undefined) throw bad(part.file, `shard ${manifest.shard}/${manifest.shards} is also in ${other}`);
    seen.set(manifest.shard, part.file);
  }
  const { shards, repeats, seed } = first.manifest;
  const missing = Array.from({ length: shards }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new UsageError(`merge: shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${shards} missing`);
  const all: (SweepResult | undefined)[] = new Array<SweepResult | undefined>(repeats).fill(undefined);
  let settingsSource: SettingsSource | null = null;
  for (const { part, manifest } of manifests) {
    for (const { repeat, file } of manifest.results) {
      const { text, path } = part.read(file);
      const read = readResultsFile(text, path);
      const { result } = read;
      if (repeat === 0) {
        if (read.settingsSource === null) throw bad(path, '"settingsSource" is missing or invalid');
        settingsSource = read.settingsSource;
      }
      if (result.settings.seed !== seed + repeat) {
        throw bad(path, `seed ${result.settings.seed} is not ${seed + repeat} (seed ${seed} + repeat ${repeat})`);
      }
      all[repeat] = result;
    }
  }
  if (settingsSource === null) throw new UsageError('merge: no part holds repeat 0');
  return { all: all as SweepResult[], settingsSource, identity: first.manifest.runner };
}

/**
 * The finished sweep the unsharded run would have produced from the same repeats, for the one writer
 * (`writeSweep`): results.json is repeat 0's, repeats.json the summary over all of them, the selected lr the
 * same rule as {@link selectedOverRepeats}. No trial cache counts (a merge runs no trials).
 * @param all every repeat's result in repeat order, as {@link joinParts} returns them
 * @param settingsSource repeat 0's settingsSource (from its results.json)
 * @param identity the runner identity the shards ran
 */
export function mergedSweep(all: readonly SweepResult[], settingsSource: SettingsSource, identity: string): FinishedSweep {
  const primary = all[0];
  if (primary === undefined) throw new UsageError('merge: no repeats in the parts');
  const summary = summarizeRepeats(all);
  return {
    status: 'done',
    result: primary,
    settingsSource,
    selectedLr: selectedOverRepeats(primary, summary),
    repeats: all.length > 1 ? summary : null,
    identity,
  };
}
