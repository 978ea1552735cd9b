/** A learning-rate setting (named as the edge spells it) is not a positive number. */
export declare function notPositive(flag: string, value: number): string;
/** The end lr is not above the start lr; `startName`/`endName` as the edge spells them. */
export declare function endNotAboveStart(start: number, end: number, startName?: string, endName?: string): string;
/** The step count is not a whole number of at least `min`. */
export declare function badNumIt(value: number, min: number, name?: string): string;
/** The smoothing weight is outside [0, 1). */
export declare function badBeta(value: number): string;
/** The divergence factor is not above 1. */
export declare function badStopFactor(value: number): string;
/** The seed is not a non-negative whole number. */
export declare function badSeed(value: number, name?: string): string;
/** The optimizer has neither `setLearningRate` nor a numeric `learningRate` field. */
export declare function optimizerLrNotSettable(name: string): string;
/** One line on stderr per range-test step. */
export declare function stepLine(i: number, numIt: number, lr: number, loss: number, smoothed: number): string;
/** Why the run ended, for the summary line. */
export declare function stopped(reason: 'completed' | 'diverged' | 'non-finite', steps: number, factor: number): string;
/** The command was run without --config. */
export declare function needsConfig(command: string): string;
/** --results cannot be read. */
export declare function unreadableResults(file: string, reason: string): string;
