/**
 * What a TensorFlow.js child process sends back per trial, on the worker contract (one JSON answer a line):
 * the outcome's fields, non-finite numbers as the texts `"NaN"`, `"Infinity"`, `"-Infinity"`, and a failed
 * trial as `"loss": null` with `"error": {"name", "message"}`, turned back into the same error class here.
 */
import { ConfigError, TrialError, UsageError } from '../../errors.js';
import { messages } from './messages.js';
import type { TfjsTrialOutcome } from './runner.js';

/** A number as JSON can carry it: finite as it is, NaN and ±Infinity as text. */
function wireNumber(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

function readNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value === 'NaN' || value === null) return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
  throw new TypeError(`not a number on the wire: ${JSON.stringify(value)}`);
}

/** The answer line (without newline) for request `id` that carries `outcome`. */
export function outcomeLine(id: number, outcome: TfjsTrialOutcome): string {
  const metrics = Object.fromEntries(Object.entries(outcome.metrics).map(([name, value]) => [name, wireNumber(value)]));
  return JSON.stringify({
    id,
    loss: wireNumber(outcome.loss),
    diverged: outcome.diverged,
    stepsRun: outcome.stepsRun,
    trainLoss: outcome.trainLoss === null ? null : wireNumber(outcome.trainLoss),
    metrics,
    timing: outcome.timing,
  });
}

/** The answer line (without newline) for request `id` whose trial threw `error`. */
export function errorLine(id: number, error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return JSON.stringify({ id, loss: null, error: { name, message } });
}

/**
 * The outcome an answer carries, or the error it reports thrown again: ConfigError, UsageError and TrialError
 * keep their class and message (so a failure reads the same as in-process); anything else becomes a TrialError.
 */
export function readOutcome(fields: Readonly<Record<string, unknown>>, lr: number): TfjsTrialOutcome {
  const error = fields.error as { name?: unknown; message?: unknown } | undefined;
  if (error !== undefined && error !== null) {
    const message = typeof error.message === 'string' ? error.message : JSON.stringify(error);
    if (error.name === 'ConfigError') throw new ConfigError(message);
    if (error.name === 'UsageError') throw new UsageError(message);
    if (error.name === 'TrialError') throw new TrialError(message, lr);
    throw new TrialError(messages.trialFailed(lr, message), lr);
  }
  const metrics: Record<string, number> = {};
  for (const [name, value] of Object.entries((fields.metrics ?? {}) as Record<string, unknown>)) metrics[name] = readNumber(value);
  const timing = fields.timing as TfjsTrialOutcome['timing'];
  return {
    loss: readNumber(fields.loss),
    diverged: fields.diverged === true,
    stepsRun: Number(fields.stepsRun),
    trainLoss: fields.trainLoss === null ? null : readNumber(fields.trainLoss),
    metrics,
    timing: { trainMs: Number(timing.trainMs), evalMs: Number(timing.evalMs), resetMs: Number(timing.resetMs) },
  };
}
