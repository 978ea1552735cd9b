/** An accuracy in [0, 1] as `97.3 %`, or an em dash. */
export function formatAccuracy(accuracy: number | null): string {
  return accuracy === null ? '—' : `${(100 * accuracy).toFixed(1)} %`;
}
