import type { DataSource } from 'typeorm';
import type { SearchDocument } from '../src/modules/search/search-engine.js';
import { BENCH_LOCALES, type BenchLocale } from './search-engine-corpus.js';

/**
 * Loads generated articles (the same count in every bench locale, published, live) with SQL: loading 20,000
 * revisions through the API would take longer than the measurements. One content event follows, with no article:
 * search indexing needs a `reindex` (a server's start makes one: its stored index, if any, differs from the live
 * revisions in more articles than a start reads again), and the question matcher a full training
 * (`QuestionIndex.settled()`).
 */
export async function bulkLoadArticles(db: DataSource, content: Record<BenchLocale, SearchDocument[]>): Promise<void> {
  const count = content.en.length;
  for (let from = 0; from < count; from += 1000) {
    const ids: string[] = [];
    const audiences: string[] = [];
    const values: string[] = [];
    const params: unknown[] = [];
    for (let i = from; i < Math.min(count, from + 1000); i += 1) {
      ids.push(content.en[i].articleId);
      audiences.push(content.en[i].audience);
      for (const locale of BENCH_LOCALES) {
        const doc = content[locale][i];
        params.push(doc.articleId, locale, doc.title, doc.body, doc.summary, JSON.stringify(doc.alternativeQuestions));
        const p = params.length;
        values.push(
          `($${p - 5}::uuid, $${p - 4}, 1, 'published', $${p - 3}, $${p - 2}, $${p - 1}, $${p}::jsonb, '{}', '', 'bench', 'sha256:bench', 0, now())`,
        );
      }
    }
    await db.query(
      `INSERT INTO articles (id, slug, audience, state, default_locale, created_by)
       SELECT id, 'a-' || id, audience, 'active', 'en', 'bench' FROM unnest($1::uuid[], $2::text[]) AS x(id, audience)`,
      [ids, audiences],
    );
    await db.query(
      `INSERT INTO article_revisions (article_id, locale, number, status, title, body, summary, alternative_questions, variants, internal_notes, author, content_hash, base_revision, published_at) VALUES ${values.join(', ')}`,
      params,
    );
  }
  await db.query(
    `INSERT INTO article_locales (article_id, locale, head_revision, live_revision) SELECT article_id, locale, 1, 1 FROM article_revisions`,
  );
  await db.query(`INSERT INTO content_events (type, actor) VALUES ('article.published', 'bench')`);
}
