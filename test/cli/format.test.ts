import { describe, expect, it } from 'vitest';
import { displayDuration, displayLoss, displayLr } from '../../src/cli/format.js';

describe('format', () => {
  it('displayLr(lr) shows three significant digits in exponent form and 0 as 0', () => {
    expect(displayLr(10 ** -4.5)).toBe('3.16e-5');
    expect(displayLr(1e-3)).toBe('1.00e-3');
    expect(displayLr(10)).toBe('1.00e+1');
    expect(displayLr(0)).toBe('0');
  });

  it('displayLoss(loss) shows four significant digits and "diverged" for non-finite or flagged losses', () => {
    expect(displayLoss(Math.log(10))).toBe('2.303');
    expect(displayLoss(0.638889)).toBe('0.6389');
    expect(displayLoss(Number.NaN)).toBe('diverged');
    expect(displayLoss(null)).toBe('diverged');
    expect(displayLoss(3.2, true)).toBe('diverged');
  });

  it('displayDuration(ms) shows m:ss, and h:mm:ss from an hour on', () => {
    expect(displayDuration(0)).toBe('0:00');
    expect(displayDuration(7_400)).toBe('0:07');
    expect(displayDuration(750_000)).toBe('12:30');
    expect(displayDuration(3_723_000)).toBe('1:02:03');
    expect(displayDuration(-5)).toBe('0:00');
  });
});
