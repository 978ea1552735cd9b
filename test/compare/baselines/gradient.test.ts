import { describe, expect, it } from 'vitest';
import { gradient } from '../../../src/compare/baselines/gradient.js';

const TOL = 1e-12;

describe('gradient', () => {
  it('gradient(values, coords) is exact for a parabola inside an uneven grid and one-sided at the ends', () => {
    // f = x² at x = 0, 1, 3: inside, the second-order formula gives f'(1) = 2 exactly;
    // ends: (1 - 0) / 1 = 1 and (9 - 1) / 2 = 4.
    const g = gradient([0, 1, 9], [0, 1, 3]);
    expect(g.map((v, i) => Math.abs(v - ([1, 2, 4][i] as number)) < TOL)).toEqual([true, true, true]);
  });

  it('gradient(values) uses unit spacing without coords, like numpy', () => {
    // Central: (6 - 10) / 2 = -2 at index 1; ends (8 - 10) and (6 - 8).
    expect(gradient([10, 8, 6])).toEqual([-2, -2, -2]);
  });

  it('gradient(values) returns an empty array for fewer than two values', () => {
    expect(gradient([1])).toEqual([]);
  });
});
