import { accuracyBand } from './band.js';
import { pickRows } from './rows.js';
import type { ConvergenceOutcome, ConvergenceTrainer, GridPoint, PickInput, ValidationReport, ValidationSettings } from './types.js';

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
export async function runValidation(trainer: ConvergenceTrainer, options: RunValidationOptions): Promise<ValidationReport> {
  const wanted = [...options.grid, ...options.picks.flatMap((p) => (p.lr === null ? [] : [p.lr]))];
  const distinct = [...new Set(wanted)].sort((a, b) => a - b);
  const outcomes = new Map<number, ConvergenceOutcome>();
  for (const [i, lr] of distinct.entries()) {
    const { epochs, patience, seed } = options.settings;
    const outcome = await trainer.train(lr, { epochs, patience, seed });
    outcomes.set(lr, outcome);
    options.progress?.(i + 1, distinct.length, lr, outcome);
  }
  const grid: GridPoint[] = options.grid.map((lr) => ({ lr, ...(outcomes.get(lr) as ConvergenceOutcome) }));
  const band = accuracyBand(grid);
  return {
    model: options.model,
    settings: options.settings,
    grid,
    band,
    picks: pickRows(options.picks, (lr) => outcomes.get(lr) ?? null, band),
  };
}
