/**
 * The one typed reader of the action's inputs. Every bad value throws a UsageError naming the
 * input, the value and what is allowed (as `core.getBooleanInput` does), never `undefined`.
 */
import type { Method } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import { parseDecimal } from '../numbers.js';
import { MAX_REPEATS } from '../repeats/run.js';
import type { BackendName } from '../runners/tfjs/index.js';
import type { SearchSettings } from '../search/types.js';
import { BACKEND_INPUTS, InputDefaults, Inputs, METHOD_INPUTS, type InputName } from './constants.js';
import { parseTolerance } from './guard.js';
import { parseDevices } from '../runners/devices.js';
import { parseShard, type Shard, type ShardNames } from '../sweep/shard.js';
import { ARTIFACT_NAME_ALLOWED, badInput, DEVICES_INPUT, sourceInputs, TOLERANCE_ALLOWED } from './messages.js';

/** Returns an input's raw value, or '' when it is not set (as `core.getInput` does). */
export type InputGetter = (name: InputName) => string;

/** How trials run: a TensorFlow.js model definition, or a shell command. */
export type TrialSource =
  | { readonly kind: 'config'; readonly configPath: string; readonly backend: BackendName }
  | {
      readonly kind: 'command' | 'worker';
      readonly command: string;
      /** Seconds a trial may take (`trial-timeout`), or null for the runner's default. */
      readonly trialTimeout: number | null;
      /** A non-default backend given with command or worker (it has no effect), else null. */
      readonly ignoredBackend: string | null;
    };

/** Every input, typed and validated. */
export interface ActionInputs {
  /** `config`, `command` or `worker`, exactly one; null only with `merge` (which runs no trial) when none is given. */
  readonly source: TrialSource | null;
  /** `shard: I/N` (with repeats K > 1): run only that shard's repeats and upload its part. Default null. */
  readonly shard: Shard | null;
  /** `merge: true`: run no trial; download this run's part artifacts, merge them, then report and guard. Default false. */
  readonly merge: boolean;
  /** One device per slot (`devices`, e.g. 0,1,2,3), or null: every trial sees every device. */
  readonly devices: readonly string[] | null;
  /** Search settings the user set; the rest take the library's defaults. */
  readonly settings: Partial<SearchSettings>;
  /** Method whose pick is guarded. Default 'midpoint'. */
  readonly method: Method;
  /** Baseline file, relative to the repository root. Default '.github/lr-sweep.json'. */
  readonly baselineFile: string;
  /** Dot path to the value inside the baseline file, or null for the top-level `lr`. Default null. */
  readonly baselineKey: string | null;
  /** Committed lr given directly; overrides the file. Default null. */
  readonly expectedLr: number | null;
  /** Allowed drift, decades. Default 0.3. */
  readonly toleranceDecades: number;
  /** Searches run with seeds seed, seed + 1, …; above 1 the selected lr is the method's median. Default 1. */
  readonly repeats: number;
  /** Fail the step on drift or no window. Default true. */
  readonly failOnDrift: boolean;
  /** Write the new value into the baseline instead of failing. Default false. */
  readonly updateBaseline: boolean;
  /** Where config paths resolve and commands run, relative to the repository root. Default '.'. */
  readonly workingDirectory: string;
  /** Token for the PR comment. Default: the workflow's GITHUB_TOKEN. */
  readonly githubToken: string;
  /** Post the sticky PR comment. Default true. */
  readonly comment: boolean;
  /** Name of the uploaded report artifact. Default 'lr-sweep-report'. */
  readonly artifactName: string;
  /** Run on pull requests from forks. Default false. */
  readonly allowForkPrs: boolean;
  /** The trial cache (`cache: true`), restored before and saved after the search; null when off (the default). */
  readonly cache: ActionCacheInputs | null;
}

/** The trial cache's inputs. */
export interface ActionCacheInputs {
  /** Globs (one per line of `cache-key-files`, relative to working-directory) of the files trials read. Default: none. */
  readonly keyFiles: readonly string[];
  /** Bound of the cache folder, megabytes (`cache-max-mb`). Default 100. */
  readonly maxMb: number;
}

const KEY_PATH = /^[^.\s]+(\.[^.\s]+)*$/;
// @actions/artifact rejects these characters in artifact names.
const ARTIFACT_FORBIDDEN = /[":<>|*?\r\n\\/]/;

/** How shard messages name the inputs. */
const SHARD_INPUTS: ShardNames = { shard: Inputs.Shard, repeats: Inputs.Repeats };

/**
 * Reads and validates every input. Throws UsageError on the first bad one.
 * @example readInputs((name) => core.getInput(name))
 */
export function readInputs(get: InputGetter): ActionInputs {
  const read = (name: InputName): string => {
    const value = get(name).trim();
    if (value !== '') return value;
    return (InputDefaults as Partial<Record<InputName, string>>)[name] ?? '';
  };
  const merge = readBoolean(Inputs.Merge, read(Inputs.Merge));
  const repeats = readRepeats(read(Inputs.Repeats));
  const shard = read(Inputs.Shard) === '' ? null : parseShard(read(Inputs.Shard), repeats > 1 ? repeats : undefined, SHARD_INPUTS);
  if (merge && shard !== null) throw new UsageError(badInput(Inputs.Merge, 'true', `false with shard (${read(Inputs.Shard)}): the shard jobs upload parts, a later job merges them`));
  const sourceGiven = ([Inputs.Config, Inputs.Command, Inputs.Worker] as const).some((name) => read(name) !== '');
  return {
    source: merge && !sourceGiven ? null : readSource(read),
    shard,
    merge,
    devices: read(Inputs.Devices) === '' ? null : parseDevices(read(Inputs.Devices), DEVICES_INPUT),
    settings: readSettings(read),
    method: readMethod(read(Inputs.Method)),
    baselineFile: read(Inputs.BaselineFile),
    baselineKey: readKeyPath(read(Inputs.BaselineKey)),
    expectedLr: readOptionalNumber(read, Inputs.ExpectedLr, 'positive', 'a positive learning rate such as 3e-4'),
    toleranceDecades: readTolerance(read(Inputs.Tolerance)),
    repeats,
    failOnDrift: readBoolean(Inputs.FailOnDrift, read(Inputs.FailOnDrift)),
    updateBaseline: readBoolean(Inputs.UpdateBaseline, read(Inputs.UpdateBaseline)),
    workingDirectory: read(Inputs.WorkingDirectory),
    githubToken: readToken(read(Inputs.GithubToken)),
    comment: readBoolean(Inputs.Comment, read(Inputs.Comment)),
    artifactName: readArtifactName(read(Inputs.ArtifactName)),
    allowForkPrs: readBoolean(Inputs.AllowForkPrs, read(Inputs.AllowForkPrs)),
    cache: readCache(read),
  };
}

function readCache(read: (name: InputName) => string): ActionCacheInputs | null {
  const on = readBoolean(Inputs.Cache, read(Inputs.Cache));
  const keyFiles = read(Inputs.CacheKeyFiles)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const maxMb = readOptionalNumber(read, Inputs.CacheMaxMb, 'positive', 'a positive number of megabytes such as 100') ?? Number(InputDefaults[Inputs.CacheMaxMb]);
  if (!on) {
    if (keyFiles.length > 0) throw new UsageError(badInput(Inputs.CacheKeyFiles, read(Inputs.CacheKeyFiles), 'empty unless cache is true'));
    return null;
  }
  return { keyFiles, maxMb };
}

function readSource(read: (name: InputName) => string): TrialSource {
  const given = ([Inputs.Config, Inputs.Command, Inputs.Worker] as const).filter((name) => read(name) !== '');
  if (given.length !== 1) throw new UsageError(sourceInputs(given));
  const backend = read(Inputs.Backend);
  if (!(BACKEND_INPUTS as readonly string[]).includes(backend)) {
    throw new UsageError(badInput(Inputs.Backend, backend, `one of ${BACKEND_INPUTS.join(', ')}`));
  }
  const trialTimeout = readOptionalNumber(read, Inputs.TrialTimeout, 'positive', 'a positive number of seconds such as 600');
  if (given[0] === Inputs.Config) {
    if (trialTimeout !== null) throw new UsageError(badInput(Inputs.TrialTimeout, read(Inputs.TrialTimeout), 'empty with config (it applies to command and worker)'));
    return { kind: 'config', configPath: read(Inputs.Config), backend: backend as BackendName };
  }
  const kind = given[0] === Inputs.Command ? 'command' : 'worker';
  return { kind, command: read(given[0] ?? Inputs.Command), trialTimeout, ignoredBackend: backend === 'auto' ? null : backend };
}

function readSettings(read: (name: InputName) => string): Partial<SearchSettings> {
  const settings: { -readonly [K in keyof SearchSettings]?: SearchSettings[K] } = {};
  const startLr = readOptionalNumber(read, Inputs.StartLr, 'positive', 'a positive learning rate such as 1e-7');
  if (startLr !== null) settings.startLr = startLr;
  const endLr = readOptionalNumber(read, Inputs.EndLr, 'positive', 'a positive learning rate such as 10');
  if (endLr !== null) settings.endLr = endLr;
  const coarseStep = readOptionalNumber(read, Inputs.CoarseStep, 'positive', 'a positive number of decades such as 0.5');
  if (coarseStep !== null) settings.coarseStep = coarseStep;
  const threshold = readOptionalNumber(read, Inputs.Threshold, 'positive', 'a positive number of decades such as 0.05');
  if (threshold !== null) settings.threshold = threshold;
  const maxTrials = readOptionalInteger(read, Inputs.MaxTrials, 1);
  if (maxTrials !== null) settings.maxTrials = maxTrials;
  const steps = readOptionalInteger(read, Inputs.Steps, 1);
  if (steps !== null) settings.steps = steps;
  const seed = readOptionalInteger(read, Inputs.Seed, 0);
  if (seed !== null) settings.seed = seed;
  const parallel = readOptionalInteger(read, Inputs.Parallel, 1);
  if (parallel !== null) settings.parallel = parallel;
  // Only an explicit `true` is a setting the user gave; `false` is the default.
  if (readBoolean(Inputs.StrictRange, read(Inputs.StrictRange))) settings.strictRange = true;
  return settings;
}

function readMethod(value: string): Method {
  const method = (METHOD_INPUTS as Record<string, Method>)[value];
  if (method === undefined) throw new UsageError(badInput(Inputs.Method, value, `one of ${Object.keys(METHOD_INPUTS).join(', ')}`));
  return method;
}

function readKeyPath(value: string): string | null {
  if (value === '') return null;
  if (!KEY_PATH.test(value)) throw new UsageError(badInput(Inputs.BaselineKey, value, 'a dot path such as optimizer.lr'));
  return value;
}

function readTolerance(value: string): number {
  const decades = parseTolerance(value);
  if (decades === null) throw new UsageError(badInput(Inputs.Tolerance, value, TOLERANCE_ALLOWED));
  return decades;
}

function readRepeats(value: string): number {
  const number = parseDecimal(value, { integer: true });
  if (number === null || number < 1 || number > MAX_REPEATS) {
    throw new UsageError(badInput(Inputs.Repeats, value, `a whole number from 1 to ${MAX_REPEATS}`));
  }
  return number;
}

function readOptionalNumber(read: (name: InputName) => string, name: InputName, sign: 'positive', allowed: string): number | null {
  const value = read(name);
  if (value === '') return null;
  const number = parseDecimal(value);
  if (number === null || (sign === 'positive' && number <= 0)) throw new UsageError(badInput(name, value, allowed));
  return number;
}

function readOptionalInteger(read: (name: InputName) => string, name: InputName, min: number): number | null {
  const value = read(name);
  if (value === '') return null;
  const number = parseDecimal(value, { integer: true });
  if (number === null || number < min) {
    throw new UsageError(badInput(name, value, min === 0 ? 'a whole number >= 0' : `a whole number >= ${min}`));
  }
  return number;
}

/** Same spellings as core.getBooleanInput (YAML 1.2 core schema booleans). */
function readBoolean(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(badInput(name, value, 'true or false'));
}

function readToken(value: string): string {
  // Outside a workflow the default expression is not expanded: treat it as "no token".
  return value === InputDefaults[Inputs.GithubToken] ? '' : value;
}

function readArtifactName(value: string): string {
  // The name is also a folder under RUNNER_TEMP/lr-sweep/ that is emptied first: "." or ".." would be a parent.
  if (value === '' || ARTIFACT_FORBIDDEN.test(value) || value.startsWith('.') || value.endsWith('.') || value !== value.trim()) {
    throw new UsageError(badInput(Inputs.ArtifactName, value, ARTIFACT_NAME_ALLOWED));
  }
  return value;
}
