import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Audience, Channel } from '../../common/domain.js';
import type { ChannelVariants, RevisionContent } from '../articles/revision.entity.js';

export const DRAFT_STATUSES = ['submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
/** Statuses in which the draft can still be amended, rebased or decided on. */
export const OPEN_STATUSES: DraftStatus[] = ['submitted', 'changes_requested'];

/** Where the proposal came from, so the editor can look at the customer's actual question. */
export interface DraftSource {
  ticketId?: string;
  conversationId?: string;
  channel?: Channel;
}

/** The metadata of an article a draft proposes to create. */
export interface ProposedArticle {
  audience: Audience;
  slug?: string;
  categoryId?: string;
  tags?: string[];
  intents?: string[];
}

/**
 * A proposal from an agent: a change to one locale of an article, based on the revision the agent saw, or a new
 * article. It becomes a revision only when an editor approves it.
 */
@Entity('drafts')
export class Draft implements RevisionContent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  status: DraftStatus;

  /** The article changed; for a new article, the article created on approval. */
  @Column('uuid', { name: 'article_id', nullable: true })
  articleId: string | null;

  @Column('text')
  locale: string;

  /** The revision the proposal was written against (0 for a new locale); null for a new article. */
  @Column('int', { name: 'base_revision', nullable: true })
  baseRevision: number | null;

  /** Bumped on every amendment and rebase: the base an amendment must name. */
  @Column('int')
  version: number;

  @Column('text') title: string;
  @Column('text') body: string;
  @Column('text') summary: string;
  @Column('jsonb', { name: 'alternative_questions' }) alternativeQuestions: string[];
  @Column('jsonb') variants: ChannelVariants;
  @Column('text', { name: 'internal_notes' }) internalNotes: string;

  /** The author's explanation; becomes the revision's change note. */
  @Column('text')
  note: string;

  @Column('jsonb')
  source: DraftSource;

  @Column('jsonb', { name: 'proposed_article', nullable: true })
  proposedArticle: ProposedArticle | null;

  /** The proposed category of a new article (a change files under its article's category). */
  @Column('uuid', { name: 'category_id', nullable: true })
  categoryId: string | null;

  @Column('text')
  author: string;

  @Column('uuid', { name: 'author_key_id', nullable: true })
  authorKeyId: string | null;

  /** The revision created on approval. */
  @Column('int', { nullable: true })
  revision: number | null;

  /** When approved with a scheduled publication. */
  @Column('timestamptz', { name: 'publish_at', nullable: true })
  publishAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  /**
   * The summary of its last replay against the logged questions (see the replay module), if any: read for the
   * draft's detail only (up to 200 changes each, too heavy for lists).
   */
  @Column('jsonb', { name: 'last_replay', nullable: true, select: false })
  lastReplay: Record<string, unknown> | null;
}

export const DRAFT_ACTIONS = [
  'submitted',
  'amended',
  'rebased',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type DraftAction = (typeof DRAFT_ACTIONS)[number];

/** One step in a draft's life: who did what, when, and why. */
@Entity('draft_history')
export class DraftHistoryEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'draft_id' })
  draftId: string;

  @Column('text')
  action: DraftAction;

  @Column('text')
  actor: string;

  @Column('uuid', { name: 'actor_key_id', nullable: true })
  actorKeyId: string | null;

  @Column('text')
  comment: string;

  @Column('jsonb')
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
