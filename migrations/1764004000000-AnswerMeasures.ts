import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLLUPS = [
  'analytics_article_day',
  'analytics_article_quarter',
  'analytics_article_channel_day',
  'analytics_article_channel_quarter',
  'analytics_channel_quarter',
];
const COUNTERS = ['served', 'clicks', 'copies', 'helpful', 'unhelpful', 'handoffs', 'resolved', 'escalations'];
const NEW_COUNTERS = ['questions', 'unanswered'];

/**
 * Answers measured, and what was said exactly.
 *
 * - A question (`POST /v1/answers`, a reply suggestion) records its best candidate (article, revision, locale) on its
 *   search row, answered or not, so that an unanswered question counts against the article, and through it the
 *   intent, it came closest to: the rollups gain `questions` (asked, best candidate this article revision) and
 *   `unanswered` (of those, left without a confident answer). The answer rate per intent × channel and per revision
 *   comes from them. Existing rows count from now on (no backfill: the raw rows before this carry no candidate).
 * - Channel profiles keep their history (`channel_profile_versions`, every version, written with each change), and
 *   each served row records the profile version it was rendered with (`profile_version`) and, when its text cannot be
 *   reproduced from revision + variant + profile version, the text itself (`served_text`).
 */
export class AnswerMeasures1764004000000 implements MigrationInterface {
  name = 'AnswerMeasures1764004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE searches ADD COLUMN top_article_id uuid, ADD COLUMN top_revision int, ADD COLUMN top_locale text`,
    );
    for (const table of ROLLUPS)
      await q.query(
        `ALTER TABLE ${table} ${NEW_COUNTERS.map((c) => `ADD COLUMN ${c} bigint NOT NULL DEFAULT 0`).join(', ')}`,
      );
    // The per-article report reads this index alone (see AnalyticsCompact): it carries the new counters too.
    await q.query(`DROP INDEX analytics_article_quarter_article_idx`);
    await q.query(
      `CREATE INDEX analytics_article_quarter_article_idx ON analytics_article_quarter (article_id, bucket) INCLUDE (channel, locale, revision, ${[...COUNTERS, ...NEW_COUNTERS].join(', ')})`,
    );

    await q.query(`ALTER TABLE served_answers ADD COLUMN profile_version int, ADD COLUMN served_text text`);
    await q.query(`
      CREATE TABLE channel_profile_versions (
        channel text NOT NULL,
        version int NOT NULL,
        audiences text[] NOT NULL,
        variant_order text[] NOT NULL,
        format text NOT NULL,
        include_internal_notes boolean NOT NULL,
        max_chars int NOT NULL,
        min_confidence real,
        updated_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (channel, version)
      )`);
    await q.query(`
      INSERT INTO channel_profile_versions
        (channel, version, audiences, variant_order, format, include_internal_notes, max_chars, min_confidence, updated_by, created_at)
      SELECT channel, version, audiences, variant_order, format, include_internal_notes, max_chars, min_confidence, updated_by, updated_at
      FROM channel_profiles`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE channel_profile_versions`);
    await q.query(`ALTER TABLE served_answers DROP COLUMN served_text, DROP COLUMN profile_version`);
    await q.query(`DROP INDEX analytics_article_quarter_article_idx`);
    await q.query(
      `CREATE INDEX analytics_article_quarter_article_idx ON analytics_article_quarter (article_id, bucket) INCLUDE (channel, locale, revision, ${COUNTERS.join(', ')})`,
    );
    for (const table of ROLLUPS)
      await q.query(`ALTER TABLE ${table} ${NEW_COUNTERS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
    await q.query(`ALTER TABLE searches DROP COLUMN top_article_id, DROP COLUMN top_revision, DROP COLUMN top_locale`);
  }
}
