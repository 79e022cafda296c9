import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answer rules (levels of ordered rules, each a condition and an action) with their version history, the rule that
 * applied on each served row, and the last replay of a draft (its summary, shown in the draft's detail).
 */
export class AnswerRules1764006000000 implements MigrationInterface {
  name = 'AnswerRules1764006000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE answer_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        level int NOT NULL CHECK (level BETWEEN 1 AND 100),
        position int NOT NULL CHECK (position BETWEEN 0 AND 100000),
        enabled boolean NOT NULL,
        condition jsonb NOT NULL,
        action jsonb NOT NULL,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        updated_by_key_id uuid
      )`);
    await q.query(`CREATE INDEX answer_rules_order_idx ON answer_rules (level, position)`);
    await q.query(`
      CREATE TABLE answer_rule_versions (
        rule_id uuid NOT NULL REFERENCES answer_rules (id) ON DELETE CASCADE,
        version int NOT NULL,
        name text NOT NULL,
        level int NOT NULL,
        position int NOT NULL,
        enabled boolean NOT NULL,
        condition jsonb NOT NULL,
        action jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        author text NOT NULL,
        author_key_id uuid,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (rule_id, version)
      )`);
    // Nullable, no default: adding them rewrites nothing on a large log.
    await q.query(`ALTER TABLE served_answers ADD COLUMN rule_id uuid, ADD COLUMN rule_version int`);
    await q.query(`ALTER TABLE drafts ADD COLUMN last_replay jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE drafts DROP COLUMN last_replay`);
    await q.query(`ALTER TABLE served_answers DROP COLUMN rule_id, DROP COLUMN rule_version`);
    await q.query(`DROP TABLE answer_rule_versions`);
    await q.query(`DROP TABLE answer_rules`);
  }
}
