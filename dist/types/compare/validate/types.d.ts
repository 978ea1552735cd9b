import type { Method } from '../../analysis/types.js';
import type { BaselineMethod } from '../baselines/types.js';
/** How one model is trained to convergence at one learning rate. */
export interface ConvergenceRequest {
    /** Most epochs to train (the same for every lr); with `patience` 0, exactly this many. */
    readonly epochs: number;
    /**
     * Early stopping: stop after this many epochs in a row without a lower validation loss and report the best
     * epoch. 0 = a fixed budget of `epochs`, reporting the last. Default 3.
     */
    readonly patience?: number;
    /** Seed for initial weights and batch order: every lr starts from the same weights and sees the same batches. */
    readonly seed: number;
}
/** The validation split after one epoch. */
export interface EpochEvaluation {
    /** Epoch number, from 1. */
    readonly epoch: number;
    /** Validation loss (finite). */
    readonly loss: number;
    /** Validation accuracy in [0, 1], or null when it cannot be computed. */
    readonly accuracy: number | null;
}
/** What training to convergence at one lr gave. */
export interface ConvergenceOutcome {
    /**
     * Validation accuracy in [0, 1] of the kept epoch (`bestEpoch`: the lowest validation loss with early
     * stopping, the last epoch without), or null when no epoch gave one.
     */
    readonly accuracy: number | null;
    /** Validation loss of the kept epoch; null when none was finite. */
    readonly loss: number | null;
    /** Epochs actually trained (the last one partly when it diverged). */
    readonly epochs: number;
    /** The epoch whose evaluation `accuracy` and `loss` are, from 1; null when none. */
    readonly bestEpoch: number | null;
    /** True when patience ran out before the epoch limit. */
    readonly stoppedEarly: boolean;
    /** True when a training or validation loss became NaN/Infinity (training stopped there). */
    readonly diverged: boolean;
    /** Every finite evaluation, epoch by epoch. */
    readonly history: readonly EpochEvaluation[];
    /** Wall time, milliseconds. */
    readonly ms: number;
}
/** Trains the user's model to convergence at a learning rate, from the same start every time. Tests pass fakes. */
export interface ConvergenceTrainer {
    train(lr: number, request: ConvergenceRequest): Promise<ConvergenceOutcome>;
    close?(): Promise<void>;
}
/** Every way of picking an lr that validation compares: lr-sweep's methods (the paper's three and basin) and the baselines. */
export type PickMethod = Method | BaselineMethod;
/** What getting a pick cost. */
export interface PickCost {
    /** What was run: step-sampling trials, or one range-test run. */
    readonly kind: 'search' | 'range-test';
    /** Trials run (search) or 1 (range test). */
    readonly trials: number;
    /** Training steps run to get the pick. */
    readonly steps: number;
    /** Wall time to get the pick, seconds. */
    readonly seconds: number;
}
/** One learning rate to validate because a method picked it. */
export interface PickInput {
    readonly method: PickMethod;
    /** The picked lr, or null when the method had no answer (then `reason` says why). */
    readonly lr: number | null;
    readonly reason: string | null;
    readonly cost: PickCost;
}
/** One trained grid point. */
export interface GridPoint extends ConvergenceOutcome {
    readonly lr: number;
}
/** One pick, trained, compared with the grid. */
export interface PickRow {
    readonly method: PickMethod;
    readonly lr: number | null;
    readonly reason: string | null;
    readonly outcome: ConvergenceOutcome | null;
    /** accuracy / best grid accuracy × 100, or null. */
    readonly percentOfBest: number | null;
    /** True when the pick's lr lies inside the band of grid lrs within `bandPoints` of the best grid accuracy. */
    readonly insideBand: boolean | null;
    readonly cost: PickCost;
}
/** The contiguous run of grid lrs around the best whose accuracy is within `points` of the best. */
export interface AccuracyBand {
    readonly bestLr: number;
    readonly bestAccuracy: number;
    /** Accuracy points (absolute, e.g. 0.01 = 1 point). */
    readonly points: number;
    readonly loLr: number;
    readonly hiLr: number;
}
/** Everything that shaped a validation run. */
export interface ValidationSettings extends ConvergenceRequest {
    /** Early-stopping patience actually used, epochs (0 = fixed budget). */
    readonly patience: number;
    /** Grid spacing, decades (ignored with explicit `lrs`). */
    readonly gridStep: number;
    readonly startLr: number;
    readonly endLr: number;
    /** Explicit grid, when given with --lrs. */
    readonly lrs: readonly number[] | null;
}
/** The validation.json document. */
export interface ValidationReport {
    readonly settings: ValidationSettings;
    readonly grid: readonly GridPoint[];
    readonly band: AccuracyBand | null;
    readonly picks: readonly PickRow[];
    /** A label for titles: the config file. */
    readonly model: string;
}
