import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The question matcher's trained state, kept so that a started instance loads it instead of training for minutes:
 * one model per locale, versioned with the outbox event it was trained up to; and a one-row lease naming the
 * instance that is training, so that instances sharing a database train one at a time.
 */
export class MatcherModels1764001000000 implements MigrationInterface {
  name = 'MatcherModels1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matcher_models (
        version bigint NOT NULL,
        locale text NOT NULL,
        format int NOT NULL,
        trained_at timestamptz NOT NULL,
        training_ms int NOT NULL,
        articles jsonb NOT NULL,
        model bytea NOT NULL,
        PRIMARY KEY (version, locale)
      )`);
    await q.query(`
      CREATE TABLE matcher_training_lease (
        id int PRIMARY KEY CHECK (id = 1),
        holder text,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`INSERT INTO matcher_training_lease (id, holder, expires_at) VALUES (1, NULL, now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS matcher_training_lease`);
    await q.query(`DROP TABLE IF EXISTS matcher_models`);
  }
}
