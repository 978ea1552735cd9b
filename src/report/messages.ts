/**
 * Every user-facing sentence of the report area, in one place; tests compare against these
 * functions rather than copied strings.
 */
import { METHODS, type Method } from '../analysis/types.js';
import { methodColumn } from '../names.js';
import { formatDecades, formatLoss } from './format.js';
import { displayLr } from '../numbers.js';

/** Names of the paper's methods as shown to readers. */
export const METHOD_LABELS: Readonly<Record<Method, string>> = methodColumn('label');

export const messages = {
  /** One line when PNG output is skipped because node-canvas is unavailable. */
  pngSkipped: (why: string): string =>
    `PNG skipped: node-canvas could not load (${oneLine(why)}); wrote SVG and Markdown only. ` +
    'PNGs need the optional dependency canvas: `npm install canvas` where lr-sweep is installed ' +
    '(prebuilt on common platforms; see node_modules/lr-sweep/docs/install.md).',

  /** One line when results.json cannot be used. */
  badResultFile: (path: string, problem: string): string => `${path}: ${oneLine(problem)}`,

  /** results.json problem: the text is not JSON. */
  notJson: (detail: string): string => `not valid JSON (${oneLine(detail)})`,

  /** results.json problem: the document is not an object. */
  notResultsObject: (got: unknown): string => `expected a results.json object, got ${describeValue(got)}`,

  /** results.json problem: `samples` is not an array. */
  samplesNotArray: (got: unknown): string => `"samples" must be an array of trials, got ${describeValue(got)}`,

  /** results.json problem: a trial is not an object. */
  sampleNotObject: (i: number, got: unknown): string => `samples[${i}] must be an object {lr, loss, diverged, round}, got ${describeValue(got)}`,

  /** results.json problem: a trial's lr. */
  sampleLr: (i: number, got: unknown): string => `samples[${i}].lr must be a number ≥ 0, got ${describeValue(got)}`,

  /** results.json problem: a trial's loss. */
  sampleLoss: (i: number, got: unknown): string => `samples[${i}].loss must be a number or null, got ${describeValue(got)}`,

  /** results.json problem: a trial's diverged flag. */
  sampleDiverged: (i: number, got: unknown): string => `samples[${i}].diverged must be true or false, got ${describeValue(got)}`,

  /** results.json problem: a trial's round. */
  sampleRound: (i: number, got: unknown): string => `samples[${i}].round must be an integer ≥ 0, got ${describeValue(got)}`,

  /** results.json problem: `picks` has the wrong shape. */
  picksShape: (got: unknown): string => `"picks" must be null or {${METHODS.join(', ')}}, got ${describeValue(got)}`,

  /** results.json problem: one pick is not a positive number. */
  pickValue: (method: Method, got: unknown): string => `picks.${method} must be a number > 0, got ${describeValue(got)}`,

  /** results.json problem: `method` is not one of the methods. */
  methodValue: (allowed: readonly string[], got: unknown): string => `"method" must be one of ${allowed.join(', ')}, got ${describeValue(got)}`,

  /** results.json problem: a top-level field that must be a finite number or null. */
  numberOrNull: (key: string, got: unknown): string => `"${key}" must be a number or null, got ${describeValue(got)}`,

  /** results.json problem: `reason`. */
  reasonValue: (got: unknown): string => `"reason" must be a string or null, got ${describeValue(got)}`,

  /** results.json problem: `settings`. */
  settingsValue: (got: unknown): string => `"settings" must be an object, got ${describeValue(got)}`,

  /** results.json problem: `trials`. */
  trialsValue: (got: unknown): string => `"trials" must be an integer ≥ 0, got ${describeValue(got)}`,

  /** One line when a report file or folder cannot be written. */
  cannotWrite: (path: string, error: unknown): string =>
    `report: cannot write ${path} (${oneLine(error instanceof Error ? error.message : String(error))})`,

  /** What `lr-sweep report` prints on success: the files, one per line. */
  reportWritten: (files: readonly string[]): string => `Wrote ${files.length} files:\n${files.map((f) => `  ${f}`).join('\n')}\n`,

  /** The curve chart's title. */
  curveTitle: (steps: number | undefined): string =>
    steps === undefined ? 'Validation loss by learning rate' : `Validation loss after ${steps} steps, by learning rate`,

  /** Subtitle line naming the window and the selected pick. */
  windowSubtitle: (minLr: number, maxLr: number, method: Method, selected: number): string =>
    `Viable window ${displayLr(minLr)} – ${displayLr(maxLr)} (shaded); selected ${METHOD_LABELS[method]} = ${displayLr(selected)}`,

  /** Subtitle line naming the window and the selected median over repeated searches. */
  windowSubtitleMedian: (minLr: number, maxLr: number, method: Method, median: number, repeats: number): string =>
    `Viable window ${displayLr(minLr)} – ${displayLr(maxLr)} (shaded); selected ${METHOD_LABELS[method]} = ${displayLr(median)}, the median over ${repeats} seeds`,

  /** Subtitle line saying what the spread bands and the lines stand for. */
  spreadSubtitle: (repeats: number): string =>
    `Coloured bands: where each pick fell over ${repeats} seeds, ▲ its median; the curve, trials and lines are the first seed's`,

  /** Title of the spread legend. */
  spreadLegendTitle: (repeats: number): string => `Pick spread over ${repeats} seeds`,

  /** One entry of the spread legend: the pick's range, its width in decades and its median. */
  spreadLegendLabel: (method: Method, lo: number, hi: number, median: number, count: number, repeats: number): string =>
    `${METHOD_LABELS[method]} ${displayLr(lo)} – ${displayLr(hi)} (${formatDecades(Math.log10(hi / lo))} dec), median ${displayLr(median)}` +
    (count < repeats ? `; ${count} of ${repeats} seeds` : ''),

  /** The selected median's line in the "Curve and picks" legend. */
  selectedMedianLabel: (method: Method, median: number): string => `${METHOD_LABELS[method]} median = ${displayLr(median)}  ★ selected`,

  /** Subtitle when there is no window: the analysis' reason, prominent. */
  noWindowSubtitle: (reason: string): string => `No viable window: ${reason}`,

  /** Subtitle line when the loss axis is cut to keep the descent readable. */
  lossClipped: (clippedAt: number, above: number): string =>
    `Loss axis cut at ${formatLoss(clippedAt)} to keep the descent readable` +
    (above > 0 ? `; ${above} trial${above === 1 ? '' : 's'} above it drawn as ▲ on the top edge` : ''),

  /** Subtitle line when some trials diverged. */
  divergedNote: (count: number): string =>
    `${count} diverged trial${count === 1 ? '' : 's'} marked ✕ along the top edge`,

  /** The curvature chart's title. */
  curvatureTitle: (): string => 'Curvature of the fitted loss curve',

  /** The curvature chart's subtitle: the footnote's rule. */
  curvatureSubtitle: (): readonly [string, string] => [
    "k = y''/(1 + y'²)^(3/2) of the fitted curve, with y = loss and x = log10(lr)",
    "minLr is the lowest k left of halfLoss (the shaded search region), per the paper's footnote",
  ],

  /** Curvature subtitle when there is no fitted curve. */
  noFitSubtitle: (reason: string): string => `No fitted curve to differentiate: ${reason}`,

  /** Subtitle line when the curvature axis is cut. */
  curvatureClipped: (): string =>
    'Curvature axis cut to the scale of the knee region; the curve leaves it where the fit bends hard near its minimum',

  /** Markdown: heading line. */
  heading: (): string => '### lr-sweep: learning-rate search',

  /** Markdown: the selected-lr sentence. */
  selectedSentence: (method: Method, lr: number): string =>
    `**Selected learning rate: \`${displayLr(lr)}\`** (${METHOD_LABELS[method]} of the viable window).`,

  /** Markdown: the selected-lr sentence when the selection is the median over repeated searches. */
  selectedMedianSentence: (method: Method, lr: number, repeats: number): string =>
    `**Selected learning rate: \`${displayLr(lr)}\`** (median of the ${METHOD_LABELS[method]} picks of ${repeats} searches with different seeds).`,

  /** Markdown: first cell of a pick's row over repeated searches. */
  spreadRowLabel: (method: Method, repeats: number): string => `${METHOD_LABELS[method]} over ${repeats} seeds`,

  /** Markdown: a pick's median and spread over repeated searches (lrs in code spans). */
  spreadRowValue: (median: number, lo: number, hi: number, spreadDecades: number, count: number, repeats: number): string =>
    `median \`${displayLr(median)}\`, spread ${formatDecades(spreadDecades)} decades (\`${displayLr(lo)}\` – \`${displayLr(hi)}\`)` +
    (count < repeats ? `; ${count} of ${repeats} seeds had a window` : ''),

  /** Markdown: a pick no repeated search found. */
  spreadRowNone: (): string => 'no window in any seed',

  /** Markdown: the selected cell's note when it is the median. */
  selectedMedianNote: (repeats: number): string => `median over ${repeats} seeds`,

  /** Markdown: drift verdict cell. */
  verdict: (verdict: 'pass' | 'fail' | 'updated', drift: number, tolerance: number): string => {
    switch (verdict) {
      case 'pass':
        return `✅ pass: within ${formatDecades(tolerance)} decades`;
      case 'fail':
        return `❌ fail: ${formatDecades(drift)} decades from the committed value, more than the ${formatDecades(tolerance)} allowed`;
      case 'updated':
        return '📝 updated: the committed value was replaced by the new selection';
    }
  },

  /** Markdown: caption under the Mermaid chart, saying what it plots. */
  mermaidCaption: (stepDecades: number, from: string, to: string, clippedAt: number | null): string =>
    `_Fitted loss curve from ${from} to ${to}, read every ${formatDecades(stepDecades)} decades of learning rate` +
    (clippedAt === null ? '' : `; loss axis cut at ${formatLoss(clippedAt)}`) +
    '. The PNG charts show every trial._',

  /** Markdown: caption when there is no fit and the chart shows trials directly. */
  mermaidSamplesCaption: (): string =>
    '_No fitted curve: the chart shows the finite trials in order of learning rate, one category each._',

  /** Markdown: what the Mermaid chart's marks are (the chart has no legend of its own). */
  mermaidLegend: (window: { minLr: number; maxLr: number } | null, selected: { lr: number; label: string } | null): string =>
    [
      window === null ? '' : `The grey bracket above the curve spans the viable window (${displayLr(window.minLr)} to ${displayLr(window.maxLr)}).`,
      selected === null ? '' : `★ on the lr axis: the selected ${selected.label}, ${displayLr(selected.lr)}.`,
    ]
      .filter((t) => t !== '')
      .map((t) => `_${t}_`)
      .join(' '),

  /** Markdown: in place of the chart when no trial has a finite loss. */
  mermaidNothing: (): string => '_No trial produced a finite loss, so there is no curve to chart._',

  /** Markdown: summary line of the collapsed trial table. */
  trialsSummary: (count: number): string => `All ${count} trials (lr, validation loss, round, diverged)`,

  /** Markdown: note under a cut trial table. */
  trialsTruncated: (shown: number, total: number): string =>
    `_Showing ${shown} of ${total} trials to stay under GitHub's comment size limit; every trial is in results.json._`,

  /** Markdown: the artifact link line. */
  artifactLink: (url: string): string => `Charts (curve and curvature, PNG and SVG) and results.json: [download the artifact](${url}).`,
};

/** A value as a message shows it: JSON, or `nothing` for a missing field. */
function describeValue(value: unknown): string {
  return value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
}

/** Collapses newlines so a message stays one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
