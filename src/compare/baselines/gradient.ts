/**
 * d values / d coords like `numpy.gradient(values, coords)` (and `torch.gradient` with `spacing=[coords]`):
 * second-order central differences inside (correct for uneven spacing), one-sided first-order at the ends.
 * Without `coords` the spacing is 1 (numpy's default). Fewer than 2 values give an empty array.
 */
export function gradient(values: readonly number[], coords?: readonly number[]): number[] {
  const n = values.length;
  if (n < 2) return [];
  const x = (i: number): number => (coords ? (coords[i] as number) : i);
  const f = (i: number): number => values[i] as number;
  const out: number[] = new Array<number>(n);
  out[0] = (f(1) - f(0)) / (x(1) - x(0));
  out[n - 1] = (f(n - 1) - f(n - 2)) / (x(n - 1) - x(n - 2));
  for (let i = 1; i < n - 1; i += 1) {
    const h1 = x(i) - x(i - 1);
    const h2 = x(i + 1) - x(i);
    out[i] =
      (-h2 / (h1 * (h1 + h2))) * f(i - 1) + ((h2 - h1) / (h1 * h2)) * f(i) + (h1 / (h2 * (h1 + h2))) * f(i + 1);
  }
  return out;
}
