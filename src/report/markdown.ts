/**
 * The Markdown report (report.md, PR comment, job summary): summary table, inline Mermaid chart,
 * collapsed trial table. Pure; always under the length budget, cutting only the trial table.
 */
import { extendedNote } from '../search/notes.js';
import { cacheTally } from '../cache/output.js';
import { analyze } from '../analysis/analyze.js';
import type { Analysis } from '../analysis/types.js';
import { shownMethods } from '../names.js';
import * as repeatMessages from '../repeats/messages.js';
import { toleranceBelowNoise, type RepeatsSummary } from '../repeats/summary.js';
import { samplesFromRecords } from '../search/result.js';
import type { SweepResult, TrialRecord } from '../search/types.js';
import { isDiverged } from './chartData.js';
import { formatDecades, formatLoss } from './format.js';
import { mermaidChart } from './mermaid.js';
import { messages, METHOD_LABELS } from './messages.js';
import type { ReportOptions } from './types.js';
import { displayLr } from '../numbers.js';

/** Default length budget, characters: GitHub's 65,536 limit minus room for a caller's header. */
export const DEFAULT_MAX_CHARS = 60_000;

/** Re-reads a result's samples the way the search did (pure and deterministic). */
export function analyzeResult(result: SweepResult): Analysis {
  return analyze(samplesFromRecords(result.samples), result.lossAtZero === null ? {} : { lossAtZero: result.lossAtZero });
}

/** Escapes text for Markdown table cells and HTML-aware renderers. */
function escapeMd(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

/** A learning rate in a code span; a missing one as a plain dash. */
const code = (text: string): string => (text === '—' ? text : `\`${text}\``);

/** Repeated searches worth reporting: two or more seeds. */
function repeatsOf(options: ReportOptions): RepeatsSummary | null {
  return options.repeats !== undefined && options.repeats.seeds.length > 1 ? options.repeats : null;
}

/** The selected lr: the first run's pick, or the selected method's median over the repeats. */
function selectedLr(result: SweepResult, options: Pick<ReportOptions, 'repeats' | 'selection'>): number | null {
  const repeats = repeatsOf(options);
  if (options.selection === 'median' && repeats !== null) return repeats.picks[result.method].median;
  return result.selectedLr;
}

/** The summary: headline (selected lr or the no-window reason) and the table. Never cut. */
function summary(result: SweepResult, options: ReportOptions): string {
  const out: string[] = [messages.heading(), ''];
  const repeats = repeatsOf(options);
  const median = options.selection === 'median' && repeats !== null;
  const selectedValue = selectedLr(result, options);
  if (selectedValue !== null && (median || result.reason === null)) {
    out.push(median && repeats !== null ? messages.selectedMedianSentence(result.method, selectedValue, repeats.seeds.length) : messages.selectedSentence(result.method, selectedValue), '');
  }
  if (result.reason !== null || selectedValue === null) {
    out.push('> [!WARNING]', `> **No viable window:** ${escapeMd(result.reason ?? 'the analysis found no window')}`, '');
  }
  const extended = extendedNote(result);
  if (extended !== null) out.push('> [!NOTE]', `> ${escapeMd(extended)}`, '');
  for (const warning of result.warnings ?? []) out.push('> [!WARNING]', `> ${escapeMd(warning.message)}`, '');
  out.push('| | Value |', '|:--|:--|');
  out.push(`| minLr (knee) | ${code(displayLr(result.minLr))} |`);
  out.push(`| maxLr (curve minimum) | ${code(displayLr(result.maxLr))} |`);
  for (const m of shownMethods(result.method)) {
    const lr = result.picks === null ? null : result.picks[m];
    // A results.json written before a method existed has no pick for it: no row.
    if (lr === undefined) continue;
    const mark = m === result.method && lr !== null && !median ? ' ★' : '';
    out.push(`| ${METHOD_LABELS[m]}${repeats === null ? '' : ' (first seed)'} | ${code(displayLr(lr))}${mark} |`);
  }
  if (repeats !== null) {
    for (const m of shownMethods(result.method)) {
      const p = repeats.picks[m];
      const value =
        p.median === null || p.min === null || p.max === null
          ? messages.spreadRowNone()
          : messages.spreadRowValue(p.median, p.min, p.max, p.spreadDecades ?? 0, p.count, repeats.seeds.length);
      const mark = median && m === result.method && p.median !== null ? ' ★' : '';
      out.push(`| ${messages.spreadRowLabel(m, repeats.seeds.length)} | ${value}${mark} |`);
    }
  }
  const selected =
    selectedValue === null
      ? 'none: no viable window'
      : `**${code(displayLr(selectedValue))}**${median && repeats !== null ? ` (${messages.selectedMedianNote(repeats.seeds.length)})` : ''}`;
  out.push(`| **selected** (${METHOD_LABELS[result.method]}) | ${selected} |`);
  out.push(`| trials | ${result.trials} (lr = 0 included) |`);
  if (options.trialCache === true) out.push(`| trial cache | ${cacheTally(result.samples).text} |`);
  out.push(`| L(0), untrained loss | ${formatLoss(result.lossAtZero)} |`);
  const drift = options.drift;
  if (drift !== undefined) {
    out.push(`| committed lr | ${code(displayLr(drift.expectedLr))} |`);
    out.push(`| drift | ${formatDecades(drift.driftDecades)} decades (tolerance ${formatDecades(drift.toleranceDecades)}) |`);
    out.push(`| verdict | ${messages.verdict(drift.verdict, drift.driftDecades, drift.toleranceDecades)} |`);
    const noise = repeats === null ? null : repeats.picks[result.method];
    if (repeats !== null && noise !== null && toleranceBelowNoise(drift.toleranceDecades, noise)) {
      const sentence = repeatMessages.toleranceBelowNoise(METHOD_LABELS[result.method], drift.toleranceDecades, noise.spreadDecades ?? 0, repeats.seeds.length);
      out.push('', '> [!WARNING]', `> **Tolerance below the method's noise:** ${escapeMd(sentence)}`);
    }
  }
  return out.join('\n');
}

/** One trial table row. */
function trialRow(record: TrialRecord, index: number): string {
  const diverged = isDiverged(record);
  const loss = diverged ? '—' : formatLoss(record.loss);
  const lr = displayLr(record.lr);
  return `| ${index + 1} | ${lr} | ${loss} | ${record.round} | ${diverged ? '✕ yes' : ''} |`;
}

/**
 * The collapsed trial table in lr order, with at most as many rows as fit `budget` characters. When
 * cut, it keeps the trials nearest the selected lr (the lowest loss with no selection) and says so.
 */
function trialTable(result: SweepResult, budget: number): string {
  const samples = result.samples;
  const indexed = samples.map((record, index) => ({ record, index }));
  const head = ['<details>', `<summary>${messages.trialsSummary(samples.length)}</summary>`, '', '| # | lr | loss | round | diverged |', '|--:|--:|--:|--:|:--|'];
  const tail = ['', '</details>'];
  const rows = indexed.map(({ record, index }) => ({ record, index, text: trialRow(record, index) }));
  const fixed = head.join('\n').length + tail.join('\n').length + 2;
  const total = rows.reduce((n, r) => n + r.text.length + 1, fixed);
  let kept = rows;
  let note: string | null = null;
  if (total > budget) {
    const focus = focusLr(result);
    const byCloseness = [...rows].sort((a, b) => distance(a.record.lr, focus) - distance(b.record.lr, focus) || a.index - b.index);
    const noteRoom = messages.trialsTruncated(samples.length, samples.length).length + 4;
    let used = fixed + noteRoom;
    kept = [];
    for (const row of byCloseness) {
      if (used + row.text.length + 1 > budget) break;
      kept.push(row);
      used += row.text.length + 1;
    }
    note = messages.trialsTruncated(kept.length, samples.length);
  }
  const ordered = [...kept].sort((a, b) => a.record.lr - b.record.lr || a.index - b.index);
  return [...head, ...ordered.map((r) => r.text), ...(note === null ? [] : ['', note]), ...tail].join('\n');
}

/** Where a cut trial table centres: the selected lr, else the lowest finite loss's lr. */
function focusLr(result: SweepResult): number {
  if (result.selectedLr !== null) return result.selectedLr;
  const finite = result.samples.filter((s) => s.lr > 0 && !isDiverged(s));
  const best = finite.reduce<TrialRecord | null>((b, s) => (b === null || (s.loss as number) < (b.loss as number) ? s : b), null);
  return best?.lr ?? 1;
}

/** Distance in decades; lr = 0 counts as far away but is kept ahead of nothing in particular. */
function distance(lr: number, focus: number): number {
  return lr > 0 ? Math.abs(Math.log10(lr) - Math.log10(focus)) : 100;
}

/**
 * Renders the Markdown report: a summary table (window, picks, selection, trials, drift verdict),
 * an inline Mermaid chart of the curve, the trial table in a collapsed `<details>`, and the artifact
 * link. Stays under `options.maxChars` (default {@link DEFAULT_MAX_CHARS}) by cutting the trial
 * table only. Pure; recomputes the analysis with `analyze` unless `options.analysis` is given.
 *
 * @example
 * const md = renderMarkdown(result, { drift, artifactUrl });
 */
export function renderMarkdown(result: SweepResult, options: ReportOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const analysis = options.analysis ?? analyzeResult(result);
  const steps = options.steps === undefined ? result.settings.steps : options.steps;
  const selected = selectedLr(result, options);
  const chart = mermaidChart(
    result.samples,
    analysis,
    messages.curveTitle(steps ?? undefined),
    selected === null ? {} : { selected: { lr: selected, label: `${METHOD_LABELS[result.method]} pick` } },
  );
  const parts = [summary(result, options), ''];
  if (chart.block !== null) parts.push(chart.block, '');
  parts.push(chart.caption, '');
  if (options.artifactUrl !== undefined) parts.push(messages.artifactLink(options.artifactUrl), '');
  const head = parts.join('\n');
  const table = trialTable(result, maxChars - head.length - 1);
  return `${head}\n${table}\n`;
}
