/**
 * Every name a pick method goes by, kept once: the CLI's `--method` spelling, the action's `method`
 * input and `lr-*` output, the label and look on reports and charts. The CLI choices, the action's
 * METHOD_INPUTS and outputs, the report labels, colours and dashes all derive from {@link METHOD_NAMES};
 * a new method is a new `Method` in `METHODS` and a `Picks` field (src/analysis/types.ts, computed in picks.ts),
 * a row here and a refinement priority (src/search/planner.ts), which the compiler then asks for, and its
 * `lr-*` output and `method` choice in action.yml (test/action/constants.test.ts asks for those). A method
 * added after the paper's is optional when results.json is read and shown only when selected ({@link shownMethods}).
 */
import { isPaperMethod, METHODS, type Method } from './analysis/types.js';
import type { SearchSettings } from './search/types.js';

/** The names and look of one pick method. */
export interface MethodNames {
  /** Spelling of `lr-sweep search --method` (kebab-case). */
  readonly cli: string;
  /** Spelling of the action's `method` input (kebab-case, as the CLI). */
  readonly input: string;
  /** Name on reports and charts (the results.json key). */
  readonly label: string;
  /** The method's number in the paper (method 1, 2, 3); null for a method the paper does not have. */
  readonly paperNumber: number | null;
  /** Chart colour (the paper's Figure 9 colours for its methods), CSS hex. */
  readonly colour: string;
  /** Dash pattern of the pick's rule on charts, Vega `strokeDash`, pixels (solid is [1, 0]). */
  readonly dash: readonly number[];
  /** The action output holding this pick. */
  readonly output: string;
}

/** The one method table. */
export const METHOD_NAMES = {
  midpoint: { cli: 'midpoint', input: 'midpoint', label: 'midpoint', paperNumber: 1, colour: '#ff7f0e', dash: [1, 0], output: 'lr-midpoint' },
  halfLoss: { cli: 'half-loss', input: 'half-loss', label: 'halfLoss', paperNumber: 2, colour: '#1f77b4', dash: [6, 3], output: 'lr-half-loss' },
  steepest: { cli: 'steepest', input: 'steepest', label: 'steepest', paperNumber: 3, colour: '#2ca02c', dash: [2, 2.5], output: 'lr-steepest' },
  basin: { cli: 'basin', input: 'basin', label: 'basin', paperNumber: null, colour: '#e377c2', dash: [8, 2, 2, 2, 2, 2], output: 'lr-basin' },
} as const satisfies Readonly<Record<Method, MethodNames>>;

/** A `--method` spelling. */
export type MethodCliName = (typeof METHOD_NAMES)[Method]['cli'];

/** A `method` input spelling. */
export type MethodInputName = (typeof METHOD_NAMES)[Method]['input'];

/** One column of the table as a record by method (`methodColumn('label').halfLoss` is `halfLoss`). */
export function methodColumn<K extends keyof MethodNames>(column: K): Readonly<Record<Method, MethodNames[K]>> {
  const table: Readonly<Record<Method, MethodNames>> = METHOD_NAMES;
  return Object.fromEntries(METHODS.map((m) => [m, table[m][column]])) as Record<Method, MethodNames[K]>;
}

/**
 * The methods a report, chart or summary table shows for a result of `selected`: the paper's three always,
 * a method added since (opt-in, such as `basin`) only when it is the selected one, so a default chart keeps
 * three rules. results.json and the action's `lr-*` outputs carry every method.
 * @example
 * shownMethods('midpoint'); // ['midpoint', 'halfLoss', 'steepest']
 * shownMethods('basin'); // ['midpoint', 'halfLoss', 'steepest', 'basin']
 */
export function shownMethods(selected: Method): Method[] {
  return METHODS.filter((m) => isPaperMethod(m) || m === selected);
}

/** The `--method` choices, in {@link METHODS} order (the paper's, then the opt-in ones). */
export const METHOD_CLI_NAMES: readonly MethodCliName[] = METHODS.map((m) => METHOD_NAMES[m].cli);

/** The `method` input's values mapped to the library's method names. */
export const METHOD_BY_INPUT: Readonly<Record<MethodInputName, Method>> = Object.fromEntries(METHODS.map((m) => [METHOD_NAMES[m].input, m])) as Record<MethodInputName, Method>;

/** The `--method` spellings mapped to the library's method names. */
export const METHOD_BY_CLI: Readonly<Record<MethodCliName, Method>> = Object.fromEntries(METHODS.map((m) => [METHOD_NAMES[m].cli, m])) as Record<MethodCliName, Method>;

/**
 * The one set of setting names: what users type for each search setting, the action input and the CLI
 * flag without its dashes (`lr-sweep search --start-lr`, `start-lr:`); the default names in messages.
 */
/**
 * The neutral names of the settings of a run that are not search settings (how the runners, the cache and
 * repeats name them in messages unless the edge says otherwise): the action's input names; the CLI's flag
 * is `--` and the name. Each edge words them through one hook (`runNameOf` of the sweep).
 */
export const RUN_SETTING_NAMES = {
  repeats: 'repeats',
  backend: 'backend',
  devices: 'devices',
  trialTimeout: 'trial-timeout',
  divergeFactor: 'diverge-factor',
  cache: 'cache',
  cacheKeyFiles: 'cache-key-files',
  cacheMaxMb: 'cache-max-mb',
  shard: 'shard',
} as const;

/** A run setting's key. */
export type RunSettingKey = keyof typeof RUN_SETTING_NAMES;

export const SETTING_NAMES = {
  startLr: 'start-lr',
  endLr: 'end-lr',
  coarseStep: 'coarse-step',
  threshold: 'threshold',
  maxTrials: 'max-trials',
  steps: 'steps',
  seed: 'seed',
  parallel: 'parallel',
  method: 'method',
  strictRange: 'strict-range',
} as const satisfies Readonly<Record<keyof SearchSettings, string>>;
