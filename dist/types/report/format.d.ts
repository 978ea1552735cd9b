/**
 * Loss and distance formatting shared by the charts and the Markdown report. Learning rates go
 * through `displayLr` (src/numbers.ts), as everywhere else.
 */
/** A loss with four significant digits (`2.303`, `0.0412`); non-finite or null gives `—`. */
export declare function formatLoss(loss: number | null): string;
/** A distance in decades with two decimals (`0.35`). */
export declare function formatDecades(decades: number): string;
/**
 * A plain decimal with no exponent, for grammars that do not accept `1e-3` (Mermaid's xychart).
 * Keeps `digits` significant digits.
 */
export declare function formatPlain(value: number, digits?: number): string;
