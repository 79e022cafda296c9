import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { retryDelayMs, selects, signDelivery } from './delivery-rules.js';

describe('webhook signing', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256', () => {
    const expected = createHmac('sha256', 'whsec_test').update('1700000000.{"a":1}').digest('hex');
    expect(signDelivery('whsec_test', 1_700_000_000, '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it('doubles the retry delay up to the maximum, with bounded jitter', () => {
    const none = () => 0.5;
    expect([1, 2, 3, 4, 10].map((n) => retryDelayMs(n, 1000, 5000, none))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(retryDelayMs(1, 1000, 5000, () => 0)).toBe(800);
    expect(retryDelayMs(1, 1000, 5000, () => 1)).toBe(1200);
  });

  it('matches exact types, family wildcards and *', () => {
    expect(selects(['article.published'], 'article.published')).toBe(true);
    expect(selects(['article.published'], 'article.archived')).toBe(false);
    expect(selects(['draft.*'], 'draft.approved')).toBe(true);
    expect(selects(['draft.*'], 'article.published')).toBe(false);
    expect(selects(['*'], 'draft.rejected')).toBe(true);
  });
});
