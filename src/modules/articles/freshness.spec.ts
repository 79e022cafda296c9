import { describe, expect, it } from 'vitest';
import { applyFreshness, isReviewDue, verificationOf } from './freshness.js';

const DAY_MS = 86_400_000;
const now = new Date('2026-03-03T10:00:00Z');
const none = { ownerKeyId: null, ownerName: null, reviewIntervalDays: null, reviewBy: null, verifiedAt: null };

describe('applyFreshness', () => {
  it('sets the review date one interval after the last verification, or after now if never verified', () => {
    expect(applyFreshness(none, { reviewIntervalDays: 30 }, now).reviewBy).toEqual(
      new Date(now.getTime() + 30 * DAY_MS),
    );
    const verifiedAt = new Date('2026-01-01T00:00:00Z');
    expect(applyFreshness({ ...none, verifiedAt }, { reviewIntervalDays: 10 }, now).reviewBy).toEqual(
      new Date('2026-01-11T00:00:00Z'),
    );
  });

  it('keeps a review date given with the interval, and leaves it alone when the interval does not change', () => {
    const reviewBy = new Date('2026-06-01T00:00:00Z');
    expect(applyFreshness(none, { reviewIntervalDays: 30, reviewBy }, now).reviewBy).toEqual(reviewBy);
    expect(applyFreshness({ ...none, reviewIntervalDays: 30, reviewBy }, { reviewIntervalDays: 30 }, now)).toEqual({
      reviewIntervalDays: 30,
    });
  });

  it('replaces one kind of owner by the other and refuses both at once', () => {
    expect(applyFreshness({ ...none, ownerName: 'Dana' }, { ownerKeyId: 'k1' }, now)).toEqual({
      ownerKeyId: 'k1',
      ownerName: null,
    });
    expect(applyFreshness({ ...none, ownerKeyId: 'k1' }, { ownerName: 'Dana' }, now)).toEqual({
      ownerKeyId: null,
      ownerName: 'Dana',
    });
    expect(applyFreshness({ ...none, ownerName: 'Dana' }, { ownerName: null }, now)).toEqual({ ownerName: null });
    expect(() => applyFreshness(none, { ownerKeyId: 'k1', ownerName: 'Dana' }, now)).toThrow(/one owner/);
  });
});

describe('verification as served', () => {
  const published = new Date('2026-03-01T00:00:00Z');
  it('covers a revision published before it, not one published after', () => {
    expect(verificationOf(new Date('2026-03-02T00:00:00Z'), 'Dana', published)).toEqual({
      at: new Date('2026-03-02T00:00:00Z'),
      by: 'Dana',
    });
    expect(verificationOf(new Date('2026-02-28T00:00:00Z'), 'Dana', published)).toBeNull();
    expect(verificationOf(null, null, published)).toBeNull();
  });

  it('is due once the review date has passed', () => {
    expect(isReviewDue(new Date(now.getTime() - 1), now)).toBe(true);
    expect(isReviewDue(now, now)).toBe(true);
    expect(isReviewDue(new Date(now.getTime() + 1), now)).toBe(false);
    expect(isReviewDue(null, now)).toBe(false);
  });
});
