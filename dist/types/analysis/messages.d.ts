import type { NoWindow, NoWindowFacts, RemedySetting } from './types.js';
/** How an edge names a setting in a remedy: `--end-lr` on the command line, `end-lr` as an action input. */
export type SettingNamer = (key: RemedySetting) => string;
/** The neutral names (the settings' own names, as results.json and the library say them). */
export declare const neutralName: SettingNamer;
/** A sample's lr is negative or not a finite number. */
export declare function invalidSampleLr(lr: number, index: number): string;
/** The lossAtZero option is not a finite number. */
export declare function invalidLossAtZero(value: number): string;
/** No finite loss at lr = 0 and no lossAtZero given: `ran` tells an lr = 0 trial that diverged from none at all. */
export declare function noLossAtZero(ran: boolean): string;
/** Words a missing window's facts with an edge's setting names (the neutral names by default). */
export declare function wordNoWindow(facts: NoWindowFacts, name?: SettingNamer): string;
/** A missing window from its facts: the code, the facts, and the sentence with the neutral names. */
export declare function noWindowFrom(facts: NoWindowFacts): NoWindow;
