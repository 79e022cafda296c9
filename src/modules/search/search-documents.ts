import { Injectable, Logger } from '@nestjs/common';
import { type LiveContent, LiveArticles, type LiveRevisionKey } from '../articles/live-articles.js';
import { OutboxService } from '../outbox/outbox.service.js';
import type { SearchDocument } from './search-engine.js';
import { markdownToText, stripControl } from './text.js';

export function toSearchDocument(row: LiveContent): SearchDocument {
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

/** Reads what the index should hold from the article store, the source of truth. */
@Injectable()
export class SearchDocuments {
  private readonly logger = new Logger('SearchDocuments');
  /** Live revisions left out of the index because no document could be built from them (see `build`). */
  skippedDocuments = 0;

  constructor(
    private readonly live: LiveArticles,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The documents of some live rows. A row no document can be built from is left out (so it is removed from the
   * index), counted, with one error line: one bad article must not stop indexing nor the embedded engine's start.
   */
  private build(rows: LiveContent[]): SearchDocument[] {
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

  /** The revision each document of the index should hold: the live revisions. */
  revisions(): Promise<LiveRevisionKey[]> {
    return this.live.revisions();
  }

  /** The index state of some articles: their live documents, and every other locale they have (to remove). */
  async forArticles(articleIds: string[]): Promise<ArticleIndexState> {
    if (articleIds.length === 0) return { documents: [], removed: [] };
    const documents = this.build(await this.live.contentOf(articleIds));
    const live = new Set(documents.map((d) => `${d.articleId}/${d.locale}`));
    const locales = await this.live.localesOf(articleIds);
    const removed = locales.filter((l) => !live.has(`${l.articleId}/${l.locale}`));
    return { documents, removed };
  }

  /**
   * Every live document, page by page, with the outbox position the snapshot is consistent with: every event up to
   * `lastEventId` is reflected in the pages (read after it), and later events re-read the database, so replaying
   * them converges.
   */
  async snapshot(
    articlesPerPage = 250,
  ): Promise<{ lastEventId: string; total: number; pages: AsyncGenerator<SearchDocument[]> }> {
    // The position first: the count and the pages are read after it, so events after it re-read them (see above).
    const lastEventId = await this.outbox.lastEventId();
    const total = await this.live.count();
    const live = this.live;
    const build = (rows: LiveContent[]) => this.build(rows);
    async function* pages(): AsyncGenerator<SearchDocument[]> {
      for await (const rows of live.contentPages(articlesPerPage)) yield build(rows);
    }
    return { lastEventId, total, pages: pages() };
  }
}
