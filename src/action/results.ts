/**
 * results.json and samples.csv for the report folder, written only when the report writer did not
 * already write them.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SweepResult } from '../search/types.js';

/** samples.csv: a header `lr,loss,diverged,round`, one row per trial; an empty loss for a diverged trial. */
export function samplesCsv(result: SweepResult): string {
  const rows = result.samples.map((s) => `${String(s.lr)},${s.loss === null ? '' : String(s.loss)},${String(s.diverged)},${s.round}`);
  return ['lr,loss,diverged,round', ...rows].join('\n') + '\n';
}

/** Writes results.json and samples.csv into `dir` unless present; returns the paths of both. */
export async function writeResultFiles(result: SweepResult, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'results.json');
  const csv = join(dir, 'samples.csv');
  if (!existsSync(json)) await writeFile(json, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
  if (!existsSync(csv)) await writeFile(csv, samplesCsv(result), 'utf8');
  return [json, csv];
}
