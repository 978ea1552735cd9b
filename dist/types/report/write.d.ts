import type { SweepResult } from '../search/types.js';
import type { WriteReportOptions, WrittenReport } from './types.js';
/** File names inside the report folder. */
export declare const REPORT_FILES: {
    readonly curvePng: "curve.png";
    readonly curveSvg: "curve.svg";
    readonly curvaturePng: "curvature.png";
    readonly curvatureSvg: "curvature.svg";
    readonly markdown: "report.md";
};
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
export declare function writeReport(result: SweepResult, outDir: string, options?: WriteReportOptions): Promise<WrittenReport>;
