/**
 * Every user-facing sentence the analysis produces, in one place so tests compare against these
 * functions rather than copied strings. Learning rates are printed with {@link formatLr}.
 */
/** Formats a learning rate compactly and unambiguously, e.g. 1e-7, 3.16e-4, 0.01 → 1e-2. */
export declare function formatLr(lr: number): string;
/** Formats a loss with 4 significant digits. */
export declare function formatLoss(loss: number): string;
/** A sample's lr is negative or not a finite number. */
export declare function invalidSampleLr(lr: number, index: number): string;
/** The lossAtZero option is not a finite number. */
export declare function invalidLossAtZero(value: number): string;
/** Fewer than four distinct learning rates gave a finite loss. */
export declare function tooFewSamples(finite: number, smallestDiverged: number | null): string;
/** Every trial with lr > 0 diverged. */
export declare function allDiverged(smallestLr: number): string;
/** No finite loss at lr = 0 and no lossAtZero given: `ran` tells an lr = 0 trial that diverged from none at all. */
export declare function noLossAtZero(ran: boolean): string;
/** The fitted loss never falls meaningfully below L(0). */
export declare function noDescent(lossAtZero: number, lowest: number, margin: number): string;
/** The fitted minimum is at the smallest lr tried. */
export declare function minAtStart(startLr: number): string;
/** The fitted minimum is at the largest lr tried and nothing diverged above it. */
export declare function stillFalling(endLr: number): string;
/** The loss is already more than half way down at the smallest lr tried. */
export declare function descentBeforeStart(startLr: number): string;
/** The curvature has no negative minimum (no knee) left of the half-loss point. */
export declare function noKnee(halfLossLr: number): string;
