import type { AccuracyBand, ConvergenceOutcome, ValidationSettings } from './types.js';
/** User-facing sentences of `lr-sweep validate`, in one place so tests compare with them. */
/** How every lr was trained, for validation.md. */
export declare function trainingLine(epochs: number, patience: number, seed: number): string;
/** How an lr's training ended, e.g. `7 (best 4, stopped early)`. */
export declare function epochsCell(outcome: ConvergenceOutcome): string;
/** Chart title: what the accuracies are. */
export declare function chartTitle(settings: ValidationSettings, model: string): string;
/** Chart y axis: which accuracy is plotted. */
export declare function accuracyAxisTitle(settings: ValidationSettings): string;
/** The best grid accuracy and the band within 1 point of it. */
export declare function bandLine(band: AccuracyBand): string;
/** No grid point produced an accuracy. */
export declare const noGridAccuracy = "No grid point produced an accuracy (every run diverged or the model has no accuracy to compute).";
/** --lrs is not a list of positive learning rates. */
export declare function badLrList(value: string): string;
/** The grid from --start-lr to --end-lr has fewer than two points. */
export declare function gridTooSmall(start: number, end: number, step: number): string;
/** A dataset training split needs --steps-per-epoch. */
export declare function needsStepsPerEpoch(file: string): string;
/** The model reports no accuracy metric. */
export declare function noAccuracyMetric(file: string, names: readonly string[]): string;
/** One line on stderr per trained lr. */
export declare function trainedLine(i: number, n: number, lr: number, outcome: ConvergenceOutcome): string;
