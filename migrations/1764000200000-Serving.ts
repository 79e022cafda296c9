import { MigrationInterface, QueryRunner } from 'typeorm';

/** Channel profiles (how each channel is served), seeded with defaults an admin can edit. */
export class Serving1764000200000 implements MigrationInterface {
  name = 'Serving1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE channel_profiles (
        channel text PRIMARY KEY CHECK (channel IN ('web', 'bot', 'voice', 'agent', 'email')),
        audiences text[] NOT NULL CHECK (audiences <@ ARRAY['public', 'internal']::text[] AND cardinality(audiences) > 0),
        variant_order text[] NOT NULL,
        format text NOT NULL CHECK (format IN ('html', 'markdown', 'text', 'speech')),
        include_internal_notes boolean NOT NULL,
        max_chars int NOT NULL CHECK (max_chars > 0),
        min_confidence real NOT NULL CHECK (min_confidence >= 0 AND min_confidence <= 1),
        version int NOT NULL DEFAULT 1,
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO channel_profiles (channel, audiences, variant_order, format, include_internal_notes, max_chars, min_confidence) VALUES
        ('web',   '{public}',          '{web}',           'html',     false, 20000, 0.15),
        ('bot',   '{public}',          '{bot,web}',       'text',     false, 600,   0.15),
        ('voice', '{public}',          '{voice,bot,web}', 'speech',   false, 400,   0.15),
        ('agent', '{public,internal}', '{agent,web}',     'markdown', true,  20000, 0.15),
        ('email', '{public,internal}', '{email,web}',     'text',     false, 4000,  0.15)`);
    // The calibrated confidence of an answer (POST /v1/answers), next to the engine's uncalibrated score.
    await q.query(`ALTER TABLE served_answers ADD COLUMN confidence real`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE served_answers DROP COLUMN confidence`);
    await q.query(`DROP TABLE channel_profiles`);
  }
}
