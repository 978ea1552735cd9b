/**
 * The report's file edge: renders both charts and the Markdown and writes them into a folder.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { spreadBands } from '../repeats/summary.js';
import type { SweepResult } from '../search/types.js';
import { curvatureSpec } from './curvatureSpec.js';
import { makeFolder, writeFileSafely } from './files.js';
import { curveSpec } from './curveSpec.js';
import { analyzeResult, renderMarkdown } from './markdown.js';
import { messages } from './messages.js';
import { renderSpec } from './render.js';
import type { ChartInput, ReportOptions, WriteReportOptions, WrittenReport } from './types.js';

/** File names inside the report folder. */
export const REPORT_FILES = {
  curvePng: 'curve.png',
  curveSvg: 'curve.svg',
  curvaturePng: 'curvature.png',
  curvatureSvg: 'curvature.svg',
  markdown: 'report.md',
} as const;

/**
 * The chart input for a saved result and its analysis; with `options.repeats`, each pick's spread
 * band (picks seen by two or more seeds) and the selection rule.
 */
function chartInput(result: SweepResult, analysis: ChartInput['analysis'], options: Pick<ReportOptions, 'repeats' | 'selection' | 'steps'> = {}): ChartInput {
  const spread = options.repeats === undefined ? [] : spreadBands(options.repeats);
  const steps = options.steps === undefined ? result.settings.steps : options.steps;
  return {
    samples: result.samples,
    analysis,
    method: result.method,
    ...(steps === null ? {} : { steps }),
    ...(spread.length > 0 ? { spread } : {}),
    ...(options.selection === undefined ? {} : { selection: options.selection }),
  };
}

async function write(path: string, data: string | Buffer): Promise<string> {
  try {
    await writeFileSafely(path, data);
  } catch (error) {
    throw new UsageError(messages.cannotWrite(path, error));
  }
  return path;
}

/**
 * Writes curve.png, curvature.png (2×), curve.svg, curvature.svg and report.md into `outDir`
 * (created if missing), recomputing the analysis from `result.samples` unless `options.analysis` is
 * given. With `options.repeats` (repeats.json), the curve chart draws each pick's spread over the
 * seeds as a band and report.md gives each pick's median and spread. When node-canvas cannot load, writes SVG and Markdown and says why in `pngSkipped`; never
 * throws for that. Throws UsageError when the folder cannot be written.
 *
 * @example
 * const { files, pngSkipped } = await writeReport(result, 'lr-sweep-report');
 */
export async function writeReport(result: SweepResult, outDir: string, options: WriteReportOptions = {}): Promise<WrittenReport> {
  const dir = resolve(outDir);
  try {
    await makeFolder(dir);
  } catch (error) {
    throw new UsageError(messages.cannotWrite(dir, error));
  }
  const analysis = options.analysis ?? analyzeResult(result);
  const input = chartInput(result, analysis, options);
  const renderOptions = { scale: options.scale ?? 2, ...(options.loadCanvas === undefined ? {} : { loadCanvas: options.loadCanvas }) };
  const files: string[] = [];
  let pngSkipped: string | null = null;
  const charts = [
    { spec: curveSpec(input), png: REPORT_FILES.curvePng, svg: REPORT_FILES.curveSvg },
    { spec: curvatureSpec(input), png: REPORT_FILES.curvaturePng, svg: REPORT_FILES.curvatureSvg },
  ];
  for (const chart of charts) {
    const rendered = await renderSpec(chart.spec, pngSkipped === null ? renderOptions : { ...renderOptions, png: false });
    if (rendered.png !== null) files.push(await write(resolve(dir, chart.png), rendered.png));
    pngSkipped ??= rendered.pngSkipped;
    files.push(await write(resolve(dir, chart.svg), rendered.svg));
  }
  const markdown = renderMarkdown(result, { ...options, analysis, maxChars: options.maxChars ?? Number.POSITIVE_INFINITY });
  files.push(await write(resolve(dir, REPORT_FILES.markdown), markdown));
  return { files, markdown, pngSkipped };
}
