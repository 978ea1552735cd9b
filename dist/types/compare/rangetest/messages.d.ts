/** A learning-rate flag is not a positive number. */
export declare function notPositive(flag: string, value: number): string;
/** --end-lr is not above --start-lr. */
export declare function endNotAboveStart(start: number, end: number): string;
/** --num-it is not a whole number of at least `min`. */
export declare function badNumIt(value: number, min: number): string;
/** The smoothing weight is outside [0, 1). */
export declare function badBeta(value: number): string;
/** The divergence factor is not above 1. */
export declare function badStopFactor(value: number): string;
/** --seed is not a non-negative whole number. */
export declare function badSeed(value: number): string;
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
