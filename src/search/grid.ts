/** Two lrs closer than this in log10 are the same lr (float noise from 10^x). */
export const SAME_LR_DECADES = 1e-9;

/**
 * The coarse grid: startLr · 10^(k · step) for k = 0, 1, ... up to endLr, with endLr itself always
 * included (appended when the last grid step does not land on it). Ascending. Pure.
 */
export function coarseGrid(startLr: number, endLr: number, step: number): number[] {
  const start = Math.log10(startLr);
  const end = Math.log10(endLr);
  const count = Math.floor((end - start) / step + 1e-9);
  const lrs: number[] = [];
  for (let k = 0; k <= count; k += 1) lrs.push(k === 0 ? startLr : 10 ** (start + k * step));
  const lastX = start + count * step;
  if (end - lastX > SAME_LR_DECADES) lrs.push(endLr);
  else lrs[lrs.length - 1] = endLr;
  return lrs;
}
