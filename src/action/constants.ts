/**
 * Names from action.yml, kept in one place (as actions/cache keeps `Inputs.Key`), used by the code
 * and the tests alike. A test checks that action.yml declares exactly these inputs and outputs with
 * these defaults.
 */
import { METHODS } from '../analysis/types.js';
import { METHOD_BY_INPUT, METHOD_NAMES, SETTING_NAMES } from '../names.js';
import { BACKEND_NAMES } from '../runners/tfjs/backend.js';
import { DEFAULT_SETTINGS } from '../search/settings.js';

/** Every input of action.yml, by its exact kebab-case name. */
export const Inputs = {
  Config: 'config',
  Command: 'command',
  Worker: 'worker',
  TrialTimeout: 'trial-timeout',
  Devices: 'devices',
  StrictRange: SETTING_NAMES.strictRange,
  Method: SETTING_NAMES.method,
  BaselineFile: 'baseline-file',
  BaselineKey: 'baseline-key',
  ExpectedLr: 'expected-lr',
  Tolerance: 'tolerance',
  FailOnDrift: 'fail-on-drift',
  UpdateBaseline: 'update-baseline',
  StartLr: SETTING_NAMES.startLr,
  EndLr: SETTING_NAMES.endLr,
  CoarseStep: SETTING_NAMES.coarseStep,
  Threshold: SETTING_NAMES.threshold,
  MaxTrials: SETTING_NAMES.maxTrials,
  Steps: SETTING_NAMES.steps,
  Seed: SETTING_NAMES.seed,
  Parallel: SETTING_NAMES.parallel,
  Repeats: 'repeats',
  Backend: 'backend',
  WorkingDirectory: 'working-directory',
  GithubToken: 'github-token',
  Comment: 'comment',
  ArtifactName: 'artifact-name',
  AllowForkPrs: 'allow-fork-prs',
  Cache: 'cache',
  CacheKeyFiles: 'cache-key-files',
  CacheMaxMb: 'cache-max-mb',
  Shard: 'shard',
  Merge: 'merge',
} as const;

/** The input that sets each search setting (settings errors name it): the one set of setting names. */
export const SETTING_INPUTS = SETTING_NAMES;

/** An input name. */
export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** Every output of action.yml but the per-method `lr-<method>` ones ({@link PICK_OUTPUTS}), by its exact kebab-case name. */
export const Outputs = {
  MinLr: 'min-lr',
  MaxLr: 'max-lr',
  SelectedLr: 'selected-lr',
  ExpectedLr: 'expected-lr',
  DriftDecades: 'drift-decades',
  SpreadDecades: 'spread-decades',
  Verdict: 'verdict',
  ReportDir: 'report-dir',
  CommentUrl: 'comment-url',
} as const;

/** The `lr-<method>` outputs, one per pick method (from METHOD_NAMES), besides {@link Outputs}. */
export const PICK_OUTPUTS: readonly string[] = METHODS.map((m) => METHOD_NAMES[m].output);

/** An output name. */
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/**
 * Defaults of the inputs that have one, as action.yml writes them. The reader applies them too, so
 * running `node dist/index.js` without the runner's defaults behaves the same.
 */
export const InputDefaults = {
  [Inputs.Method]: METHOD_NAMES[DEFAULT_SETTINGS.method].input,
  [Inputs.BaselineFile]: '.github/lr-sweep.json',
  [Inputs.Tolerance]: '0.3',
  [Inputs.FailOnDrift]: 'true',
  [Inputs.UpdateBaseline]: 'false',
  [Inputs.Repeats]: '1',
  [Inputs.Backend]: 'auto',
  [Inputs.WorkingDirectory]: '.',
  [Inputs.GithubToken]: '${{ github.token }}',
  [Inputs.Comment]: 'true',
  [Inputs.ArtifactName]: 'lr-sweep-report',
  [Inputs.AllowForkPrs]: 'false',
  [Inputs.StrictRange]: 'false',
  [Inputs.Cache]: 'false',
  [Inputs.CacheMaxMb]: '100',
  [Inputs.Merge]: 'false',
} as const satisfies Partial<Record<InputName, string>>;

/** The `method` input's values, mapped to the library's method names. */
export const METHOD_INPUTS = METHOD_BY_INPUT;

/** The `backend` input's values: the tfjs runner's backend names. */
export const BACKEND_INPUTS = BACKEND_NAMES;

/**
 * The verdicts of the drift guard, and `skipped` for a fork pull request that did not run. The `verdict` output
 * has one more, {@link SHARDED_VERDICT}.
 */
export const VERDICTS = ['pass', 'fail', 'no-baseline', 'no-window', 'updated', 'skipped'] as const;

/** The `verdict` output of a `shard` run: one part of the search, nothing judged (the merge job guards). */
export const SHARDED_VERDICT = 'sharded';

/** Key read from (and written to) the baseline file when `baseline-key` is empty. */
export const DEFAULT_BASELINE_KEY = 'lr';

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** A step's job summary may hold at most this many bytes (1 MiB). */
export const SUMMARY_LIMIT_BYTES = 1_048_576;

/** node-canvas version a release ships prebuilt in {@link NATIVE_DIR} (pinned: package.json's optionalDependencies). */
export const CANVAS_VERSION = '3.2.3';

/** Where a release of the action ships native binaries, relative to the action's folder (scripts/fetch-canvas.mjs). */
export const NATIVE_DIR = 'dist/native';

/** The platforms a release ships a prebuilt canvas for: folder under {@link NATIVE_DIR} and the C library it needs. */
export const NATIVE_PLATFORMS: readonly { readonly folder: string; readonly libc: 'glibc' | 'musl' | null }[] = [{ folder: 'linux-x64', libc: 'glibc' }];

/** Login of the identity behind the default GITHUB_TOKEN, as the REST API spells it. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** Drift comparisons allow this much float error, decades, so a value exactly at the tolerance passes. */
export const DRIFT_EPSILON = 1e-9;
