/**
 * A log grid from `startLr` to `endLr` (both included when the span is a whole number of steps) at
 * `step` decades, built from the integer step count so that 1e-7 + 4 × 0.25 lands exactly on 1e-6.
 */
export function logGrid(startLr: number, endLr: number, step: number): number[] {
  const a = Math.log10(startLr);
  const span = Math.log10(endLr) - a;
  const n = Math.floor(span / step + 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => 10 ** (a + i * step));
}
