/**
 * Rendering edge: a Vega-Lite spec to SVG text and (when node-canvas loads) a PNG at 2×. Reusable by
 * any chart of the project (range tests, validation plots), not only the report's two.
 */
import { parse, View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compileChart } from './compile.js';
import { messages } from './messages.js';
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

/** The default loader: node-canvas, imported lazily so a missing native build is a message, not a crash. */
const loadNodeCanvas: CanvasLoader = () => import('canvas');

/**
 * Compiles the spec and runs it in a headless Vega view (no renderer). The caller must call
 * `view.finalize()` when done. Exposed so tests can inspect the scenegraph.
 */
export async function chartView(spec: TopLevelSpec): Promise<{ view: View; warnings: readonly string[] }> {
  const { vega, warnings } = compileChart(spec);
  const view = new View(parse(vega), { renderer: 'none' });
  await view.runAsync();
  return { view, warnings };
}

/**
 * Renders a Vega-Lite spec to SVG and, unless node-canvas cannot load, a PNG at `scale`×. Never throws
 * for a missing canvas: the PNG is skipped and `pngSkipped` says why.
 *
 * @example
 * const { svg, png } = await renderSpec(curveSpec(input));
 */
export async function renderSpec(spec: TopLevelSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  const scale = options.scale ?? 2;
  const { view, warnings } = await chartView(spec);
  try {
    const svg = await view.toSVG();
    if (options.png === false) return { svg, png: null, pngSkipped: null, warnings };
    const canvasError = await canvasProblem(options.loadCanvas ?? loadNodeCanvas);
    if (canvasError !== null) return { svg, png: null, pngSkipped: messages.pngSkipped(canvasError), warnings };
    try {
      const canvas = (await view.toCanvas(scale)) as unknown as { toBuffer(type: 'image/png'): Buffer };
      return { svg, png: canvas.toBuffer('image/png'), pngSkipped: null, warnings };
    } catch (error) {
      return { svg, png: null, pngSkipped: messages.pngSkipped(errorText(error)), warnings };
    }
  } finally {
    view.finalize();
  }
}

/** Null when node-canvas loads; otherwise the reason it does not. */
async function canvasProblem(load: CanvasLoader): Promise<string | null> {
  try {
    const mod = await load();
    return mod ? null : 'the module loaded empty';
  } catch (error) {
    return errorText(error);
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
