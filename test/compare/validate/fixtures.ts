import type { GridPoint, PickInput, ValidationReport } from '../../../src/compare/validate/types.js';
import { accuracyBand } from '../../../src/compare/validate/band.js';
import { pickRows } from '../../../src/compare/validate/rows.js';

/** A grid shaped like Figure 9: accuracy rises to a plateau around 1e-3 and collapses above 1e-1. */
export function gridOf(accuracies: readonly (number | null)[], first = -5): GridPoint[] {
  return accuracies.map((accuracy, i) => ({
    lr: 10 ** (first + i / 2),
    accuracy,
    loss: accuracy === null ? null : 1 - accuracy,
    epochs: 3,
    bestEpoch: accuracy === null ? null : 3,
    stoppedEarly: false,
    diverged: accuracy === null,
    history: [],
    ms: 1000,
  }));
}

export const GRID = gridOf([0.6, 0.8, 0.9, 0.95, 0.955, 0.96, 0.945, 0.7, null]);

export function reportOf(picks: PickInput[], grid: GridPoint[] = GRID): ValidationReport {
  const band = accuracyBand(grid);
  const byLr = new Map(grid.map((g) => [g.lr, g]));
  return {
    model: 'fixtures/test.mjs',
    settings: { epochs: 3, patience: 0, seed: 0, gridStep: 0.5, startLr: 1e-5, endLr: 1e-1, lrs: null },
    grid,
    band,
    picks: pickRows(picks, (lr) => byLr.get(lr) ?? { accuracy: 0.9, loss: 0.1, epochs: 3, bestEpoch: 3, stoppedEarly: false, diverged: false, history: [], ms: 1 }, band),
  };
}
