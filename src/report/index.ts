import type { SweepResult } from '../search/types.js';

/** The committed-value check, when there is one, as shown in the report. */
export interface DriftCheck {
  /** The committed learning rate. */
  readonly expectedLr: number;
  /** |log10(selected) - log10(expected)|, decades. */
  readonly driftDecades: number;
  /** Allowed drift, decades. */
  readonly toleranceDecades: number;
  readonly verdict: 'pass' | 'fail' | 'updated';
}

/** Options for {@link writeReport} and {@link renderMarkdown}. */
export interface ReportOptions {
  /** The drift guard's outcome, shown in the summary table. Default: none. */
  readonly drift?: DriftCheck;
  /** Link to the run's artifact with the PNGs (for PR comments). Default: none. */
  readonly artifactUrl?: string;
}

/** What {@link writeReport} wrote. */
export interface WrittenReport {
  /** Absolute paths of every file written. */
  readonly files: readonly string[];
  /** The report.md text. */
  readonly markdown: string;
  /** Null when PNGs were written; otherwise one line saying why they were skipped. */
  readonly pngSkipped: string | null;
}

/** The Markdown report (summary table, Mermaid chart, trials). STUB: replaced by issue 4. */
export function renderMarkdown(result: SweepResult, options: ReportOptions = {}): string {
  void result;
  void options;
  throw new Error('renderMarkdown: not implemented yet');
}

/** Writes curve/curvature PNG and SVG and report.md into `outDir`. STUB: replaced by issue 4. */
export async function writeReport(result: SweepResult, outDir: string, options: ReportOptions = {}): Promise<WrittenReport> {
  void result;
  void outDir;
  void options;
  throw new Error('writeReport: not implemented yet');
}
