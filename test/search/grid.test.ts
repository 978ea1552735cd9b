import { describe, expect, it } from 'vitest';
import { coarseGrid } from '../../src/search/grid.js';

const DECADE_TOLERANCE = 1e-12;

describe('coarseGrid', () => {
  it('coarseGrid(1e-7, 10, 0.5) spans both ends in half-decade steps', () => {
    const grid = coarseGrid(1e-7, 10, 0.5);
    expect(grid).toHaveLength(17);
    expect(grid[0]).toBe(1e-7);
    expect(grid[16]).toBe(10);
    grid.forEach((lr, i) => expect(Math.abs(Math.log10(lr) - (-7 + 0.5 * i))).toBeLessThan(DECADE_TOLERANCE));
  });

  it('coarseGrid(start, end, step) aligns to start and appends an off-grid end', () => {
    // log10: -6 .. -3.7 at 1 decade: -6, -5, -4, then the end -3.7 itself.
    const grid = coarseGrid(1e-6, 10 ** -3.7, 1);
    expect(grid).toHaveLength(4);
    expect(grid[3]).toBe(10 ** -3.7);
    expect(Math.log10(grid[2]!)).toBeCloseTo(-4, 12);
  });
});
