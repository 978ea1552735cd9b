/**
 * Vega-Lite → Vega compilation with the compiler's warnings captured instead of printed, so tests can
 * insist on none and rendering can surface them.
 */
import type { Spec as VegaSpec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A compiled chart: the Vega spec and every warning the compiler raised. */
export interface CompiledChart {
  readonly vega: VegaSpec;
  /** Warning messages, one per call of the compiler's logger. Empty for a clean spec. */
  readonly warnings: readonly string[];
}

/** Compiles a Vega-Lite spec, collecting warnings (and info/debug noise is dropped). Pure. */
export function compileChart(spec: TopLevelSpec): CompiledChart {
  const warnings: string[] = [];
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  const { spec: vega } = compile(spec, { logger });
  return { vega, warnings };
}
