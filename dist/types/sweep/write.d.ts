import type { ReportOptions, WrittenReport } from '../report/types.js';
import type { SweepResult } from '../search/types.js';
import type { FinishedSweep, InterruptedSweep } from './sweep.js';
/** Writes the charts and report.md; `writeReport` of `report/write.ts`. */
export type ReportWriter = (result: SweepResult, outDir: string, options: ReportOptions) => Promise<WrittenReport>;
/** Options for {@link writeSweep}. */
export interface WriteSweepOptions {
    /** Report options beyond the repeats (the drift check). Default: none. */
    readonly report?: ReportOptions;
    /** Writes the charts and report.md. Default `writeReport`, imported on first use (it loads the renderer). */
    readonly writeReport?: ReportWriter;
}
/** What {@link writeSweep} wrote. */
export interface WrittenSweep {
    /** Absolute paths of every file written, results.json first. */
    readonly files: readonly string[];
    /** The report's Markdown. */
    readonly markdown: string;
    /** Null when PNGs were written, else why not (one line). */
    readonly pngSkipped: string | null;
}
/**
 * Writes a finished sweep into `dir` (created if missing; see `prepareOutputFolder` for the check before trials): results.json, samples.csv,
 * repeats.json with repeats > 1 (an older one is removed otherwise), then the report. When any of it
 * cannot be written, results.json, samples.csv and repeats.json go to a fresh folder under the system's
 * temp folder instead, and an OutputError names both.
 */
export declare function writeSweep(dir: string, done: FinishedSweep, options?: WriteSweepOptions): Promise<WrittenSweep>;
/**
 * Writes an interrupted sweep into `dir`: samples.csv of the trials that finished, and removes the
 * results.json, repeats.json and report files of an earlier run (an interrupted search has no picks,
 * so nothing stale may look like its result). Returns the samples.csv path.
 */
export declare function writeInterrupted(dir: string, interrupted: InterruptedSweep): Promise<string>;
