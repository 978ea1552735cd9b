import { describe, expect, it } from 'vitest';
import { displayLr, exactLr, parseDecimal } from '../src/numbers.js';

describe('displayLr', () => {
  it('displayLr(lr) shows three significant digits in exponent form and 0 as 0', () => {
    // 10^-1.158 = 0.06950... -> 6.95e-2, the example of the results schema.
    expect(displayLr(10 ** -1.158)).toBe('6.95e-2');
    expect(displayLr(10 ** -4.5)).toBe('3.16e-5');
    expect(displayLr(1e-3)).toBe('1.00e-3');
    expect(displayLr(10)).toBe('1.00e+1');
    expect(displayLr(0)).toBe('0');
  });

  it('displayLr(lr) shows a dash for null and non-finite values', () => {
    for (const lr of [null, Number.NaN, Number.POSITIVE_INFINITY]) expect(displayLr(lr)).toBe('—');
  });
});

describe('exactLr', () => {
  it('exactLr(lr) writes learning rates that parse back to the identical double', () => {
    // Grid points like 10^-6.5 have long expansions; all must survive text and back.
    const lrs = [1e-7, 10 ** -6.5, 3.1622776601683794e-7, 0.001, 0.1 + 0.2, 1 / 3, 2.5e-4, 10, 10 ** 0.5, 1e21, 5e-324, 0];
    for (const lr of lrs) expect(Number(exactLr(lr))).toBe(lr);
    expect(exactLr(0.001)).toBe('0.001');
    expect(exactLr(1e-7)).toBe('1e-7');
  });

  it('exactLr(lr) refuses negative and non-finite learning rates', () => {
    for (const lr of [-1e-3, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => exactLr(lr)).toThrow(RangeError);
  });
});

describe('parseDecimal', () => {
  it('parseDecimal(text) reads plain decimals, blanks ignored', () => {
    expect(parseDecimal('1e-3')).toBe(1e-3);
    expect(parseDecimal(' 0.5 ')).toBe(0.5);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('+2')).toBe(2);
    expect(parseDecimal('3E2')).toBe(300);
  });

  it('parseDecimal(text) refuses empty text, hex, Infinity, NaN and overflow', () => {
    for (const text of ['', ' ', '0x10', 'Infinity', 'NaN', '1e400', '1,5', '1e', 'e3']) expect(parseDecimal(text)).toBeNull();
  });

  it('parseDecimal(text) takes a minus sign only when signed', () => {
    expect(parseDecimal('-1')).toBeNull();
    expect(parseDecimal('-1', { signed: true })).toBe(-1);
    expect(parseDecimal('-0.5e-3', { signed: true })).toBe(-0.5e-3);
  });

  it('parseDecimal(text, {integer}) takes whole numbers up to 2^53 only', () => {
    expect(parseDecimal('20', { integer: true })).toBe(20);
    expect(parseDecimal('+7', { integer: true })).toBe(7);
    for (const text of ['2.5', '1e3', '9007199254740993']) expect(parseDecimal(text, { integer: true })).toBeNull();
    expect(parseDecimal('-3', { integer: true, signed: true })).toBe(-3);
  });
});
