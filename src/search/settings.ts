import { SETTING_NAMES } from '../names.js';
import { METHODS } from '../analysis/types.js';
import { UsageError } from '../errors.js';
import { coarseGrid } from './grid.js';
import { allowedSetting, invalidSetting, maxTrialsTooSmall } from './messages.js';
import type { SearchSettings, SettingOrigin, SettingsSource } from './types.js';

/** Defaults for every search setting (see {@link SearchSettings} for meanings and units). */
export const DEFAULT_SETTINGS: SearchSettings = {
  startLr: 1e-7,
  endLr: 10,
  coarseStep: 0.5,
  threshold: 0.05,
  maxTrials: 60,
  steps: 20,
  seed: 0,
  parallel: 1,
  method: 'midpoint',
  strictRange: false,
};

/** Most trials run at once: each is a process (often holding a GPU), and a typo like 100 must not start 100 of them. */
const MAX_PARALLEL = 64;

export { SETTING_NAMES };

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Trials round 0 needs: the coarse grid plus lr = 0. */
export function coarseTrialCount(settings: Pick<SearchSettings, 'startLr' | 'endLr' | 'coarseStep'>): number {
  return coarseGrid(settings.startLr, settings.endLr, settings.coarseStep).length + 1;
}

/** Options for {@link resolveSettings}. */
export interface ResolveSettingsOptions {
  /**
   * How the calling edge spells a setting in messages: `--start-lr` for the CLI, `start-lr` for the
   * action. Default: {@link SETTING_NAMES} (`start-lr`).
   */
  readonly nameOf?: (key: keyof SearchSettings) => string;
}

/**
 * Fills defaults and validates; throws UsageError naming the setting as the edge spells it
 * (`options.nameOf`), the value and what is allowed, in the one shape of `invalidSetting`. Keys
 * that are undefined take their default; keys that are not settings are dropped, so the result has
 * exactly the SearchSettings keys.
 */
export function resolveSettings(input: Partial<SearchSettings> = {}, options: ResolveSettingsOptions = {}): SearchSettings {
  const name = options.nameOf ?? ((key: keyof SearchSettings) => SETTING_NAMES[key]);
  const check = (ok: boolean, key: keyof SearchSettings, value: unknown, allowed: string): void => {
    if (!ok) throw new UsageError(invalidSetting(name(key), value, allowed));
  };
  const pick = <K extends keyof SearchSettings>(key: K): SearchSettings[K] => input[key] ?? DEFAULT_SETTINGS[key];
  const s: SearchSettings = {
    startLr: pick('startLr'),
    endLr: pick('endLr'),
    coarseStep: pick('coarseStep'),
    threshold: pick('threshold'),
    maxTrials: pick('maxTrials'),
    steps: pick('steps'),
    seed: pick('seed'),
    parallel: pick('parallel'),
    method: pick('method'),
    strictRange: pick('strictRange'),
  };
  check(isNumber(s.startLr) && s.startLr > 0, 'startLr', s.startLr, allowedSetting.positiveLr);
  check(isNumber(s.endLr) && s.endLr > s.startLr, 'endLr', s.endLr, allowedSetting.above(name('startLr'), s.startLr));
  check(isNumber(s.coarseStep) && s.coarseStep > 0 && s.coarseStep <= 2, 'coarseStep', s.coarseStep, allowedSetting.coarseStep);
  check(isNumber(s.threshold) && s.threshold > 0, 'threshold', s.threshold, allowedSetting.threshold);
  check(Number.isSafeInteger(s.steps) && s.steps >= 1, 'steps', s.steps, allowedSetting.integerFrom(1));
  // Seeds are whole numbers >= 0 at both edges (the action's input and --seed alike).
  check(Number.isSafeInteger(s.seed) && s.seed >= 0, 'seed', s.seed, allowedSetting.integerFrom(0));
  check(Number.isSafeInteger(s.parallel) && s.parallel >= 1 && s.parallel <= MAX_PARALLEL, 'parallel', s.parallel, allowedSetting.integerBetween(1, MAX_PARALLEL));
  check((METHODS as readonly unknown[]).includes(s.method), 'method', s.method, allowedSetting.oneOf(METHODS));
  check(typeof s.strictRange === 'boolean', 'strictRange', s.strictRange, allowedSetting.boolean);
  const needed = coarseTrialCount(s);
  if (!Number.isSafeInteger(s.maxTrials) || s.maxTrials < needed) {
    throw new UsageError(maxTrialsTooSmall(name('maxTrials'), s.maxTrials, needed, { startLr: name('startLr'), endLr: name('endLr'), coarseStep: name('coarseStep') }));
  }
  return s;
}

/** The settings of one sweep and where each came from. */
export interface ResolvedSettings {
  readonly settings: SearchSettings;
  readonly source: SettingsSource;
}

/** Options for {@link resolveWithSource}. */
export interface ResolveWithSourceOptions extends ResolveSettingsOptions {
  /** What the explicit values are: 'flag' on the command line, 'input' in the action. */
  readonly explicitOrigin: 'flag' | 'input';
}

/**
 * The one precedence for every setting: an explicit flag or input, else the model definition's
 * default, else the built-in default ({@link DEFAULT_SETTINGS}). Validates like {@link resolveSettings}
 * and records each setting's origin for results.json's `settingsSource`.
 */
export function resolveWithSource(
  explicit: Partial<SearchSettings>,
  modelDefaults: Partial<SearchSettings>,
  options: ResolveWithSourceOptions,
): ResolvedSettings {
  const settings = resolveSettings({ ...modelDefaults, ...explicit }, options);
  const origin = (key: keyof SearchSettings): SettingOrigin =>
    explicit[key] !== undefined ? options.explicitOrigin : modelDefaults[key] !== undefined ? 'model-definition' : 'default';
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof SearchSettings)[];
  const source = Object.fromEntries(keys.map((key) => [key, origin(key)])) as Record<keyof SearchSettings, SettingOrigin>;
  return { settings, source };
}

/** A `settingsSource` with every setting from `origin`. */
export function allFrom(origin: SettingOrigin): SettingsSource {
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof SearchSettings)[];
  return Object.fromEntries(keys.map((key) => [key, origin])) as Record<keyof SearchSettings, SettingOrigin>;
}
