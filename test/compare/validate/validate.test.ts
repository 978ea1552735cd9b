import { describe, expect, it } from 'vitest';
import { compileChart } from '../../../src/report/compile.js';
import { accuracyBand, insideBand } from '../../../src/compare/validate/band.js';
import { validationSpec } from '../../../src/compare/validate/chart.js';
import { logGrid } from '../../../src/compare/validate/grid.js';
import { validationMarkdown } from '../../../src/compare/validate/markdown.js';
import * as messages from '../../../src/compare/validate/messages.js';
import { GRID, gridOf, reportOf } from './fixtures.js';
import type { PickInput } from '../../../src/compare/validate/types.js';

const LOG_TOL = 1e-12;
const search = { kind: 'search' as const, trials: 30, steps: 580, seconds: 12.5 };
const range = { kind: 'range-test' as const, trials: 1, steps: 100, seconds: 3 };

describe('logGrid', () => {
  it('logGrid(start, end, step) includes both ends when the span is a whole number of steps', () => {
    // 1e-7 .. 10 is 8 decades; at 0.25 that is 32 steps, 33 points.
    const g = logGrid(1e-7, 10, 0.25);
    expect(g.length).toBe(33);
    expect(Math.abs(Math.log10(g[4] as number) - -6)).toBeLessThan(LOG_TOL);
    expect(Math.abs(Math.log10(g[32] as number) - 1)).toBeLessThan(LOG_TOL);
  });
});

describe('accuracyBand', () => {
  it('accuracyBand(grid) spreads from the best point over neighbours within 1 point', () => {
    // Best 0.96 at index 5 (lr 10^-2.5); 0.955 (index 4) and 0.95 (index 3) are within 0.01, 0.945 (index 6) is not.
    const band = accuracyBand(GRID);
    expect(band?.bestAccuracy).toBe(0.96);
    expect(Math.log10(band?.loLr as number)).toBeCloseTo(-3.5, 12);
    expect(Math.log10(band?.hiLr as number)).toBeCloseTo(-2.5, 12);
  });

  it('accuracyBand(grid) stops at a gap rather than jumping over a worse point', () => {
    // 0.95, 0.90, 0.95: the right 0.95 (index 2) is within a point of the best (index 0) but not contiguous.
    const band = accuracyBand(gridOf([0.95, 0.9, 0.95]));
    expect(band?.hiLr).toBe(band?.loLr);
  });

  it('accuracyBand(grid) returns null when no point has an accuracy', () => {
    expect(accuracyBand(gridOf([null, null]))).toBeNull();
  });

  it('insideBand(lr, band) includes the ends', () => {
    const band = accuracyBand(GRID)!;
    expect(insideBand(band.loLr, band)).toBe(true);
    expect(insideBand(band.hiLr * 1.01, band)).toBe(false);
  });
});

describe('validation report', () => {
  const picks: PickInput[] = [
    { method: 'midpoint', lr: GRID[4]!.lr, reason: null, cost: search },
    { method: 'fastaiValley', lr: GRID[7]!.lr, reason: null, cost: range },
    { method: 'fastaiSlide', lr: null, reason: 'too short', cost: range },
  ];

  it('pickRows(picks) gives each pick its percentage of the best grid accuracy and its band verdict', () => {
    const rows = reportOf(picks).picks;
    // midpoint trained at index 4: 0.955 / 0.96 = 99.48 %, inside the band; valley at index 7: 0.7 / 0.96, outside.
    expect(rows[0]?.percentOfBest).toBeCloseTo((100 * 0.955) / 0.96, 10);
    expect(rows[0]?.insideBand).toBe(true);
    expect(rows[1]?.insideBand).toBe(false);
    expect(rows[2]?.insideBand).toBeNull();
  });

  it('validationMarkdown(report) lists every pick with its cost and says why a pick is missing', () => {
    const md = validationMarkdown(reportOf(picks));
    expect(md).toContain('| midpoint (method 1) | 1.00e-3 | 95.5 % | 99.5 % | 0.04500 | 3 | yes | 30 trials, 580 steps | 12.5 |');
    expect(md).toContain('| fastai slide | — |');
    expect(md).toContain('- fastai slide: too short');
    expect(md).toContain(messages.bandLine(reportOf(picks).band!));
  });

  it('epochsCell(outcome) says the best epoch, an early stop and a divergence', () => {
    const base = { accuracy: 0.9, loss: 0.3, history: [], ms: 1 };
    expect(messages.epochsCell({ ...base, epochs: 7, bestEpoch: 4, stoppedEarly: true, diverged: false })).toBe('7 (best 4, stopped early)');
    expect(messages.epochsCell({ ...base, epochs: 20, bestEpoch: 20, stoppedEarly: false, diverged: false })).toBe('20');
    expect(messages.epochsCell({ ...base, epochs: 2, bestEpoch: null, stoppedEarly: false, diverged: true })).toBe('2 (diverged in epoch 2)');
  });

  it('validationMarkdown(report) says whether training stopped early or ran a fixed budget', () => {
    const fixed = reportOf(picks);
    expect(validationMarkdown(fixed)).toContain(messages.trainingLine(3, 0, 0));
    const early = { ...fixed, settings: { ...fixed.settings, epochs: 20, patience: 3 } };
    expect(validationMarkdown(early)).toContain(messages.trainingLine(20, 3, 0));
    expect(messages.trainingLine(20, 3, 0)).not.toBe(messages.trainingLine(20, 0, 0));
  });

  it('validationSpec(report) compiles without warnings and does not mutate its input', () => {
    const report = reportOf(picks);
    const before = JSON.stringify(report);
    const { warnings } = compileChart(validationSpec(report));
    expect(warnings).toEqual([]);
    expect(JSON.stringify(report)).toBe(before);
  });
});
