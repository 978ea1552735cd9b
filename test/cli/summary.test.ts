import { describe, expect, it } from 'vitest';
import { messages } from '../../src/cli/messages.js';
import { formatSummary } from '../../src/cli/summary.js';
import { extendedNote } from '../../src/search/notes.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
import { messages as cacheMessages } from '../../src/cache/messages.js';
import { noWindowResult, windowResult } from './results-fixture.js';

describe('formatSummary', () => {
  it('formatSummary(result) shows the window, the three picks with the selected one marked, L(0) and trials', () => {
    const text = formatSummary(windowResult, { resultsPath: 'out/results.json' });
    // log10(1e-1) - log10(1e-4) = 3 decades.
    expect(text).toContain('Viable window  1.00e-4 .. 1.00e-1  (3.00 decades)');
    expect(text).toMatch(/ {2}midpoint +3\.16e-3 {2}<- selected\n/);
    expect(text).toMatch(/ {2}halfLoss +1\.00e-3\n/);
    expect(text).toMatch(/ {2}steepest +2\.00e-3\n/);
    expect(text).toMatch(/Selected lr +3\.16e-3 {2}\(--method midpoint\)/);
    expect(text).toMatch(/L\(0\) +2\.303/);
    expect(text).toMatch(/Trials +3 \(max 60\), 1 diverged/);
    expect(text.trimEnd().endsWith('out/results.json')).toBe(true);
  });

  it('formatSummary(result) shows the opt-in basin pick only when it is the selected method', () => {
    const withBasin = { ...windowResult, picks: { ...windowResult.picks!, basin: 1e-2 } };
    expect(formatSummary(withBasin)).not.toMatch(/^ {2}basin/m);
    const selected = formatSummary({ ...withBasin, method: 'basin', selectedLr: 1e-2 });
    expect(selected).toMatch(/ {2}basin +1\.00e-2 {2}<- selected\n/);
    expect(selected).toMatch(/ {2}midpoint +3\.16e-3\n/);
    expect(selected).toMatch(/Selected lr +1\.00e-2 {2}\(--method basin\)/);
  });

  it('formatSummary(result) shows a Range row when the search extended past the range asked for, and one Warning row per warning', () => {
    const warnings = [{ code: 'max-trials-imprecise' as const, message: 'maxTrials (3) ran out before minLr was located' }];
    const text = formatSummary({ ...windowResult, extended: { startLr: 1e-7, endLr: 100 }, warnings });
    expect(text).toMatch(new RegExp(`^Range +${escapeRegExp(extendedNote({ extended: { startLr: 1e-7, endLr: 100 }, settings: windowResult.settings }) ?? '')}$`, 'm'));
    expect(text).toMatch(/^Warning +maxTrials \(3\) ran out before minLr was located$/m);
    const plain = formatSummary({ ...windowResult, extended: null, warnings: [] });
    expect(plain).not.toMatch(/^(Range|Warning)/m);
  });

  it('formatSummary(result, {trialCache}) adds a Cache row counting samples[].cached; without the option there is none', () => {
    const samples = windowResult.samples.map((s, i) => ({ ...s, cached: i > 0 }));
    const text = formatSummary({ ...windowResult, samples }, { trialCache: true });
    expect(text).toMatch(new RegExp(`^Cache +${cacheMessages.fromCache(samples.length - 1, samples.length)}$`, 'm'));
    expect(formatSummary({ ...windowResult, samples })).not.toMatch(/^Cache/m);
  });

  it('formatSummary(result) marks the pick of the result\'s method, spelled as the flag', () => {
    const text = formatSummary({ ...windowResult, method: 'halfLoss', selectedLr: 1e-3 });
    expect(text).toMatch(/ {2}halfLoss +1\.00e-3 {2}<- selected/);
    expect(text).toContain('(--method half-loss)');
  });

  it('formatSummary(result) with no window prints the reason instead of numbers', () => {
    const text = formatSummary(noWindowResult);
    expect(text.split('\n')[0]).toBe(`No viable window  ${noWindowResult.reason}`);
    expect(text).not.toContain('Picks');
    expect(text).not.toContain('selected');
  });

  it('formatSummary(result) says the lr = 0 trial ran but gave no finite loss, rather than that there was none', () => {
    const diverged = { ...noWindowResult, lossAtZero: null, samples: [{ lr: 0, loss: Number.NaN, diverged: true, round: 1 }, ...noWindowResult.samples.filter((s) => s.lr > 0)] };
    expect(formatSummary(diverged)).toMatch(new RegExp(`L\\(0\\) +${escape(messages.lossAtZeroUnknown(true))}\n`));
    const none = { ...noWindowResult, lossAtZero: null, samples: noWindowResult.samples.filter((s) => s.lr > 0) };
    expect(formatSummary(none)).toMatch(new RegExp(`L\\(0\\) +${escape(messages.lossAtZeroUnknown(false))}\n`));
    expect(messages.lossAtZeroUnknown(true)).not.toBe(messages.lossAtZeroUnknown(false));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
