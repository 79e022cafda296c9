import { badInput } from '../../common/errors.js';
import type { Article } from './article.entity.js';

const DAY_MS = 86_400_000;

export type FreshnessFields = Pick<Article, 'ownerKeyId' | 'ownerName' | 'reviewIntervalDays' | 'reviewBy'>;

/** What a create or a PATCH may say about freshness; null removes a value, undefined leaves it. */
export type FreshnessInput = { [K in keyof FreshnessFields]?: FreshnessFields[K] };

/** When a verification made at `verifiedAt` (or an interval set then) next falls due. */
export const reviewDateAfter = (from: Date, intervalDays: number): Date =>
  new Date(from.getTime() + intervalDays * DAY_MS);

/** Past its review date: the content must be checked again. */
export const isReviewDue = (reviewBy: Date | null, now = new Date()): boolean =>
  reviewBy !== null && reviewBy.getTime() <= now.getTime();

/**
 * The freshness columns after a change. Naming one kind of owner drops the other; a new interval moves the review
 * date to that many days after the last verification (or `now`), unless the change names the review date itself.
 */
export function applyFreshness(
  current: FreshnessFields & Pick<Article, 'verifiedAt'>,
  input: FreshnessInput,
  now: Date,
): Partial<FreshnessFields> {
  if (input.ownerKeyId && input.ownerName) {
    throw badInput('An article has one owner: give ownerKeyId or ownerName, not both', [
      { field: 'ownerName', message: 'conflicts with ownerKeyId' },
    ]);
  }
  const changes: Partial<FreshnessFields> = {};
  if (input.ownerKeyId !== undefined) changes.ownerKeyId = input.ownerKeyId;
  if (input.ownerName !== undefined) changes.ownerName = input.ownerName;
  if (input.ownerKeyId) changes.ownerName = null;
  if (input.ownerName) changes.ownerKeyId = null;
  if (input.reviewIntervalDays !== undefined) changes.reviewIntervalDays = input.reviewIntervalDays;
  if (input.reviewBy !== undefined) {
    changes.reviewBy = input.reviewBy;
  } else if (input.reviewIntervalDays && input.reviewIntervalDays !== current.reviewIntervalDays) {
    changes.reviewBy = reviewDateAfter(current.verifiedAt ?? now, input.reviewIntervalDays);
  }
  return changes;
}

/** A verification as served: who confirmed the content, and when. */
export interface Verification {
  at: Date;
  by: string;
}

/**
 * The verification that covers a served revision: one made after the revision was published. Content published
 * since the last verification has not been verified yet.
 */
export function verificationOf(
  verifiedAt: Date | null,
  verifiedBy: string | null,
  publishedAt: Date | null,
): Verification | null {
  if (!verifiedAt || !verifiedBy) return null;
  if (publishedAt && verifiedAt.getTime() < publishedAt.getTime()) return null;
  return { at: verifiedAt, by: verifiedBy };
}
