import { describe, expect, it } from 'vitest';
import { displayDuration, displayLoss } from '../../src/cli/format.js';

describe('format', () => {
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
