/**
 * Every user-facing sentence of the report area, in one place; tests compare against these
 * functions rather than copied strings.
 */
import type { Method } from '../analysis/types.js';
import { formatDecades, formatLoss, formatLr } from './format.js';

/** Names of the paper's methods as shown to readers. */
export const METHOD_LABELS: Readonly<Record<Method, string>> = {
  midpoint: 'midpoint',
  halfLoss: 'halfLoss',
  steepest: 'steepest',
};

export const messages = {
  /** One line when PNG output is skipped because node-canvas is unavailable. */
  pngSkipped: (why: string): string =>
    `PNG skipped: node-canvas could not load (${oneLine(why)}); wrote SVG and Markdown only. ` +
    'Install the system libraries from scripts/setup.sh and run `npm rebuild canvas` to get PNGs.',

  /** One line when results.json cannot be used. */
  badResultFile: (path: string, problem: string): string => `${path}: ${oneLine(problem)}`,

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
    `Viable window ${formatLr(minLr)} – ${formatLr(maxLr)} (shaded); selected ${METHOD_LABELS[method]} = ${formatLr(selected)}`,

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
    `**Selected learning rate: \`${formatLr(lr)}\`** (${METHOD_LABELS[method]} of the viable window).`,

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

/** Collapses newlines so a message stays one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
