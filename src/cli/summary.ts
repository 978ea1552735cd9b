/** The human-readable result table printed by `search` and `analyze`. Pure. */
import type { Method } from '../analysis/types.js';
import { methodColumn, shownMethods } from '../names.js';
import { firstSeedNote, medianSelectedNote } from '../repeats/messages.js';
import * as repeatMessages from '../repeats/messages.js';
import type { FinishedSweep } from '../sweep/sweep.js';
import type { SweepResult } from '../search/types.js';
import { displayLoss } from './format.js';
import { messages } from './messages.js';
import { extendedNote } from '../search/notes.js';
import { cacheTally } from '../cache/output.js';
import { displayLr } from '../numbers.js';

/** The flag spelling of each method, as users type it after --method. */
const METHOD_FLAGS: Readonly<Record<Method, string>> = methodColumn('cli');

/** Options for {@link formatSummary}. */
export interface SummaryOptions {
  /** Where results.json was written, shown last. Default: not shown. */
  readonly resultsPath?: string;
  /**
   * With --repeats > 1: the selected method's median over the seeds (null when no seed had a window),
   * shown as the selected lr, with the seeds run. Default: the result's own pick is the selected lr.
   */
  readonly median?: { readonly lr: number | null; readonly seeds: readonly number[] };
  /** The trial cap shown after the trial count. Default: `result.settings.maxTrials`; null shows none (a file that does not say). */
  readonly maxTrials?: number | null;
  /** True when the search ran with a trial cache: a `Cache` row says how many trials came from it. Default false. */
  readonly trialCache?: boolean;
}

/**
 * The result as an aligned table: the window (minLr, maxLr, its width in decades), the picks
 * with the selected one marked, L(0) and trials; or the no-window reason with what to change.
 */
export function formatSummary(result: SweepResult, options: SummaryOptions = {}): string {
  const rows: [string, string][] = [];
  const median = options.median !== undefined && options.median.seeds.length > 1 ? options.median : null;
  if (result.picks === null || result.minLr === null || result.maxLr === null) {
    rows.push(['No viable window', result.reason ?? 'no reason given']);
  } else {
    const decades = Math.log10(result.maxLr) - Math.log10(result.minLr);
    rows.push(['Viable window', `${displayLr(result.minLr)} .. ${displayLr(result.maxLr)}  (${decades.toFixed(2)} decades)`]);
    rows.push(['  minLr', `${displayLr(result.minLr)}  knee: the loss starts to fall`]);
    rows.push(['  maxLr', `${displayLr(result.maxLr)}  minimum of the fitted loss`]);
    rows.push([median === null ? 'Picks' : `Picks (seed ${result.settings.seed})`, '']);
    for (const method of shownMethods(result.method)) {
      const lr = result.picks[method];
      // A results.json written before a method existed has no pick for it: no row.
      if (lr === undefined) continue;
      const mark = method === result.method && median === null ? '  <- selected' : '';
      rows.push([`  ${method}`, `${displayLr(lr)}${mark}`]);
    }
    if (result.selectedLr !== null && median === null) rows.push(['Selected lr', `${displayLr(result.selectedLr)}  (--method ${METHOD_FLAGS[result.method]})`]);
  }
  if (median !== null) {
    rows.push(['Selected lr', median.lr === null ? 'none: no seed had a viable window' : `${displayLr(median.lr)}  ${medianSelectedNote(METHOD_FLAGS[result.method], median.seeds.length)}`]);
    rows.push(['Repeats', firstSeedNote(median.seeds)]);
  }
  rows.push(['L(0)', result.lossAtZero === null ? messages.lossAtZeroUnknown(result.samples.some((s) => s.lr === 0)) : displayLoss(result.lossAtZero)]);
  const diverged = result.samples.filter((s) => s.diverged).length;
  const maxTrials = options.maxTrials === undefined ? result.settings.maxTrials : options.maxTrials;
  rows.push(['Trials', `${result.trials}${maxTrials === null ? '' : ` (max ${maxTrials})`}${diverged > 0 ? `, ${diverged} diverged` : ''}`]);
  if (options.trialCache === true) rows.push(['Cache', cacheTally(result.samples).text]);
  const extended = extendedNote(result);
  if (extended !== null) rows.push(['Range', extended]);
  for (const warning of result.warnings ?? []) rows.push(['Warning', warning.message]);
  if (options.resultsPath !== undefined) rows.push(['Results', options.resultsPath]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => (v === '' ? k : `${k.padEnd(width)}  ${v}`)).join('\n')}\n`;
}

/**
 * The lines a finished sweep prints (search, merge): with repeats, each shown method's spread over the seeds
 * (stderr lines), then the result table ({@link formatSummary}) with the repeats' median as the selected lr.
 */
export function finishedLines(done: FinishedSweep, options: SummaryOptions = {}): { readonly notes: readonly string[]; readonly table: string } {
  const { result, repeats } = done;
  const notes: string[] = [];
  if (repeats !== null) {
    for (const method of shownMethods(result.method)) {
      const p = repeats.picks[method];
      if (p.median !== null) notes.push(messages.errorLine(repeatMessages.spreadLine(method, p.median, p.spreadDecades ?? 0, p.count, repeats.seeds.length)));
    }
  }
  const median = repeats === null ? {} : { median: { lr: done.selectedLr, seeds: repeats.seeds } };
  return { notes, table: formatSummary(result, { ...options, ...median }) };
}
