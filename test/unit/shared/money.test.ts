import { describe, expect, it } from 'vitest';
import { roundCents, toCents } from '../../../shared/money';

describe('rounding converted figures to cents', () => {
  it('rounds an exact half cent away from zero on both sides of zero', () => {
    expect(roundCents(0.005)).toBe(0.01);
    expect(roundCents(-0.005)).toBe(-0.01);
    expect(roundCents(2.675)).toBe(2.68);
    expect(roundCents(-2.675)).toBe(-2.68);
  });

  it('treats a large sum that floating point left a few ulps below a half cent as the tie it is', () => {
    // 76,364,384,004.5 cents converted at 1: the float sum lands just beside the tie.
    const nearTie = -763643840.045;
    expect(roundCents(nearTie)).toBe(-763643840.05);
    expect(roundCents(-nearTie)).toBe(763643840.05);
    expect(roundCents(2751960.4949999996)).toBe(2751960.5);
  });

  it('leaves fractions that are really below or above a half cent alone', () => {
    expect(roundCents(10.0049)).toBe(10);
    expect(roundCents(-10.0051)).toBe(-10.01);
    expect(roundCents(1234567.4349)).toBe(1234567.43);
  });

  it('never answers negative zero', () => {
    expect(Object.is(roundCents(-0.001), 0)).toBe(true);
  });

  it('stores amounts as integer cents, with the binary representation error of inputs like 1.005 absorbed', () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(-1.005)).toBe(-101);
    expect(toCents(12.5)).toBe(1250);
  });
});
