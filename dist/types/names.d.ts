/**
 * Every name a pick method goes by, kept once: the CLI's `--method` spelling, the action's `method`
 * input and `lr-*` output, the label and look on reports and charts. The CLI choices, the action's
 * METHOD_INPUTS and outputs, the report labels, colours and dashes all derive from {@link METHOD_NAMES};
 * a new method is a new `Method` in `METHODS` and a `Picks` field (src/analysis/types.ts, computed in picks.ts),
 * a row here and a refinement priority (src/search/planner.ts), which the compiler then asks for, and its
 * `lr-*` output and `method` choice in action.yml (test/action/constants.test.ts asks for those). A method
 * added after the paper's is optional when results.json is read and shown only when selected ({@link shownMethods}).
 */
import { type Method } from './analysis/types.js';
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
export declare const METHOD_NAMES: {
    readonly midpoint: {
        readonly cli: "midpoint";
        readonly input: "midpoint";
        readonly label: "midpoint";
        readonly paperNumber: 1;
        readonly colour: "#ff7f0e";
        readonly dash: readonly [1, 0];
        readonly output: "lr-midpoint";
    };
    readonly halfLoss: {
        readonly cli: "half-loss";
        readonly input: "half-loss";
        readonly label: "halfLoss";
        readonly paperNumber: 2;
        readonly colour: "#1f77b4";
        readonly dash: readonly [6, 3];
        readonly output: "lr-half-loss";
    };
    readonly steepest: {
        readonly cli: "steepest";
        readonly input: "steepest";
        readonly label: "steepest";
        readonly paperNumber: 3;
        readonly colour: "#2ca02c";
        readonly dash: readonly [2, 2.5];
        readonly output: "lr-steepest";
    };
    readonly basin: {
        readonly cli: "basin";
        readonly input: "basin";
        readonly label: "basin";
        readonly paperNumber: null;
        readonly colour: "#e377c2";
        readonly dash: readonly [8, 2, 2, 2, 2, 2];
        readonly output: "lr-basin";
    };
};
/** A `--method` spelling. */
export type MethodCliName = (typeof METHOD_NAMES)[Method]['cli'];
/** A `method` input spelling. */
export type MethodInputName = (typeof METHOD_NAMES)[Method]['input'];
/** One column of the table as a record by method (`methodColumn('label').halfLoss` is `halfLoss`). */
export declare function methodColumn<K extends keyof MethodNames>(column: K): Readonly<Record<Method, MethodNames[K]>>;
/**
 * The methods a report, chart or summary table shows for a result of `selected`: the paper's three always,
 * a method added since (opt-in, such as `basin`) only when it is the selected one, so a default chart keeps
 * three rules. results.json and the action's `lr-*` outputs carry every method.
 * @example
 * shownMethods('midpoint'); // ['midpoint', 'halfLoss', 'steepest']
 * shownMethods('basin'); // ['midpoint', 'halfLoss', 'steepest', 'basin']
 */
export declare function shownMethods(selected: Method): Method[];
/** The `--method` choices, in {@link METHODS} order (the paper's, then the opt-in ones). */
export declare const METHOD_CLI_NAMES: readonly MethodCliName[];
/** The `method` input's values mapped to the library's method names. */
export declare const METHOD_BY_INPUT: Readonly<Record<MethodInputName, Method>>;
/** The `--method` spellings mapped to the library's method names. */
export declare const METHOD_BY_CLI: Readonly<Record<MethodCliName, Method>>;
/**
 * The one set of setting names: what users type for each search setting, the action input and the CLI
 * flag without its dashes (`lr-sweep search --start-lr`, `start-lr:`); the default names in messages.
 */
/**
 * The neutral names of the settings of a run that are not search settings (how the runners, the cache and
 * repeats name them in messages unless the edge says otherwise): the action's input names; the CLI's flag
 * is `--` and the name. Each edge words them through one hook (`runNameOf` of the sweep).
 */
export declare const RUN_SETTING_NAMES: {
    readonly repeats: "repeats";
    readonly backend: "backend";
    readonly devices: "devices";
    readonly trialTimeout: "trial-timeout";
    readonly divergeFactor: "diverge-factor";
    readonly cache: "cache";
    readonly cacheKeyFiles: "cache-key-files";
    readonly cacheMaxMb: "cache-max-mb";
    readonly shard: "shard";
};
/** A run setting's key. */
export type RunSettingKey = keyof typeof RUN_SETTING_NAMES;
export declare const SETTING_NAMES: {
    readonly startLr: "start-lr";
    readonly endLr: "end-lr";
    readonly coarseStep: "coarse-step";
    readonly threshold: "threshold";
    readonly maxTrials: "max-trials";
    readonly steps: "steps";
    readonly seed: "seed";
    readonly parallel: "parallel";
    readonly method: "method";
    readonly strictRange: "strict-range";
};
