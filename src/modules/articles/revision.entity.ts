import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel } from '../../common/domain.js';

export type RevisionStatus = 'draft' | 'scheduled' | 'published' | 'superseded' | 'unpublished' | 'expired';

export type ChannelVariants = Partial<Record<Channel, string>>;

/** The content of one revision: everything that is hashed and compared by diffs. */
export interface RevisionContent {
  title: string;
  body: string;
  summary: string;
  alternativeQuestions: string[];
  variants: ChannelVariants;
  internalNotes: string;
}

export const CONTENT_FIELDS: (keyof RevisionContent)[] = [
  'title',
  'body',
  'summary',
  'alternativeQuestions',
  'variants',
  'internalNotes',
];

/**
 * One immutable version of an article's content in one locale. Only lifecycle columns (status and its times)
 * change after insert.
 */
@Entity('article_revisions')
export class ArticleRevision implements RevisionContent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'article_id' })
  articleId: string;

  @Column('text')
  locale: string;

  @Column('int')
  number: number;

  @Column('text')
  status: RevisionStatus;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('text')
  summary: string;

  @Column('jsonb', { name: 'alternative_questions' })
  alternativeQuestions: string[];

  @Column('jsonb')
  variants: ChannelVariants;

  @Column('text', { name: 'internal_notes' })
  internalNotes: string;

  @Column('text', { name: 'author' })
  author: string;

  @Column('uuid', { name: 'author_key_id', nullable: true })
  authorKeyId: string | null;

  @Column('text', { name: 'change_note' })
  changeNote: string;

  @Column('text', { name: 'content_hash' })
  contentHash: string;

  /** The revision this one was written on top of (0 for the first). */
  @Column('int', { name: 'base_revision' })
  baseRevision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'publish_at', nullable: true })
  publishAt: Date | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;
}
