/**
 * d values / d coords like `numpy.gradient(values, coords)` (and `torch.gradient` with `spacing=[coords]`):
 * second-order central differences inside (correct for uneven spacing), one-sided first-order at the ends.
 * Without `coords` the spacing is 1 (numpy's default). Fewer than 2 values give an empty array.
 */
export declare function gradient(values: readonly number[], coords?: readonly number[]): number[];
