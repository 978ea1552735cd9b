/** An lr as `3.2e-4`. */
export function formatLr(lr: number): string {
  const [mantissa, exponent] = lr.toExponential(1).split('e');
  return `${mantissa}e${Number(exponent)}`;
}

/** An accuracy in [0, 1] as `97.3 %`, or an em dash. */
export function formatAccuracy(accuracy: number | null): string {
  return accuracy === null ? '—' : `${(100 * accuracy).toFixed(1)} %`;
}
