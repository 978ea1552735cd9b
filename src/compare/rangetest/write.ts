import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderSpec } from '../../report/render.js';
import { rangeTestSpec } from './chart.js';
import type { RangeTestResult } from './types.js';

/** File names the range test writes. */
export const RANGE_TEST_FILES = { json: 'range-test.json', png: 'range-test.png', svg: 'range-test.svg' } as const;

/** range-test.json text: non-finite losses become null (JSON has no NaN). */
export function rangeTestJson(result: RangeTestResult): string {
  const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
  const document = {
    ...result,
    steps: result.steps.map((s) => ({ lr: s.lr, loss: finite(s.loss), smoothed: finite(s.smoothed) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** What {@link writeRangeTest} wrote. */
export interface WrittenRangeTest {
  readonly files: readonly string[];
  /** Null when the PNG was written; otherwise why it was skipped. */
  readonly pngSkipped: string | null;
}

/** Writes range-test.json, range-test.svg and (when node-canvas loads) range-test.png into `outDir`. */
export async function writeRangeTest(result: RangeTestResult, outDir: string, model?: string): Promise<WrittenRangeTest> {
  await mkdir(outDir, { recursive: true });
  const files = [join(outDir, RANGE_TEST_FILES.json), join(outDir, RANGE_TEST_FILES.svg)];
  await writeFile(files[0] as string, rangeTestJson(result));
  const chart = await renderSpec(rangeTestSpec(result, model === undefined ? {} : { model }));
  await writeFile(files[1] as string, chart.svg);
  if (chart.png) {
    const png = join(outDir, RANGE_TEST_FILES.png);
    await writeFile(png, chart.png);
    files.push(png);
  }
  return { files, pngSkipped: chart.pngSkipped };
}
