import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answer threshold calibrated per knowledge base and locale: channel profiles may leave their threshold unset
 * (null: the calibrated default), and the calibration of each locale is kept, so that an instance starting on the
 * same content uses it at once. The seeded 0.15 (the former fixed default) becomes unset; a profile an admin set to
 * another value keeps it.
 */
export class CalibratedThreshold1764002000000 implements MigrationInterface {
  name = 'CalibratedThreshold1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE channel_profiles ALTER COLUMN min_confidence DROP NOT NULL`);
    await q.query(`UPDATE channel_profiles SET min_confidence = NULL WHERE min_confidence = 0.15::real`);
    await q.query(`
      CREATE TABLE matcher_calibrations (
        locale text PRIMARY KEY,
        model_version text NOT NULL,
        threshold real NOT NULL CHECK (threshold >= 0 AND threshold <= 1),
        goals_met boolean NOT NULL,
        curve jsonb NOT NULL,
        in_scope_samples int NOT NULL,
        out_of_scope_samples int NOT NULL,
        out_of_scope_covered int NOT NULL,
        articles int NOT NULL,
        phrasings int NOT NULL,
        calibrated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE matcher_calibrations`);
    await q.query(`UPDATE channel_profiles SET min_confidence = 0.15 WHERE min_confidence IS NULL`);
    await q.query(`ALTER TABLE channel_profiles ALTER COLUMN min_confidence SET NOT NULL`);
  }
}
