import type { CurveParams } from '../../bench/synthetic/curves.js';

/** The synthetic curve the planner and search-loop tests share: plateau at 2.3, descent at 10^-3.5, blow-up past 10^-1.8. */
export const TEST_CURVE: CurveParams = {
  l0: 2.3,
  drop: 1.5,
  centre: -3.5,
  width: 0.35,
  shape: 0.6,
  blowAt: -1.8,
  blowWidth: 0.2,
  blowScale: 0.15,
  divergeFactor: 10,
};
