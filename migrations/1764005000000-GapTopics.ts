import { MigrationInterface, QueryRunner } from 'typeorm';

// int, not bigint: a report sums hundreds of thousands of these, and sum(int) adds in int8 where sum(bigint) adds in
// numeric (the 90-day ranking of bench/gap-topics.ts aggregates ~1.4x faster). A day or quarter hour of one topic on
// one channel stays far below 2^31.
const COUNTERS = `
  unanswered int NOT NULL DEFAULT 0,
  zero_results int NOT NULL DEFAULT 0,
  unhelpful int NOT NULL DEFAULT 0,
  last_seen timestamptz NOT NULL`;

/**
 * Gap topics: the unanswered questions, zero-result searches and answers marked unhelpful, grouped into topics
 * (normalised text plus the matcher's nearest article) by a pass that follows the log with its own watermark, as the
 * rollups do. `gap_topic_queries` says which topic each normalised query of a locale belongs to (once assigned, for
 * good: a topic's later questions are recognised by it); the counts per topic are kept by day and by quarter hour
 * like the other rollups, so a report over any range reads those only.
 */
export class GapTopics1764005000000 implements MigrationInterface {
  name = 'GapTopics1764005000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gap_topics (
        id uuid PRIMARY KEY,
        locale text NOT NULL,
        key text NOT NULL,
        nearest_article_id uuid,
        nearest_slug text,
        nearest_title text,
        nearest_similarity real,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'drafted', 'resolved')),
        draft_id uuid,
        draft_kind text,
        drafted_at timestamptz,
        resolved_at timestamptz,
        resolved_article_id uuid,
        answered_since bigint NOT NULL DEFAULT 0,
        failing_since bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX gap_topics_status_idx ON gap_topics (status) WHERE status <> 'open'`);
    await q.query(`
      CREATE TABLE gap_topic_queries (
        locale text NOT NULL, query text NOT NULL,
        topic_id uuid NOT NULL REFERENCES gap_topics (id) ON DELETE CASCADE,
        PRIMARY KEY (locale, query)
      )`);
    await q.query(`CREATE INDEX gap_topic_queries_topic_idx ON gap_topic_queries (topic_id)`);
    // The redacted question texts of a topic (as asked, not normalised), for examples and a new article's title.
    await q.query(`
      CREATE TABLE gap_topic_examples (
        topic_id uuid NOT NULL REFERENCES gap_topics (id) ON DELETE CASCADE, text text NOT NULL,
        questions bigint NOT NULL DEFAULT 0, last_seen timestamptz NOT NULL,
        PRIMARY KEY (topic_id, text)
      )`);
    for (const [table, key] of [
      ['gap_topic_day', 'day date'],
      ['gap_topic_quarter', 'bucket timestamptz'],
    ]) {
      await q.query(`
        CREATE TABLE ${table} (
          ${key} NOT NULL, topic_id uuid NOT NULL REFERENCES gap_topics (id) ON DELETE CASCADE,
          channel text NOT NULL, locale text NOT NULL, ${COUNTERS},
          PRIMARY KEY (${key.split(' ')[0]}, topic_id, channel)
        )`);
      await q.query(`CREATE INDEX ${table}_topic_idx ON ${table} (topic_id)`);
    }
    await q.query(
      `CREATE TABLE gap_topics_watermark (id int PRIMARY KEY CHECK (id = 1), next_xid xid8 NOT NULL, passed_at timestamptz)`,
    );
    await q.query(`INSERT INTO gap_topics_watermark (id, next_xid) VALUES (1, '0')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'gap_topics_watermark',
      'gap_topic_quarter',
      'gap_topic_day',
      'gap_topic_examples',
      'gap_topic_queries',
      'gap_topics',
    ])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
