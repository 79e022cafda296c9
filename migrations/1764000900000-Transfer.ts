import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import and export: the external id each imported article came from (per source system), the revision each locale
 * last received from an import (so that a revision written in Savoir since then is never overwritten), and import
 * jobs with their progress and report.
 */
export class Transfer1764000900000 implements MigrationInterface {
  name = 'Transfer1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE transfer_external_ids (
        source text NOT NULL,
        external_id text NOT NULL,
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (source, external_id)
      )`);
    await q.query(`CREATE INDEX transfer_external_ids_article ON transfer_external_ids (article_id)`);
    await q.query(`
      CREATE TABLE transfer_imported_locales (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        locale text NOT NULL,
        revision int NOT NULL,
        content_hash text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, locale)
      )`);
    await q.query(`
      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY,
        status text NOT NULL,
        format text NOT NULL,
        options jsonb NOT NULL,
        progress jsonb NOT NULL,
        report jsonb,
        error text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_jobs`);
    await q.query(`DROP TABLE IF EXISTS transfer_imported_locales`);
    await q.query(`DROP TABLE IF EXISTS transfer_external_ids`);
  }
}
