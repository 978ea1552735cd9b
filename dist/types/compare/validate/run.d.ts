import type { ConvergenceOutcome, ConvergenceTrainer, PickInput, ValidationReport, ValidationSettings } from './types.js';
/** Options for {@link runValidation}. */
export interface RunValidationOptions {
    readonly settings: ValidationSettings;
    /** The grid's learning rates. */
    readonly grid: readonly number[];
    /** The picks to train and compare. */
    readonly picks: readonly PickInput[];
    /** Label for titles (the config file). */
    readonly model: string;
    /** Called after each trained lr. Default: nothing. */
    readonly progress?: (index: number, total: number, lr: number, outcome: ConvergenceOutcome) => void;
}
/**
 * Trains to convergence (early stopping per `settings.patience`) at every grid lr and every pick (each distinct lr once, ascending), then builds the
 * report: the grid, the band within 1 point of the best grid accuracy, and each pick's row.
 */
export declare function runValidation(trainer: ConvergenceTrainer, options: RunValidationOptions): Promise<ValidationReport>;
