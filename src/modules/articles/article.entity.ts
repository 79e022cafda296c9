import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Audience } from '../../common/domain.js';

export type ArticleState = 'active' | 'archived';

@Entity('articles')
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  audience: Audience;

  @Column('uuid', { name: 'category_id', nullable: true })
  categoryId: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  tags: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  intents: string[];

  @Column('text')
  state: ArticleState;

  /** Locale of the article's first revision; the default `locale` of revision routes. */
  @Column('text', { name: 'default_locale' })
  defaultLocale: string;

  /** Bumped on every metadata change: the base a PATCH must name. */
  @Column('int')
  version: number;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  /** Who keeps the article right: an API key, or a named person (at most one of the two). */
  @Column('uuid', { name: 'owner_key_id', nullable: true })
  ownerKeyId: string | null;

  @Column('text', { name: 'owner_name', nullable: true })
  ownerName: string | null;

  /** Days between reviews: a verification sets the next review date this far ahead. */
  @Column('int', { name: 'review_interval_days', nullable: true })
  reviewIntervalDays: number | null;

  /** The next review date: past it, the article is due for review. */
  @Column('timestamptz', { name: 'review_by', nullable: true })
  reviewBy: Date | null;

  /** The last time someone confirmed the content is still right (no new revision needed). */
  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @Column('text', { name: 'verified_by', nullable: true })
  verifiedBy: string | null;

  @Column('uuid', { name: 'verified_by_key_id', nullable: true })
  verifiedByKeyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Per-locale state of an article: the head of its revision chain and the revision served, if any. */
@Entity('article_locales')
export class ArticleLocale {
  @Column('uuid', { primary: true, name: 'article_id' })
  articleId: string;

  @Column('text', { primary: true })
  locale: string;

  @Column('int', { name: 'head_revision' })
  headRevision: number;

  @Column('int', { name: 'live_revision', nullable: true })
  liveRevision: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
