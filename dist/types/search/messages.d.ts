/**
 * User-facing messages of the search, in one place. Settings are named as the calling edge spells them
 * (`--start-lr` on the command line, `start-lr` as an action input; see `ResolveSettingsOptions.nameOf`),
 * and every bad value has one shape: `NAME "VALUE" is invalid: expected ALLOWED`.
 */
/** A setting's (or an input's) value is not allowed: the one template for both edges. */
export declare function invalidSetting(name: string, value: unknown, allowed: string): string;
/** What each setting allows, with other settings named as the edge spells them. */
export declare const allowedSetting: {
    readonly positiveLr: "a number > 0";
    readonly above: (other: string, value: number) => string;
    readonly coarseStep: "decades, > 0 and <= 2";
    readonly threshold: "decades, > 0";
    readonly integerFrom: (min: number) => string;
    readonly integerBetween: (min: number, max: number) => string;
    readonly oneOf: (values: readonly string[]) => string;
    readonly boolean: "true or false";
};
/** Names of the settings max-trials depends on, as the edge spells them. */
export interface GridNames {
    readonly startLr: string;
    readonly endLr: string;
    readonly coarseStep: string;
}
/** max-trials cannot hold the coarse grid plus lr = 0. */
export declare function maxTrialsTooSmall(name: string, value: number, needed: number, grid: GridNames): string;
