import type { AccuracyBand, ConvergenceOutcome, PickInput, PickRow } from './types.js';
/** Joins each pick with its trained outcome and compares it with the grid's best and band. Pure. */
export declare function pickRows(picks: readonly PickInput[], outcomeOf: (lr: number) => ConvergenceOutcome | null, band: AccuracyBand | null): PickRow[];
