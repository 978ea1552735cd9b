/**
 * The report area's public surface: chart specs (pure), rendering (SVG, PNG via node-canvas), the
 * Markdown report and the folder writer.
 */
export type { DriftCheck, ReportOptions, WriteReportOptions, WrittenReport, ChartInput, ChartOptions, CanvasLoader, Selection, } from './types.js';
export { renderMarkdown } from './markdown.js';
export { writeReport } from './write.js';
export { curveSpec } from './curveSpec.js';
export { curvatureSpec } from './curvatureSpec.js';
export { renderSpec } from './render.js';
export type { RenderOptions, RenderedChart } from './render.js';
export type { CompiledChart } from './compile.js';
export { parseResult } from './result.js';
