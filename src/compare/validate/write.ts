import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderSpec } from '../../report/render.js';
import { validationSpec } from './chart.js';
import { validationMarkdown } from './markdown.js';
import type { ValidationReport } from './types.js';

/** File names `lr-sweep validate` writes. */
export const VALIDATION_FILES = { json: 'validation.json', md: 'validation.md', png: 'validation.png', svg: 'validation.svg' } as const;

/** What {@link writeValidation} wrote. */
export interface WrittenValidation {
  readonly files: readonly string[];
  readonly markdown: string;
  /** Null when the PNG was written; otherwise why it was skipped. */
  readonly pngSkipped: string | null;
}

/** Writes validation.json, validation.md, validation.svg and (when node-canvas loads) validation.png. */
export async function writeValidation(report: ValidationReport, outDir: string): Promise<WrittenValidation> {
  await mkdir(outDir, { recursive: true });
  const markdown = validationMarkdown(report);
  const files = [join(outDir, VALIDATION_FILES.json), join(outDir, VALIDATION_FILES.md), join(outDir, VALIDATION_FILES.svg)];
  await writeFile(files[0] as string, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(files[1] as string, markdown);
  const chart = await renderSpec(validationSpec(report));
  await writeFile(files[2] as string, chart.svg);
  if (chart.png) {
    const png = join(outDir, VALIDATION_FILES.png);
    await writeFile(png, chart.png);
    files.push(png);
  }
  return { files, markdown, pngSkipped: chart.pngSkipped };
}
