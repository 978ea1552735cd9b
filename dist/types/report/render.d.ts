/**
 * Rendering edge: a Vega-Lite spec to SVG text and (when node-canvas loads) a PNG at 2×. Reusable by
 * any chart of the project (range tests, validation plots), not only the report's two.
 */
import { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { CanvasLoader } from './types.js';
/** Options for {@link renderSpec}. */
export interface RenderOptions {
    /** PNG pixel ratio. Default 2 (sharp on high-density screens and in PR comments). */
    readonly scale?: number;
    /** Render a PNG as well as the SVG. Default true. */
    readonly png?: boolean;
    /** How node-canvas is loaded; tests pass a failing loader. Default `import('canvas')`. */
    readonly loadCanvas?: CanvasLoader;
}
/** What {@link renderSpec} produced. */
export interface RenderedChart {
    /** The chart as a standalone SVG document. */
    readonly svg: string;
    /** PNG bytes, or null when PNG was not asked for or node-canvas could not load. */
    readonly png: Buffer | null;
    /** Null unless a PNG was asked for and skipped; then one line saying why. */
    readonly pngSkipped: string | null;
    /** Vega-Lite compiler warnings (empty for the report's own charts). */
    readonly warnings: readonly string[];
}
/**
 * Compiles the spec and runs it in a headless Vega view (no renderer). The caller must call
 * `view.finalize()` when done. Exposed so tests can inspect the scenegraph.
 */
export declare function chartView(spec: TopLevelSpec): Promise<{
    view: View;
    warnings: readonly string[];
}>;
/**
 * Renders a Vega-Lite spec to SVG and, unless node-canvas cannot load, a PNG at `scale`×. Never throws
 * for a missing canvas: the PNG is skipped and `pngSkipped` says why.
 *
 * @example
 * const { svg, png } = await renderSpec(curveSpec(input));
 */
export declare function renderSpec(spec: TopLevelSpec, options?: RenderOptions): Promise<RenderedChart>;
