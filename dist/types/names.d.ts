/**
 * Every name a pick method goes by, kept once: the CLI's `--method` spelling, the action's `method`
 * input and `lr-*` output, the label and look on reports and charts. The CLI choices, the action's
 * METHOD_INPUTS and outputs, the report labels, colours and dashes all derive from {@link METHOD_NAMES};
 * a new method is a new `Method` (src/analysis/types.ts) and a row here, which the compiler then asks for.
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
    /** The method's number in the paper (method 1, 2, 3). */
    readonly paperNumber: number;
    /** Chart colour (the paper's Figure 9 colours), CSS hex. */
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
};
/** A `--method` spelling. */
export type MethodCliName = (typeof METHOD_NAMES)[Method]['cli'];
/** A `method` input spelling. */
export type MethodInputName = (typeof METHOD_NAMES)[Method]['input'];
/** One column of the table as a record by method (`methodColumn('label').halfLoss` is `halfLoss`). */
export declare function methodColumn<K extends keyof MethodNames>(column: K): Readonly<Record<Method, MethodNames[K]>>;
/** The `--method` choices, in the paper's order. */
export declare const METHOD_CLI_NAMES: readonly MethodCliName[];
/** The `method` input's values mapped to the library's method names. */
export declare const METHOD_BY_INPUT: Readonly<Record<MethodInputName, Method>>;
/** The `--method` spellings mapped to the library's method names. */
export declare const METHOD_BY_CLI: Readonly<Record<MethodCliName, Method>>;
/**
 * The one set of setting names: what users type for each search setting, the action input and the CLI
 * flag without its dashes (`lr-sweep search --start-lr`, `start-lr:`); the default names in messages.
 */
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
