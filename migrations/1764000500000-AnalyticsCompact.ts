import { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTERS = ['served', 'clicks', 'copies', 'helpful', 'unhelpful', 'handoffs', 'resolved', 'escalations'];

/**
 * Compact article rollups keyed by (day or quarter hour, article, channel), the counters summed over locale and
 * revision. Reports that rank articles (articles, intents, journeys) read these instead of the detailed tables when
 * they filter on no locale: on a log spread over locales and revisions they are several times smaller. The rollup
 * pass maintains them in the same statement as the detailed tables; existing counts are copied from those.
 */
export class AnalyticsCompact1764000500000 implements MigrationInterface {
  name = 'AnalyticsCompact1764000500000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, source, key] of [
      ['analytics_article_channel_day', 'analytics_article_day', 'day date'],
      ['analytics_article_channel_quarter', 'analytics_article_quarter', 'bucket timestamptz'],
    ]) {
      const column = key.split(' ')[0];
      await q.query(`
        CREATE TABLE ${table} (
          ${key} NOT NULL, article_id uuid NOT NULL, channel text NOT NULL,
          ${COUNTERS.map((c) => `${c} bigint NOT NULL DEFAULT 0`).join(', ')},
          PRIMARY KEY (${column}, article_id, channel)
        )`);
      await q.query(`
        INSERT INTO ${table} (${column}, article_id, channel, ${COUNTERS.join(', ')})
        SELECT ${column}, article_id, channel, ${COUNTERS.map((c) => `sum(${c})`).join(', ')} FROM ${source} GROUP BY 1, 2, 3`);
    }
    // One article's series in a zone other than UTC needs the full quarter-hour detail (its breakdown is per local
    // day × channel × locale × revision); the article's rows lie scattered over the table, so the index carries the
    // whole row and the report reads it by an index-only scan of one contiguous range.
    await q.query(`DROP INDEX analytics_article_quarter_article_idx`);
    await q.query(
      `CREATE INDEX analytics_article_quarter_article_idx ON analytics_article_quarter (article_id, bucket) INCLUDE (channel, locale, revision, ${COUNTERS.join(', ')})`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX analytics_article_quarter_article_idx`);
    await q.query(
      `CREATE INDEX analytics_article_quarter_article_idx ON analytics_article_quarter (article_id, bucket)`,
    );
    await q.query(`DROP TABLE IF EXISTS analytics_article_channel_quarter`);
    await q.query(`DROP TABLE IF EXISTS analytics_article_channel_day`);
  }
}
