import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const CONTENT_EVENT_TYPES = [
  'article.created',
  'article.updated',
  'revision.created',
  'revision.scheduled',
  'article.published',
  'article.unpublished',
  'article.archived',
  'article.expired',
  'article.verified',
  'article.review_due',
  'draft.submitted',
  'draft.amended',
  'draft.approved',
  'draft.changes_requested',
  'draft.rejected',
  'draft.withdrawn',
] as const;
export type ContentEventType = (typeof CONTENT_EVENT_TYPES)[number];

/**
 * The outbox: one row per content change, written in the transaction of the change itself. Ids are assigned in
 * commit order (see OutboxService), so consumers (search indexing, webhooks, the change feed) can follow it with a
 * single cursor and never miss or double an event.
 */
@Entity('content_events')
export class ContentEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  type: ContentEventType;

  @Column('uuid', { name: 'article_id', nullable: true })
  articleId: string | null;

  @Column('text', { nullable: true })
  locale: string | null;

  @Column('int', { nullable: true })
  revision: number | null;

  @Column('uuid', { name: 'draft_id', nullable: true })
  draftId: string | null;

  @Column('text', { nullable: true })
  actor: string | null;

  @Column('jsonb')
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** How far each outbox consumer has got, and which instance currently holds it (a lease, not a lock). */
@Entity('outbox_consumers')
export class OutboxConsumer {
  @PrimaryColumn('text')
  name: string;

  @Column('bigint', { name: 'last_event_id' })
  lastEventId: string;

  @Column('text', { name: 'lease_owner', nullable: true })
  leaseOwner: string | null;

  @Column('timestamptz', { name: 'lease_until', nullable: true })
  leaseUntil: Date | null;

  @Column('int')
  failures: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;
}
