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

  /** When the content should be checked again (null: no review planned). */
  @Column('timestamptz', { name: 'review_due_at', nullable: true })
  reviewDueAt: Date | null;

  @Column('text', { name: 'created_by' })
  createdBy: string;

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
