import { MigrationInterface, QueryRunner } from 'typeorm';

/** When an article's content should be checked again: editors list the articles due (`reviewDue=true`). */
export class ArticleReviewDue1764006000000 implements MigrationInterface {
  name = 'ArticleReviewDue1764006000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ADD COLUMN review_due_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles DROP COLUMN review_due_at`);
  }
}
