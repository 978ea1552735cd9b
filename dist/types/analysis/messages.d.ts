import type { NoWindow, NoWindowFacts, RemedySetting } from './types.js';
/** How an edge names a setting in a remedy: `--end-lr` on the command line, `end-lr` as an action input. */
export type SettingNamer = (key: RemedySetting) => string;
/** The neutral names (the settings' own names, as results.json and the library say them). */
export declare const neutralName: SettingNamer;
/** Formats a loss with 4 significant digits. */
export declare function formatLoss(loss: number): string;
/** A sample's lr is negative or not a finite number. */
export declare function invalidSampleLr(lr: number, index: number): string;
/** The lossAtZero option is not a finite number. */
export declare function invalidLossAtZero(value: number): string;
/** Fewer than four distinct learning rates gave a finite loss. */
export declare function tooFewSamples(finite: number, smallestDiverged: number | null, name?: SettingNamer): string;
/** Every trial with lr > 0 diverged. */
export declare function allDiverged(smallestLr: number, name?: SettingNamer): string;
/** No finite loss at lr = 0 and no lossAtZero given: `ran` tells an lr = 0 trial that diverged from none at all. */
export declare function noLossAtZero(ran: boolean): string;
/** The fitted loss never falls meaningfully below L(0). */
export declare function noDescent(lossAtZero: number, lowest: number, margin: number, name?: SettingNamer): string;
/** The fitted minimum is at the smallest lr tried. */
export declare function minAtStart(startLr: number, name?: SettingNamer): string;
/** The fitted minimum is at the largest lr tried and nothing diverged above it. */
export declare function stillFalling(endLr: number, name?: SettingNamer): string;
/** The loss is already more than half way down at the smallest lr tried. */
export declare function descentBeforeStart(startLr: number, name?: SettingNamer): string;
/** The curvature has no negative minimum (no knee) left of the half-loss point. */
export declare function noKnee(halfLossLr: number, name?: SettingNamer): string;
/** Words a missing window's facts with an edge's setting names (the neutral names by default). */
export declare function wordNoWindow(facts: NoWindowFacts, name?: SettingNamer): string;
/** A missing window from its facts: the code, the facts, and the sentence with the neutral names. */
export declare function noWindowFrom(facts: NoWindowFacts): NoWindow;
