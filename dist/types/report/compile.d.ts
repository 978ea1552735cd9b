/**
 * Vega-Lite → Vega compilation with the compiler's warnings captured instead of printed, so tests can
 * insist on none and rendering can surface them.
 */
import type { Spec as VegaSpec } from 'vega';
import { type TopLevelSpec } from 'vega-lite';
/** A compiled chart: the Vega spec and every warning the compiler raised. */
export interface CompiledChart {
    readonly vega: VegaSpec;
    /** Warning messages, one per call of the compiler's logger. Empty for a clean spec. */
    readonly warnings: readonly string[];
}
/** Compiles a Vega-Lite spec, collecting warnings (and info/debug noise is dropped). Pure. */
export declare function compileChart(spec: TopLevelSpec): CompiledChart;
