import type { ModelCache } from './collect.js';

/** Placeholder until scoring lands. */
export function report(caches: readonly ModelCache[], seeds: readonly number[]): string {
  return caches.map((c) => `${c.model}: ${c.seeds.filter((s) => seeds.includes(s.seed)).length} seeds`).join('\n');
}
