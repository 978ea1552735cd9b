import { describe, expect, it } from 'vitest';
import { basinEdgeX, DEFAULT_BASIN_FRACTION } from '../../src/analysis/basin.js';
import { basinPickX } from '../../src/analysis/picks.js';

/** Decades: linear interpolation on a 0.001-decade grid of smooth curves. */
const GRID_TOL = 1e-3;

/** A dense curve y = f(x) on [from, to] every `step` decades. */
function dense(f: (x: number) => number, from: number, to: number, step = 0.001): { x: number[]; y: number[] } {
  const n = Math.round((to - from) / step);
  const x = Array.from({ length: n + 1 }, (_, i) => from + i * step);
  return { x, y: x.map(f) };
}

describe('basinEdgeX', () => {
  it('basinEdgeX(parabola) returns where the loss is back within the fraction of the drop', () => {
    // y = 1 + (x + 1)² left of the minimum at -1, L(0) = 2: ceiling 1 + 0.25·1 → (x + 1)² = 0.25 → x = -1.5.
    const curve = dense((x) => 1 + (x + 1) ** 2, -3, -1);
    expect(basinEdgeX(curve, { minX: -3, maxX: -1 }, 2, { fraction: 0.25 })).toBeCloseTo(-1.5, 2);
    expect(Math.abs(basinEdgeX(curve, { minX: -3, maxX: -1 }, 2, { fraction: 0.25 }) + 1.5)).toBeLessThan(GRID_TOL);
  });

  it('basinEdgeX(curve) defaults to a fraction of 0.1', () => {
    // y = -x on [-3, 0], floor 0 at maxX = 0, L(0) = 3: ceiling 0.1·3 = 0.3 → x = -0.3.
    const curve = dense((x) => -x, -3, 0);
    expect(DEFAULT_BASIN_FRACTION).toBe(0.1);
    expect(Math.abs(basinEdgeX(curve, { minX: -3, maxX: 0 }, 3) + 0.3)).toBeLessThan(GRID_TOL);
  });

  it('basinEdgeX(steep one-sided minimum) sits close to maxX, a broad basin far below it', () => {
    // Same drop (L(0) = 2, floor 1), window [-4, 0]. Steep: y = 1 + ((x - 0)/0.2)² → edge at -0.2·√0.1 ≈ -0.063.
    // Broad: y = 1 + (x/3)² → edge at -3·√0.1 ≈ -0.949.
    const steep = dense((x) => Math.min(2, 1 + (x / 0.2) ** 2), -4, 0);
    const broad = dense((x) => Math.min(2, 1 + (x / 3) ** 2), -4, 0);
    expect(Math.abs(basinEdgeX(steep, { minX: -4, maxX: 0 }, 2) + 0.2 * Math.sqrt(0.1))).toBeLessThan(GRID_TOL);
    expect(Math.abs(basinEdgeX(broad, { minX: -4, maxX: 0 }, 2) + 3 * Math.sqrt(0.1))).toBeLessThan(GRID_TOL);
  });

  it('basinEdgeX(curve) never returns less than minX when the basin reaches past it', () => {
    // y = 1 + 0.01·x² is inside the 0.5 ceiling (1.5) on all of [-2, 0]: the edge is the window's minX.
    const curve = dense((x) => 1 + 0.01 * x * x, -5, 0);
    expect(basinEdgeX(curve, { minX: -2, maxX: 0 }, 2, { fraction: 0.5 })).toBeCloseTo(-2, 9);
  });

  it('basinEdgeX(curve) keeps only the part of the basin connected to maxX', () => {
    // A low point at -2 (y = 1.05), a bump above the ceiling (y = 1.8 at -1), then the floor at 0 (y = 1).
    // Ceiling with fraction 0.1 and L(0) = 2: 1.1. Near 0 the curve is y = 1 + x² → edge at -√0.1 ≈ -0.316.
    const f = (x: number) => (x < -1.5 ? 1.05 + (x + 2) ** 2 : x < -0.5 ? 1.8 : 1 + x * x);
    const curve = dense(f, -3, 0);
    expect(Math.abs(basinEdgeX(curve, { minX: -3, maxX: 0 }, 2) + Math.sqrt(0.1))).toBeLessThan(GRID_TOL);
  });

  it('basinEdgeX(curve) returns maxX when no fitted point lies in the window, NaN for NaN input', () => {
    const curve = dense((x) => x * x, -1, 1);
    expect(basinEdgeX(curve, { minX: 2, maxX: 3 }, 2)).toBe(3);
    expect(basinEdgeX(curve, { minX: Number.NaN, maxX: 0 }, 2)).toBeNaN();
    expect(basinEdgeX(curve, { minX: -1, maxX: 0 }, Number.NaN)).toBeNaN();
    // L(0) not above the floor (0): no drop to measure a basin against.
    expect(basinEdgeX(curve, { minX: -1, maxX: 0 }, 0)).toBeNaN();
  });

  it('basinEdgeX(curve, { fraction }) rejects a fraction outside (0, 1)', () => {
    const curve = dense((x) => x * x, -1, 0);
    expect(() => basinEdgeX(curve, { minX: -1, maxX: 0 }, 2, { fraction: 0 })).toThrow(RangeError);
    expect(() => basinEdgeX(curve, { minX: -1, maxX: 0 }, 2, { fraction: 1 })).toThrow(/fraction must be in \(0, 1\), got 1/);
  });
});

describe('basinPickX', () => {
  it('basinPickX(midX, basinX) takes the basin edge only when it lies above the midpoint', () => {
    expect(basinPickX(-2, -1.5)).toBe(-1.5);
    expect(basinPickX(-2, -2.5)).toBe(-2);
    expect(basinPickX(-2, Number.NaN)).toBe(-2);
  });
});
