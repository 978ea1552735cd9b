/**
 * Loss and distance formatting shared by the charts and the Markdown report. Learning rates go
 * through `displayLr` (src/numbers.ts), as everywhere else.
 */

/** A loss with four significant digits (`2.303`, `0.0412`); non-finite or null gives `—`. */
export function formatLoss(loss: number | null): string {
  if (loss === null || !Number.isFinite(loss)) return '—';
  if (loss === 0) return '0';
  const magnitude = Math.abs(loss);
  if (magnitude >= 1e5 || magnitude < 1e-4) return loss.toExponential(2);
  return String(Number(loss.toPrecision(4)));
}

/** A distance in decades with two decimals (`0.35`). */
export function formatDecades(decades: number): string {
  return decades.toFixed(2);
}

/**
 * A plain decimal with no exponent, for grammars that do not accept `1e-3` (Mermaid's xychart).
 * Keeps `digits` significant digits.
 */
export function formatPlain(value: number, digits = 4): string {
  if (value === 0 || !Number.isFinite(value)) return '0';
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  const fixed = value.toFixed(Math.min(decimals, 20));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
