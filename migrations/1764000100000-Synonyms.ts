import { MigrationInterface, QueryRunner } from 'typeorm';

export class Synonyms1764000100000 implements MigrationInterface {
  name = 'Synonyms1764000100000';

  async up(q: QueryRunner): Promise<void> {
    // One group of interchangeable search terms for one locale, managed by editors and applied to the search engines.
    await q.query(`
      CREATE TABLE synonym_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        locale text NOT NULL,
        terms text[] NOT NULL CHECK (cardinality(terms) >= 2),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX synonym_groups_locale_idx ON synonym_groups (locale, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS synonym_groups`);
  }
}
