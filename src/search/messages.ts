/**
 * User-facing messages of the search, in one place. Settings are named as the calling edge spells them
 * (`--start-lr` on the command line, `start-lr` as an action input; see `ResolveSettingsOptions.nameOf`),
 * and every bad value has one shape: `NAME "VALUE" is invalid: expected ALLOWED`.
 */

/** A setting's (or an input's) value is not allowed: the one template for both edges. */
export function invalidSetting(name: string, value: unknown, allowed: string): string {
  return `${name} "${formatValue(value)}" is invalid: expected ${allowed}`;
}

/** What each setting allows, with other settings named as the edge spells them. */
export const allowedSetting = {
  positiveLr: 'a number > 0',
  above: (other: string, value: number): string => `a number > ${other} (${value})`,
  coarseStep: 'decades, > 0 and <= 2',
  threshold: 'decades, > 0',
  integerFrom: (min: number): string => `an integer >= ${min}`,
  integerBetween: (min: number, max: number): string => `an integer from ${min} to ${max}`,
  oneOf: (values: readonly string[]): string => `one of ${values.join(', ')}`,
  boolean: 'true or false',
} as const;

/** Names of the settings max-trials depends on, as the edge spells them. */
export interface GridNames {
  readonly startLr: string;
  readonly endLr: string;
  readonly coarseStep: string;
}

/** max-trials cannot hold the coarse grid plus lr = 0. */
export function maxTrialsTooSmall(name: string, value: number, needed: number, grid: GridNames): string {
  return invalidSetting(name, value, `an integer >= ${needed}, the coarse grid from ${grid.startLr} to ${grid.endLr} at ${grid.coarseStep} plus the lr = 0 trial`);
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value) ?? String(value);
}
