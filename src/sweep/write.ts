/**
 * The one writer of a sweep's files: results.json, samples.csv, repeats.json and the report for a
 * finished sweep; samples.csv alone for an interrupted one (with the stale documents of an earlier run
 * removed). Every file goes through `writeFileSafely` (never through a symlink).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../errors.js';
import { REPEATS_FILE, repeatsJson } from '../repeats/summary.js';
import { makeFolder, systemReason, writeFileSafely } from '../report/files.js';
import type { ReportOptions, WrittenReport } from '../report/types.js';
import { OUTPUT_FILES, resultsJson, samplesCsv } from '../search/output.js';
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

/** The report files an earlier run may have left in a folder (removed so nothing stale is trusted). */
const REPORT_FILE_NAMES = ['curve.png', 'curve.svg', 'curvature.png', 'curvature.svg', 'report.md'] as const;

/**
 * Writes a finished sweep into `dir` (created if missing; see `prepareOutputFolder` for the check before trials): results.json, samples.csv,
 * repeats.json with repeats > 1 (an older one is removed otherwise), then the report. When any of it
 * cannot be written, results.json, samples.csv and repeats.json go to a fresh folder under the system's
 * temp folder instead, and an OutputError names both.
 */
export async function writeSweep(dir: string, done: FinishedSweep, options: WriteSweepOptions = {}): Promise<WrittenSweep> {
  const documents = sweepDocuments(done);
  const files: string[] = [];
  let failed = dir;
  try {
    await makeFolder(dir);
    for (const [name, text] of documents) {
      failed = join(dir, name);
      files.push(await writeFileSafely(failed, text));
    }
    failed = dir;
    if (done.repeats === null) await rm(join(dir, REPEATS_FILE), { force: true });
    const write = options.writeReport ?? (await import('../report/write.js')).writeReport;
    const repeats = done.repeats === null ? {} : { repeats: done.repeats, selection: 'median' as const };
    const fromCache = done.cache === undefined || done.cache === null ? {} : { trialCache: true };
    const report = await write(done.result, dir, { ...options.report, ...repeats, ...fromCache });
    return { files: [...files, ...report.files], markdown: report.markdown, pngSkipped: report.pngSkipped };
  } catch (error) {
    const fallback = await mkdtemp(join(tmpdir(), 'lr-sweep-'));
    for (const [name, text] of documents) await writeFileSafely(join(fallback, name), text);
    throw new OutputError(failed, systemReason(error), fallback);
  }
}

function sweepDocuments(done: FinishedSweep): [string, string][] {
  return [
    [OUTPUT_FILES.results, resultsJson(done.result, done.settingsSource)],
    [OUTPUT_FILES.samples, samplesCsv(done.result.samples)],
    ...(done.repeats === null ? [] : [[REPEATS_FILE, repeatsJson(done.repeats)] as [string, string]]),
  ];
}

/**
 * Writes an interrupted sweep into `dir`: samples.csv of the trials that finished, and removes the
 * results.json, repeats.json and report files of an earlier run (an interrupted search has no picks,
 * so nothing stale may look like its result). Returns the samples.csv path.
 */
export async function writeInterrupted(dir: string, interrupted: InterruptedSweep): Promise<string> {
  for (const name of [OUTPUT_FILES.results, REPEATS_FILE, ...REPORT_FILE_NAMES]) await rm(join(dir, name), { force: true });
  return writeFileSafely(join(dir, OUTPUT_FILES.samples), samplesCsv(interrupted.records));
}
