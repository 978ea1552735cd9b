/**
 * User-facing messages of the search, in one place. Settings are named as users type them on the
 * command line (`start-lr`, `max-trials`, ...); the action's inputs use the same names.
 */

/** A setting's value is not allowed. */
export function invalidSetting(name: string, value: unknown, allowed: string): string {
  return `invalid ${name}: ${formatValue(value)} (allowed: ${allowed})`;
}

/** max-trials cannot hold the coarse grid plus lr = 0. */
export function maxTrialsTooSmall(value: number, needed: number): string {
  return `invalid max-trials: ${value} (allowed: an integer >= ${needed}, the coarse grid from start-lr to end-lr at coarse-step plus the lr = 0 trial)`;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value) ?? String(value);
}
