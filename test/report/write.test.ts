import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { UsageError } from '../../src/errors.js';
import { displayLr } from '../../src/numbers.js';
import { samplesFromRecords } from '../../src/search/result.js';
import { messages } from '../../src/report/messages.js';
import { REPORT_FILES, writeReport } from '../../src/report/write.js';
import { syntheticAnalysis, syntheticRepeats, syntheticTrials, sweepResult } from './synthetic.js';

const samples = syntheticTrials({ noise: 0.04 });
const analysis = syntheticAnalysis(samples);
const result = sweepResult(samples, analysis);
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-sweep-report-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('writeReport', () => {
  it('writeReport(result, dir) writes both charts as PNG and SVG and report.md', async () => {
    const dir = join(await tempDir(), 'nested', 'out');
    const written = await writeReport(result, dir, { analysis });
    expect(written.pngSkipped).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(Object.values(REPORT_FILES).sort());
    expect(written.files).toHaveLength(5);
    expect(await readFile(join(dir, REPORT_FILES.markdown), 'utf8')).toBe(written.markdown);
    const png = await readFile(join(dir, REPORT_FILES.curvePng));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('writeReport(result, dir) recomputes the analysis from result.samples with analyze()', async () => {
    const real = analyze(samplesFromRecords(samples));
    const written = await writeReport(result, await tempDir(), { loadCanvas: () => Promise.reject(new Error('off')) });
    // The table shows the result's own numbers; the charts draw the recomputed analysis.
    expect(written.markdown).toContain(`| halfLoss | \`${displayLr(result.picks!.halfLoss)}\``);
    expect(displayLr(real.picks!.halfLoss)).not.toBe(displayLr(result.picks!.halfLoss));
    expect(await readFile(written.files.find((f) => f.endsWith(REPORT_FILES.curveSvg))!, 'utf8')).toContain(`halfLoss = ${displayLr(real.picks!.halfLoss)}`);
  });

  it('writeReport(result, dir, {repeats}) draws the spread bands on curve.svg and lists each pick median in report.md', async () => {
    const repeats = syntheticRepeats(result, [0.1, -0.1]);
    const written = await writeReport(result, await tempDir(), { analysis, repeats, loadCanvas: () => Promise.reject(new Error('off')) });
    const svg = await readFile(written.files.find((f) => f.endsWith(REPORT_FILES.curveSvg))!, 'utf8');
    expect(svg).toContain(messages.spreadLegendTitle(3));
    const mid = repeats.picks.midpoint;
    expect(svg).toContain(messages.spreadLegendLabel('midpoint', mid.min!, mid.max!, mid.median!, 3, 3));
    expect(written.markdown).toContain(`| ${messages.spreadRowLabel('midpoint', 3)} |`);
  });

  it('writeReport(result, dir) with node-canvas missing writes SVG and Markdown and says PNG was skipped', async () => {
    const dir = await tempDir();
    const why = "Cannot find module 'canvas'";
    const written = await writeReport(result, dir, { analysis, loadCanvas: () => Promise.reject(new Error(why)) });
    expect(written.pngSkipped).toBe(messages.pngSkipped(why));
    expect((await readdir(dir)).sort()).toEqual([REPORT_FILES.curveSvg, REPORT_FILES.curvatureSvg, REPORT_FILES.markdown].sort());
  });

  it('writeReport(result, dir) does not cut the trial table of report.md (it is a file, not a comment)', async () => {
    const many = syntheticTrials({ noise: 0.04, refine: Array.from({ length: 3000 }, (_, i) => -4 + (3 * i) / 3000) });
    const a = syntheticAnalysis(many);
    const written = await writeReport(sweepResult(many, a), await tempDir(), { analysis: a, loadCanvas: () => Promise.reject(new Error('off')) });
    expect(written.markdown.match(/^\| \d+ \| /gm)).toHaveLength(many.length);
  });

  it('writeReport(result, path) throws a one-line UsageError when the folder cannot be created', async () => {
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, 'x');
    const attempt = writeReport(result, join(file, 'sub'), { analysis });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(/^report: cannot write .*a-file\/sub \(/);
  });
});
