import { insideBand } from './band.js';
import type { AccuracyBand, ConvergenceOutcome, PickInput, PickRow } from './types.js';

/** Joins each pick with its trained outcome and compares it with the grid's best and band. Pure. */
export function pickRows(
  picks: readonly PickInput[],
  outcomeOf: (lr: number) => ConvergenceOutcome | null,
  band: AccuracyBand | null,
): PickRow[] {
  return picks.map((p) => {
    const outcome = p.lr === null ? null : outcomeOf(p.lr);
    const accuracy = outcome?.accuracy ?? null;
    const percentOfBest = accuracy !== null && band !== null && band.bestAccuracy > 0 ? (100 * accuracy) / band.bestAccuracy : null;
    return {
      method: p.method,
      lr: p.lr,
      reason: p.reason,
      outcome,
      percentOfBest,
      insideBand: p.lr !== null && band !== null ? insideBand(p.lr, band) : null,
      cost: p.cost,
    };
  });
}
