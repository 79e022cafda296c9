import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Freshness of articles: an owner (an API key or a named person), a review interval and the next review date, the
 * last verification (who, when), and the review date for which `article.review_due` was last raised (so that the
 * sweep raises it once per due period, whichever instance runs it).
 */
export class ArticleFreshness1764003000000 implements MigrationInterface {
  name = 'ArticleFreshness1764003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE articles
        ADD COLUMN owner_key_id uuid,
        ADD COLUMN owner_name text CHECK (length(owner_name) BETWEEN 1 AND 200),
        ADD COLUMN review_interval_days int CHECK (review_interval_days BETWEEN 1 AND 3650),
        ADD COLUMN review_by timestamptz,
        ADD COLUMN verified_at timestamptz,
        ADD COLUMN verified_by text,
        ADD COLUMN verified_by_key_id uuid,
        ADD COLUMN review_due_raised_for timestamptz,
        ADD CONSTRAINT articles_one_owner CHECK (owner_key_id IS NULL OR owner_name IS NULL)`);
    // Only the articles whose current review date has not been raised yet: what the sweep looks for every tick.
    await q.query(
      `CREATE INDEX articles_review_pending_idx ON articles (review_by) WHERE review_due_raised_for IS DISTINCT FROM review_by`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX articles_review_pending_idx`);
    await q.query(`
      ALTER TABLE articles
        DROP CONSTRAINT articles_one_owner,
        DROP COLUMN owner_key_id, DROP COLUMN owner_name, DROP COLUMN review_interval_days, DROP COLUMN review_by,
        DROP COLUMN verified_at, DROP COLUMN verified_by, DROP COLUMN verified_by_key_id, DROP COLUMN review_due_raised_for`);
  }
}
