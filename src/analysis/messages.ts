/**
 * Every user-facing sentence the analysis produces, in one place so tests compare against these
 * functions rather than copied strings. Learning rates are printed with `displayLr`.
 */
import { displayLr } from '../numbers.js';
import { SETTING_NAMES } from '../names.js';
import type { NoWindow, NoWindowCode, NoWindowFacts, RemedySetting } from './types.js';

/** How an edge names a setting in a remedy: `--end-lr` on the command line, `end-lr` as an action input. */
export type SettingNamer = (key: RemedySetting) => string;

/** The neutral names (the settings' own names, as results.json and the library say them). */
export const neutralName: SettingNamer = (key) => SETTING_NAMES[key];

/** Formats a loss with 4 significant digits. */
function formatLoss(loss: number): string {
  return Number(loss.toPrecision(4)).toString();
}

/** A sample's lr is negative or not a finite number. */
export function invalidSampleLr(lr: number, index: number): string {
  return `sample ${index + 1} has lr ${String(lr)}: learning rates must be finite numbers >= 0 (lr = 0 gives L(0))`;
}

/** The lossAtZero option is not a finite number. */
export function invalidLossAtZero(value: number): string {
  return `lossAtZero ${String(value)} is not allowed: it must be a finite number (the untrained model's validation loss)`;
}

/** Fewer than four distinct learning rates gave a finite loss. */
function tooFewSamples(finite: number, smallestDiverged: number | null, name: SettingNamer = neutralName): string {
  const where =
    smallestDiverged !== null
      ? `training diverged from lr ${displayLr(smallestDiverged)}: lower ${name('startLr')} or ${name('endLr')} so more trials stay finite`
      : `widen the range (${name('startLr')}, ${name('endLr')}) or lower ${name('coarseStep')}`;
  return `only ${finite} distinct learning rate${finite === 1 ? '' : 's'} gave a finite loss (4 are needed): ${where}`;
}

/** Every trial with lr > 0 diverged. */
function allDiverged(smallestLr: number, name: SettingNamer = neutralName): string {
  return `every trial diverged, even at the smallest lr tried (${displayLr(smallestLr)}): lower ${name('startLr')} or check the training command`;
}

/** No finite loss at lr = 0 and no lossAtZero given: `ran` tells an lr = 0 trial that diverged from none at all. */
export function noLossAtZero(ran: boolean): string {
  return ran
    ? 'the lr = 0 trial gave no finite loss, so L(0) is unknown: the untrained model\'s loss must be finite (check the loss the training command reports at lr 0) or pass lossAtZero'
    : 'there is no finite loss at lr = 0, so L(0) is unknown: add an lr = 0 trial (a row with lr 0) or pass lossAtZero';
}

/** The fitted loss never falls meaningfully below L(0). */
function noDescent(lossAtZero: number, lowest: number, margin: number, name: SettingNamer = neutralName): string {
  return `the loss never falls meaningfully below L(0) = ${formatLoss(lossAtZero)} (lowest fitted ${formatLoss(lowest)}, needed below ${formatLoss(lossAtZero - margin)}): raise ${name('steps')} or ${name('endLr')}, or check that the training command learns`;
}

/** The fitted minimum is at the smallest lr tried. */
function minAtStart(startLr: number, name: SettingNamer = neutralName): string {
  return `the loss is lowest at the smallest lr tried (${displayLr(startLr)}): lower ${name('startLr')}`;
}

/** The fitted minimum is at the largest lr tried and nothing diverged above it. */
function stillFalling(endLr: number, name: SettingNamer = neutralName): string {
  return `the loss is still falling at the largest lr tried (${displayLr(endLr)}): raise ${name('endLr')}`;
}

/** The loss is already more than half way down at the smallest lr tried. */
function descentBeforeStart(startLr: number, name: SettingNamer = neutralName): string {
  return `the loss is already falling at the smallest lr tried (${displayLr(startLr)}), so the knee is out of range: lower ${name('startLr')}`;
}

/** The curvature has no negative minimum (no knee) left of the half-loss point. */
function noKnee(halfLossLr: number, name: SettingNamer = neutralName): string {
  return `the curve has no knee (no bend into the descent) left of the half-loss lr ${displayLr(halfLossLr)}: lower ${name('startLr')} or lower ${name('coarseStep')} for a finer grid`;
}

/** Words a missing window's facts with an edge's setting names (the neutral names by default). */
export function wordNoWindow(facts: NoWindowFacts, name: SettingNamer = neutralName): string {
  switch (facts.kind) {
    case 'too-few-samples':
      return tooFewSamples(facts.finite, facts.smallestDiverged, name);
    case 'all-diverged':
      return allDiverged(facts.smallestLr, name);
    case 'no-loss-at-zero':
      return noLossAtZero(facts.ran);
    case 'no-descent':
      return noDescent(facts.lossAtZero, facts.lowest, facts.margin, name);
    case 'min-at-start':
      return minAtStart(facts.startLr, name);
    case 'still-falling':
      return stillFalling(facts.endLr, name);
    case 'descent-before-start':
      return descentBeforeStart(facts.startLr, name);
    case 'no-knee':
      return noKnee(facts.halfLossLr, name);
  }
}

const CODES: Readonly<Record<NoWindowFacts['kind'], NoWindowCode>> = {
  'too-few-samples': 'too-few-samples',
  'all-diverged': 'all-diverged',
  'no-loss-at-zero': 'no-loss-at-zero',
  'no-descent': 'no-descent',
  'min-at-start': 'min-at-start',
  'still-falling': 'still-falling',
  'descent-before-start': 'no-knee',
  'no-knee': 'no-knee',
};

/** A missing window from its facts: the code, the facts, and the sentence with the neutral names. */
export function noWindowFrom(facts: NoWindowFacts): NoWindow {
  return { code: CODES[facts.kind], facts, message: wordNoWindow(facts) };
}
