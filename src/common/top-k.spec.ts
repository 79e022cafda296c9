import { describe, expect, it } from 'vitest';
import { offerTop } from './top-k.js';

describe('offerTop', () => {
  it('keeps the best items in order and says where each offer landed', () => {
    const top: number[] = [];
    const better = (a: number, b: number) => a > b;
    expect([5, 1, 9, 3, 7].map((x) => offerTop(top, x, 3, better))).toEqual([0, 1, 0, 2, 1]);
    expect(top).toEqual([9, 7, 5]);
    expect(offerTop(top, 5, 3, better)).toBe(-1);
  });
});
