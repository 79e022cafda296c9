import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Article } from './article.entity.js';
import { ArticleRevision } from './revision.entity.js';

/** How a report names an article: slug, title, intents (null fields when the article is gone). */
export interface ArticleLabel {
  slug: string | null;
  title: string | null;
  intents: string[];
}

/** A revision named by article, locale and number. */
export interface RevisionRef {
  articleId: string;
  locale: string;
  revision: number;
}

export const revisionKey = (r: RevisionRef) => `${r.articleId}\u0000${r.locale}\u0000${r.revision}`;

/**
 * What other modules (the analytics reports) may read of articles by id, in batches: labels, intents, the titles and
 * content of given revisions. Reports aggregate their own tables first and then name what they found through this.
 */
@Injectable()
export class ArticleLabels {
  constructor(@InjectRepository(Article) private readonly articles: Repository<Article>) {}

  /** Slug, intents and title (live revision, else latest, in the default locale first) of these articles. */
  async labelsOf(ids: string[]): Promise<Map<string, ArticleLabel>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.articles.query(
      `SELECT x.id, a.slug, coalesce(a.intents, '{}') AS intents, t.title FROM unnest($1::uuid[]) AS x(id)
       LEFT JOIN articles a ON a.id = x.id
       LEFT JOIN LATERAL (
         SELECT r.title FROM article_locales l
         JOIN article_revisions r ON r.article_id = l.article_id AND r.locale = l.locale AND r.number = coalesce(l.live_revision, l.head_revision)
         WHERE l.article_id = a.id ORDER BY (l.locale = a.default_locale) DESC, l.locale LIMIT 1
       ) t ON true`,
      [[...new Set(ids)]],
    )) as ({ id: string } & ArticleLabel)[];
    return new Map(rows.map((r) => [r.id, { slug: r.slug, title: r.title, intents: r.intents }]));
  }

  /** The intents of every article that has one, by article id (an intents report names the intents of its rows). */
  async intentsOf(ids: string[]): Promise<Map<string, string[]>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.articles.query(
      `SELECT id, intents FROM articles WHERE id = ANY($1::uuid[]) AND cardinality(intents) > 0`,
      [[...new Set(ids)]],
    )) as { id: string; intents: string[] }[];
    return new Map(rows.map((r) => [r.id, r.intents]));
  }

  /** The ids of the articles with this intent. */
  async withIntent(intent: string): Promise<string[]> {
    const rows = (await this.articles.query(`SELECT id FROM articles WHERE intents @> ARRAY[$1]::text[]`, [
      intent,
    ])) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Titles of these revisions that exist, by `revisionKey`. */
  async revisionTitles(refs: RevisionRef[]): Promise<Map<string, string>> {
    if (refs.length === 0) return new Map();
    const rows = (await this.articles.query(
      `SELECT r.article_id AS "articleId", r.locale, r.number AS revision, r.title
       FROM unnest($1::uuid[], $2::text[], $3::int[]) AS x(article_id, locale, number)
       JOIN article_revisions r USING (article_id, locale, number)`,
      [refs.map((r) => r.articleId), refs.map((r) => r.locale), refs.map((r) => r.revision)],
    )) as (RevisionRef & { title: string })[];
    return new Map(rows.map((r) => [revisionKey(r), r.title]));
  }

  /** One revision with its content, if it exists. */
  revision(ref: RevisionRef): Promise<ArticleRevision | null> {
    return this.articles.manager.findOne(ArticleRevision, {
      where: { articleId: ref.articleId, locale: ref.locale, number: ref.revision },
    });
  }
}
