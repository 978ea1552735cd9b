import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS, renderMarkdown } from '../../src/report/markdown.js';
import { MERMAID_COLORS } from '../../src/report/mermaid.js';
import { messages } from '../../src/report/messages.js';
import { extendedNote } from '../../src/search/notes.js';
import { messages as cacheMessages } from '../../src/cache/messages.js';
import type { DriftCheck } from '../../src/report/types.js';
import type { TrialRecord } from '../../src/search/types.js';
import * as repeatMessages from '../../src/repeats/messages.js';
import { displayLr } from '../../src/numbers.js';
import { syntheticAnalysis, syntheticRepeats, syntheticTrials, sweepResult, withoutWindow } from './synthetic.js';

/** GitHub's limit on a PR comment body, characters. */
const GITHUB_COMMENT_LIMIT = 65_536;

const samples = syntheticTrials({ noise: 0.03 });
const analysis = syntheticAnalysis(samples);
const drift: DriftCheck = { expectedLr: 2e-3, driftDecades: 0.41, toleranceDecades: 0.3, verdict: 'fail' };

/** `count` trials: the coarse grid plus refinement trials spread over the descent. */
function manyTrials(count: number): TrialRecord[] {
  const base = syntheticTrials({ noise: 0.03, refine: [] });
  const extra = count - base.length;
  const refine = Array.from({ length: extra }, (_, i) => -4 + (3.5 * (i + 0.5)) / extra);
  return syntheticTrials({ noise: 0.03, refine }).map((r, i) => (i >= base.length ? { ...r, round: 1 + Math.floor((i - base.length) / 20) } : r));
}

describe('renderMarkdown with repeats', () => {
  const result = sweepResult(samples, analysis);
  // Extra seeds shift midpoint by +0.1, -0.12, +0.05 decades and find no window once: spread 0.22 decades over 4 of 5 seeds.
  const repeats = syntheticRepeats(result, [0.1, -0.12, 0.05, null]);
  const median = repeats.picks.midpoint.median!;
  // The median of the selected method, 0.05 decades from the committed value; tolerance 0.1 < spread 0.22.
  const tight: DriftCheck = { expectedLr: median / 10 ** 0.05, driftDecades: 0.05, toleranceDecades: 0.1, verdict: 'pass' };

  it('renderMarkdown(result, {repeats, selection: median, drift}) matches the snapshot: a row per pick with median and spread, the tolerance warning', async () => {
    const md = renderMarkdown(result, { analysis, repeats, selection: 'median', drift: tight });
    await expect(md).toMatchFileSnapshot('./__snapshots__/report-repeats.md');
    for (const m of ['midpoint', 'halfLoss', 'steepest'] as const) {
      const p = repeats.picks[m];
      expect(md).toContain(`| ${messages.spreadRowLabel(m, 5)} | ${messages.spreadRowValue(p.median!, p.min!, p.max!, p.spreadDecades!, 4, 5)}`);
    }
    expect(md).toContain(messages.selectedMedianSentence('midpoint', median, 5));
    expect(md).toContain(repeatMessages.toleranceBelowNoise('midpoint', 0.1, repeats.picks.midpoint.spreadDecades!, 5));
  });

  it('renderMarkdown(result) notes an extended range and shows each warning as a callout; none without them', () => {
    const base = sweepResult(samples, analysis);
    const extended = { startLr: base.settings.startLr, endLr: 100 };
    const warnings = [{ code: 'max-trials-imprecise' as const, message: 'maxTrials (30) ran out before minLr was located' }];
    const markdown = renderMarkdown({ ...base, extended, warnings });
    expect(markdown).toContain(`> [!NOTE]\n> ${extendedNote({ extended, settings: base.settings }) ?? ''}`);
    expect(markdown).toContain(`> [!WARNING]\n> ${warnings[0]?.message ?? ''}`);
    const plain = renderMarkdown({ ...base, extended: null, warnings: [] });
    expect(plain).not.toContain('[!NOTE]');
  });

  it('renderMarkdown(result, {trialCache}) has a trial cache row counting samples[].cached; without the option none', () => {
    const cached = samples.map((s, i) => ({ ...s, cached: i % 2 === 0 }));
    const result = sweepResult(cached, analysis);
    const count = cached.filter((s) => s.cached).length;
    expect(renderMarkdown(result, { trialCache: true })).toContain(`| trial cache | ${cacheMessages.fromCache(count, cached.length)} |`);
    expect(renderMarkdown(result)).not.toContain('trial cache');
  });

  it('renderMarkdown(result, {repeats}) keeps the first run selected by default and stars its pick', () => {
    const md = renderMarkdown(result, { analysis, repeats });
    expect(md).toContain(messages.selectedSentence('midpoint', result.selectedLr!));
    expect(md).toContain(`| midpoint (first seed) | \`${displayLr(result.picks!.midpoint)}\` ★ |`);
    expect(md).not.toContain(messages.selectedMedianNote(5));
  });

  it('renderMarkdown(result, {repeats, drift}) has no tolerance warning when the tolerance covers the spread', () => {
    const md = renderMarkdown(result, { analysis, repeats, selection: 'median', drift: { ...tight, toleranceDecades: 0.3 } });
    expect(md).not.toContain("Tolerance below the method's noise");
  });

  it('renderMarkdown(result, {repeats}) with a single seed looks like no repeats at all', () => {
    const one = syntheticRepeats(result, []);
    expect(renderMarkdown(result, { analysis, repeats: one, selection: 'median' })).toBe(renderMarkdown(result, { analysis }));
  });
});

describe('renderMarkdown', () => {
  it('renderMarkdown(result, {drift, artifactUrl}) matches the snapshot for a normal search', async () => {
    const md = renderMarkdown(sweepResult(samples, analysis), { analysis, drift, artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2' });
    await expect(md).toMatchFileSnapshot('./__snapshots__/report-normal.md');
  });

  it('renderMarkdown(result) matches the snapshot for a search with no window, the reason first', async () => {
    const none = withoutWindow(analysis);
    const md = renderMarkdown(sweepResult(samples, none), { analysis: none });
    await expect(md).toMatchFileSnapshot('./__snapshots__/report-no-window.md');
    const reasonAt = md.indexOf(none.reason!.message);
    expect(reasonAt).toBeGreaterThan(0);
    expect(reasonAt).toBeLessThan(md.indexOf('| minLr'));
  });

  it('renderMarkdown(result) matches the snapshot for a 200-trial search and stays under the comment limit', async () => {
    const trials = manyTrials(200);
    expect(trials).toHaveLength(200);
    const a = syntheticAnalysis(trials);
    const md = renderMarkdown(sweepResult(trials, a), { analysis: a, drift: { ...drift, verdict: 'pass', driftDecades: 0.05 } });
    await expect(md).toMatchFileSnapshot('./__snapshots__/report-200-trials.md');
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(md.match(/^\| \d+ \| /gm)).toHaveLength(200);
  });

  it('renderMarkdown(result) with 5000 trials cuts the trial table, never the summary, to fit the limit', () => {
    const trials = manyTrials(5000);
    const a = syntheticAnalysis(trials);
    const result = sweepResult(trials, a);
    const md = renderMarkdown(result, { analysis: a, drift });
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    const shown = md.match(/^\| \d+ \| /gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(5000);
    expect(md).toContain(messages.trialsTruncated(shown, 5000));
    expect(md).toContain(messages.selectedSentence('midpoint', result.selectedLr!));
    expect(md).toContain(messages.verdict('fail', drift.driftDecades, drift.toleranceDecades));
    expect(md).toContain('```mermaid');
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('renderMarkdown(result, {maxChars}) keeps the trials nearest the selected lr when it must cut', () => {
    const trials = manyTrials(400);
    const a = syntheticAnalysis(trials);
    const result = sweepResult(trials, a);
    const md = renderMarkdown(result, { analysis: a, maxChars: 8_000 });
    expect(md.length).toBeLessThanOrEqual(8_000);
    const lrs = [...md.matchAll(/^\| \d+ \| ([\d.e+-]+) \|/gm)].map((m) => Number(m[1]));
    const selected = Math.log10(result.selectedLr!);
    const farthestShown = Math.max(...lrs.map((lr) => Math.abs(Math.log10(lr) - selected)));
    const nearestHidden = trials
      .filter((t) => !lrs.includes(Number(t.lr.toExponential(2))))
      .map((t) => (t.lr > 0 ? Math.abs(Math.log10(t.lr) - selected) : Infinity));
    expect(farthestShown).toBeLessThanOrEqual(Math.min(...nearestHidden) + 1e-9);
  });

  it('renderMarkdown(result) writes Mermaid numbers without exponents and one value per x category', () => {
    const md = renderMarkdown(sweepResult(samples, analysis), { analysis });
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    const categories = /x-axis "learning rate" \[(.*)\]/.exec(block)![1]!.split(', ');
    const series = [...block.matchAll(/line \[(.*)\]/g)].map((m) => m[1]!.split(', '));
    expect(series).toHaveLength(2);
    for (const values of series) {
      expect(values).toHaveLength(categories.length);
      // Mermaid's xychart lexer reads numbers as [+-]?(\d+(\.\d+)?|\.\d+): no exponent allowed.
      for (const v of values) expect(v).toMatch(/^[+-]?(\d+(\.\d+)?|\.\d+)$/);
    }
    for (const c of categories) expect(c).toMatch(/^"★?1e-?\d+"$|^"★?\d\.\d\de[+-]\d+"$/);
    expect(block).toMatch(/y-axis "validation loss" [\d.]+ --> [\d.]+/);
  });

  it('renderMarkdown(result) gives the Mermaid chart its own palette, a bracket over the window and the selected lr starred', () => {
    const result = sweepResult(samples, analysis, 'halfLoss');
    const md = renderMarkdown(result, { analysis });
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    expect(block.startsWith('---\nconfig:\n')).toBe(true);
    expect(block).toContain(`plotColorPalette: "${MERMAID_COLORS.window}, ${MERMAID_COLORS.curve}"`);
    const categories = /x-axis "learning rate" \[(.*)\]/.exec(block)![1]!.split(', ');
    const [bracket, curve] = [...block.matchAll(/line \[(.*)\]/g)].map((m) => m[1]!.split(', ').map(Number)) as [number[], number[]];
    const star = categories.indexOf(`"★${displayLr(analysis.picks!.halfLoss)}"`);
    expect(star).toBeGreaterThan(0);
    expect(categories.filter((c) => c.includes('★'))).toHaveLength(1);
    // The bracket drops to the curve at the star and is raised over the window's categories, lower outside.
    expect(bracket[star]).toBe(curve[star]);
    const lrOf = (c: string): number => Number(c.replace(/["★]/g, ''));
    const inside = categories.map((c, i) => i !== star && lrOf(c) >= analysis.minLr! && lrOf(c) <= analysis.maxLr!);
    const raised = Math.max(...bracket);
    bracket.forEach((v, i) => {
      if (i !== star) expect(v === raised).toBe(inside[i]);
    });
    expect(Math.min(...bracket.filter((_, i) => i !== star))).toBeGreaterThan(Math.max(...curve));
    expect(md).toContain(messages.mermaidLegend({ minLr: analysis.minLr!, maxLr: analysis.maxLr! }, { lr: analysis.picks!.halfLoss, label: 'halfLoss pick' }));
  });

  it('renderMarkdown(result) with every trial diverged still renders the summary and says there is nothing to chart', () => {
    const trials: TrialRecord[] = [
      { lr: 0, loss: 2.3, diverged: false, round: 0 },
      { lr: 1e-2, loss: null, diverged: true, round: 0 },
    ];
    const none = { minLr: null, maxLr: null, picks: null, lossAtZero: 2.3, fit: null, curveModel: null, divergedFrom: null, reason: { code: 'all-diverged' as const, facts: { kind: 'all-diverged' as const, smallestLr: 1e-7 }, message: 'every trial diverged: lower --start-lr' } };
    const md = renderMarkdown(sweepResult(trials, none), { analysis: none });
    expect(md).toContain(messages.mermaidNothing());
    expect(md).not.toContain('```mermaid');
    expect(md).toContain('every trial diverged: lower --start-lr');
  });
});
