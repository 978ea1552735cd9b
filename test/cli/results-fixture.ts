/** Hand-made SweepResults for CLI tests. */
import { DEFAULT_SETTINGS } from '../../src/search/settings.js';
import type { SweepResult } from '../../src/search/types.js';

export const windowResult: SweepResult = {
  minLr: 1e-4,
  maxLr: 1e-1,
  picks: { midpoint: 10 ** -2.5, halfLoss: 1e-3, steepest: 2e-3 },
  method: 'midpoint',
  selectedLr: 10 ** -2.5,
  lossAtZero: Math.log(10),
  trials: 3,
  reason: null,
  samples: [
    { lr: 0, loss: Math.log(10), diverged: false, round: 0 },
    { lr: 10 ** -2.5, loss: 0.5, diverged: false, round: 1 },
    { lr: 10, loss: null, diverged: true, round: 0 },
  ],
  settings: DEFAULT_SETTINGS,
};

export const noWindowResult: SweepResult = {
  ...windowResult,
  minLr: null,
  maxLr: null,
  picks: null,
  selectedLr: null,
  reason: 'the loss is still falling at the largest lr tried (1e+1): raise --end-lr',
};
