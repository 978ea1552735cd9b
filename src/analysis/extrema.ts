/** Tolerance, in decades, to which extrema and crossings are located. */
const LOCATE_TOLERANCE = 1e-7;

/**
 * Minimises f on [a, b] by golden-section search to `tolerance`. f should be unimodal on the
 * bracket (the caller brackets a grid minimum by its neighbours). Returns the best x seen,
 * including the ends, so a minimum at an end is kept.
 */
export function goldenMinimum(f: (x: number) => number, a: number, b: number, tolerance = LOCATE_TOLERANCE): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  let c = hi - ratio * (hi - lo);
  let d = lo + ratio * (hi - lo);
  let fc = f(c);
  let fd = f(d);
  while (hi - lo > tolerance) {
    if (fc <= fd) {
      hi = d;
      d = c;
      fd = fc;
      c = hi - ratio * (hi - lo);
      fc = f(c);
    } else {
      lo = c;
      c = d;
      fc = fd;
      d = lo + ratio * (hi - lo);
      fd = f(d);
    }
  }
  const candidates: Array<[number, number]> = [
    [a, f(a)],
    [b, f(b)],
    [(lo + hi) / 2, f((lo + hi) / 2)],
  ];
  candidates.sort((p, q) => p[1] - q[1]);
  return candidates[0]![0];
}

/**
 * Finds a root of f in [a, b] by bisection, given f(a) and f(b) of opposite signs (or one zero).
 * Returns the midpoint of the final bracket.
 */
export function bisectRoot(f: (x: number) => number, a: number, b: number, tolerance = LOCATE_TOLERANCE): number {
  let lo = a;
  let hi = b;
  let flo = f(lo);
  if (flo === 0) return lo;
  if (f(hi) === 0) return hi;
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (fm < 0 === flo < 0) {
      lo = mid;
      flo = fm;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/** Index of the smallest value among values[from..to] inclusive (first one on ties); -1 if empty. */
export function argMin(values: readonly number[], from = 0, to = values.length - 1): number {
  let best = -1;
  for (let i = Math.max(0, from); i <= Math.min(to, values.length - 1); i += 1) {
    if (best < 0 || values[i]! < values[best]!) best = i;
  }
  return best;
}

/** Index of the value nearest to x (the first of two equally near); values need not be sorted. */
export function nearestIndex(values: readonly number[], x: number): number {
  let j = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs(values[j]! - x)) j = i;
  });
  return j;
}
