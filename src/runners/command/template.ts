/** Filling a command template with a trial's learning rate, steps and seed. Pure. */
import { exactLr } from '../../numbers.js';

/** The values one trial is run with, already as the text the command sees. */
export interface TrialValues {
  /** The learning rate, written so `Number(lr)` (and Python's `float(lr)`) gives back the exact double. */
  readonly lr: string;
  readonly steps: string;
  readonly seed: string;
}

/** Characters a formatted number can contain; nothing a shell treats specially. */
const SHELL_SAFE_NUMBER = /^[0-9eE.+-]+$/;

/** The text values of a trial, as requested (the search asks for `steps` = 0 at lr = 0). */
export function trialValues(lr: number, steps: number, seed: number): TrialValues {
  if (!Number.isSafeInteger(steps) || steps < 0) throw new RangeError(`trialValues: steps must be a whole number >= 0, got ${steps}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`trialValues: seed must be a whole number, got ${seed}`);
  return { lr: exactLr(lr), steps: String(steps), seed: String(seed) };
}

/**
 * Replaces every `{lr}`, `{steps}` and `{seed}` in `template`. Other braces are left alone.
 * Safe to hand to a shell: the values are numbers whose text holds only digits, '.', 'e', '+' and '-'
 * (checked here), so no quoting can be broken and nothing can be injected.
 */
export function expandTemplate(template: string, values: TrialValues): string {
  for (const value of [values.lr, values.steps, values.seed]) {
    if (!SHELL_SAFE_NUMBER.test(value)) throw new RangeError(`expandTemplate: "${value}" is not a plain number`);
  }
  return template.replaceAll('{lr}', values.lr).replaceAll('{steps}', values.steps).replaceAll('{seed}', values.seed);
}

/** Names of the environment variables every trial also receives. */
export const TRIAL_ENV = { lr: 'LR_SWEEP_LR', steps: 'LR_SWEEP_STEPS', seed: 'LR_SWEEP_SEED' } as const;

/** Name of the variable holding a trial's (or a worker's) slot: 0-based, unique among those running at once. */
export const SLOT_ENV = 'LR_SWEEP_SLOT';

/** `base` plus LR_SWEEP_LR, LR_SWEEP_STEPS and LR_SWEEP_SEED. */
export function trialEnv(base: Readonly<Record<string, string | undefined>>, values: TrialValues): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  env[TRIAL_ENV.lr] = values.lr;
  env[TRIAL_ENV.steps] = values.steps;
  env[TRIAL_ENV.seed] = values.seed;
  return env;
}
