import { METHODS, type Method } from '../../analysis/types.js';
import { METHOD_NAMES } from '../../names.js';
import { BASELINE_LABELS } from '../baselines/suggest.js';
import type { PickMethod } from './types.js';

/** How reports name each method. */
export function methodLabel(method: PickMethod): string {
  if (isOurMethod(method)) {
    const names = METHOD_NAMES[method as Method];
    return names.paperNumber === null ? names.label : `${names.label} (method ${names.paperNumber})`;
  }
  return BASELINE_LABELS[method as Exclude<PickMethod, Method>];
}

/** True for lr-sweep's own methods (as opposed to the baselines). */
export function isOurMethod(method: PickMethod): boolean {
  return (METHODS as readonly string[]).includes(method);
}
