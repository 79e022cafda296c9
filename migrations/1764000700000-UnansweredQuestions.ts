import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unanswered questions: whether each question asked of the answers and reply-suggestion endpoints got an answer
 * confident enough for its channel (`searches.answered`, null for plain searches and for questions logged before
 * this migration), and the rollups of those that did not, by normalised question — the content gaps next to the
 * zero-result searches.
 */
export class UnansweredQuestions1764000700000 implements MigrationInterface {
  name = 'UnansweredQuestions1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE searches ADD COLUMN answered boolean`);
    for (const [table, key] of [
      ['analytics_unanswered_day', 'day date'],
      ['analytics_unanswered_quarter', 'bucket timestamptz'],
    ]) {
      await q.query(`
        CREATE TABLE ${table} (
          ${key} NOT NULL, query text NOT NULL, channel text NOT NULL, locale text NOT NULL,
          questions bigint NOT NULL DEFAULT 0,
          last_seen timestamptz NOT NULL,
          PRIMARY KEY (${key.split(' ')[0]}, query, channel, locale)
        )`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS analytics_unanswered_quarter`);
    await q.query(`DROP TABLE IF EXISTS analytics_unanswered_day`);
    await q.query(`ALTER TABLE searches DROP COLUMN IF EXISTS answered`);
  }
}
