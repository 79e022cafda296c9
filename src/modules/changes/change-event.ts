import type { Audience } from '../../common/domain.js';
import { encodeCursor } from '../../common/paging.js';
import type { ContentEvent, ContentEventType } from '../outbox/content-event.entity.js';

/**
 * The public vocabulary of the change feed and webhooks: which outbox events leave the service and under which
 * name, so internal event types can change without breaking subscribers. Editorial steps that change nothing
 * served (revision created or scheduled, article created unpublished) stay internal.
 */
const PUBLIC_TYPE: Partial<Record<ContentEventType, string>> = {
  'article.published': 'article.published',
  'article.unpublished': 'article.unpublished',
  'article.archived': 'article.archived',
  'article.expired': 'article.expired',
  'article.updated': 'article.updated',
  'article.verified': 'article.verified',
  'article.review_due': 'article.review_due',
  'draft.submitted': 'draft.submitted',
  'draft.amended': 'draft.amended',
  'draft.approved': 'draft.approved',
  'draft.changes_requested': 'draft.changes_requested',
  'draft.rejected': 'draft.rejected',
  'draft.withdrawn': 'draft.withdrawn',
};

export const PUBLIC_EVENT_TYPES = Object.values(PUBLIC_TYPE);

/** What served content did: enough for a cache or an NLU trainer to refetch; no editorial data. */
export const SERVING_EVENT_TYPES = PUBLIC_EVENT_TYPES.filter((type) => type.startsWith('article.'));

export const internalTypesOf = (publicTypes: readonly string[]): ContentEventType[] =>
  (Object.keys(PUBLIC_TYPE) as ContentEventType[]).filter((type) => publicTypes.includes(PUBLIC_TYPE[type]!));

export interface ChangeEvent {
  /** Resume after this event: `GET /v1/changes?after=<cursor>`. */
  cursor: string;
  type: string;
  occurredAt: Date;
  articleId: string | null;
  locale: string | null;
  revision: number | null;
  /** Editorial detail: who, which draft, and the event's data. Only in the editors' view and in webhooks. */
  draftId?: string | null;
  actor?: string | null;
  data?: Record<string, unknown>;
}

export const cursorOf = (eventId: string): string => encodeCursor({ after: eventId });

/** The public form of an outbox event, or null for an internal one. */
export function toChangeEvent(event: ContentEvent, editorial: boolean): ChangeEvent | null {
  const type = PUBLIC_TYPE[event.type];
  if (!type) return null;
  const change: ChangeEvent = {
    cursor: cursorOf(event.id),
    type,
    occurredAt: event.createdAt,
    articleId: event.articleId,
    locale: event.locale,
    revision: event.revision,
  };
  return editorial ? { ...change, draftId: event.draftId, actor: event.actor, data: event.data } : change;
}

/** What the change feed knows of an event's article when the reader may read public content only. */
export interface PublicContext {
  /** The article's audience now (null: no such article). */
  audience: Audience | null;
  /** An `article.published` event of the article precedes this one: the article has been served. */
  servedBefore: boolean;
}

/**
 * The serving view of an event for a reader of public content only (public and bot keys), or null when the event
 * is not theirs to see. They follow articles that are public now. An article made internal appears as
 * `article.unpublished` (locale null: every locale), the signal to drop it, provided it had been published; an
 * article made public again appears as `article.updated`, the signal to fetch it. Metadata changes of an article
 * never published tell them nothing.
 */
export function toPublicChangeEvent(event: ContentEvent, context: PublicContext): ChangeEvent | null {
  const change = toChangeEvent(event, false);
  if (!change) return null;
  const audienceMove =
    event.type === 'article.updated' ? (event.data as { audience?: { to?: Audience } }).audience : undefined;
  if (audienceMove?.to === 'internal')
    return context.servedBefore ? { ...change, type: 'article.unpublished', locale: null, revision: null } : null;
  if (context.audience !== 'public') return null;
  if (event.type === 'article.updated' && !context.servedBefore) return null;
  return change;
}
