import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Audience } from '../../common/domain.js';
import type { SearchDocument } from './search-engine.js';
import { markdownToText, stripControl } from './text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface LiveRow {
  article_id: string;
  slug: string;
  audience: Audience;
  category_id: string | null;
  tags: string[];
  intents: string[];
  locale: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  alternative_questions: string[];
  expires_at: Date | null;
}

const LIVE_FROM = `
    FROM articles a
    JOIN article_locales l ON l.article_id = a.id AND l.live_revision IS NOT NULL
    JOIN article_revisions r ON r.article_id = l.article_id AND r.locale = l.locale AND r.number = l.live_revision
   WHERE a.state = 'active' AND r.status = 'published'`;

const LIVE_SELECT = `
  SELECT a.id AS article_id, a.slug, a.audience, a.category_id, a.tags, a.intents, l.locale,
         r.number, r.title, r.summary, r.body, r.alternative_questions, r.expires_at ${LIVE_FROM}`;

export function toSearchDocument(row: LiveRow): SearchDocument {
  return {
    articleId: row.article_id,
    locale: row.locale,
    revision: row.number,
    slug: row.slug,
    title: stripControl(row.title),
    summary: stripControl(row.summary),
    body: markdownToText(row.body),
    alternativeQuestions: row.alternative_questions.map(stripControl),
    audience: row.audience,
    categoryId: row.category_id,
    tags: row.tags,
    intents: row.intents,
    expiresAt: row.expires_at ? new Date(row.expires_at).getTime() : null,
  };
}

export interface ArticleIndexState {
  /** Live documents to upsert. */
  documents: SearchDocument[];
  /** Locales of these articles with nothing live, to remove from the index. */
  removed: { articleId: string; locale: string }[];
}

/** Reads what the index should hold from the database, the source of truth. */
@Injectable()
export class SearchDocuments {
  private readonly logger = new Logger('SearchDocuments');
  /** Live revisions left out of the index because no document could be built from them (see `build`). */
  skippedDocuments = 0;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The documents of some live rows. A row no document can be built from is left out (so it is removed from the
   * index), counted, with one error line: one bad article must not stop indexing nor the embedded engine's start.
   */
  private build(rows: LiveRow[]): SearchDocument[] {
    return rows.flatMap((row) => {
      try {
        return [toSearchDocument(row)];
      } catch (error) {
        this.skippedDocuments += 1;
        this.logger.error({
          message: 'left a live revision out of the search index: no document could be built from it',
          articleId: row.article_id,
          locale: row.locale,
          revision: row.number,
          error: error instanceof Error ? error.message : String(error),
        });
        return [];
      }
    });
  }

  /** The index state of some articles: their live documents, and every other locale they have (to remove). */
  async forArticles(articleIds: string[]): Promise<ArticleIndexState> {
    if (articleIds.length === 0) return { documents: [], removed: [] };
    const rows: LiveRow[] = await this.dataSource.query(`${LIVE_SELECT} AND a.id = ANY($1::uuid[])`, [articleIds]);
    const documents = this.build(rows);
    const live = new Set(documents.map((d) => `${d.articleId}/${d.locale}`));
    const locales: { article_id: string; locale: string }[] = await this.dataSource.query(
      `SELECT article_id, locale FROM article_locales WHERE article_id = ANY($1::uuid[])`,
      [articleIds],
    );
    const removed = locales.filter((l) => !live.has(`${l.article_id}/${l.locale}`)).map((l) => ({ articleId: l.article_id, locale: l.locale }));
    return { documents, removed };
  }

  /**
   * Every live document, page by page, with the outbox position the snapshot is consistent with: every event up to
   * `lastEventId` is reflected in the pages, and later events re-read the database, so replaying them converges.
   */
  async snapshot(pageSize = 500): Promise<{ lastEventId: string; total: number; pages: AsyncGenerator<SearchDocument[]> }> {
    const [{ last, total }] = await this.dataSource.query(
      `SELECT (SELECT coalesce(max(id), 0) FROM content_events)::text AS last, (SELECT count(*)::int ${LIVE_FROM}) AS total`,
    );
    const dataSource = this.dataSource;
    const build = (rows: LiveRow[]) => this.build(rows);
    async function* pages(): AsyncGenerator<SearchDocument[]> {
      let after = { id: '00000000-0000-0000-0000-000000000000', locale: '' };
      for (;;) {
        const rows: LiveRow[] = await dataSource.query(
          `${LIVE_SELECT} AND (a.id, l.locale) > ($1::uuid, $2::text) ORDER BY a.id, l.locale LIMIT $3`,
          [after.id, after.locale, pageSize],
        );
        if (rows.length === 0) return;
        yield build(rows);
        const lastRow = rows[rows.length - 1];
        after = { id: lastRow.article_id, locale: lastRow.locale };
        if (rows.length < pageSize) return;
      }
    }
    return { lastEventId: String(last), total: Number(total), pages: pages() };
  }

  /** The ids of a category and of all categories under it. */
  async categoryWithDescendants(categoryId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (!UUID.test(categoryId)) return [];
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE tree AS (SELECT id FROM categories WHERE id = $1 UNION ALL SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id)
       SELECT id FROM tree`,
      [categoryId],
    );
    return rows.map((r) => r.id);
  }
}
