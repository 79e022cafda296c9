import { Injectable } from '@nestjs/common';
import { type LiveContent, LiveArticles } from '../articles/live-articles.js';
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
  constructor(
    private readonly live: LiveArticles,
    private readonly outbox: OutboxService,
  ) {}

  /** The index state of some articles: their live documents, and every other locale they have (to remove). */
  async forArticles(articleIds: string[]): Promise<ArticleIndexState> {
    if (articleIds.length === 0) return { documents: [], removed: [] };
    const documents = (await this.live.contentOf(articleIds)).map(toSearchDocument);
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
  async snapshot(pageSize = 500): Promise<{ lastEventId: string; total: number; pages: AsyncGenerator<SearchDocument[]> }> {
    const lastEventId = await this.outbox.lastEventId();
    const total = await this.live.count();
    const live = this.live;
    async function* pages(): AsyncGenerator<SearchDocument[]> {
      let after = { articleId: '00000000-0000-0000-0000-000000000000', locale: '' };
      for (;;) {
        const rows = await live.contentPage(after, pageSize);
        if (rows.length === 0) return;
        yield rows.map(toSearchDocument);
        const lastRow = rows[rows.length - 1];
        after = { articleId: lastRow.article_id, locale: lastRow.locale };
        if (rows.length < pageSize) return;
      }
    }
    return { lastEventId, total, pages: pages() };
  }
}
