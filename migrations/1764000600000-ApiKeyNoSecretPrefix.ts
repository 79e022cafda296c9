import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keys no longer keep the first characters of their secret (with a 16-character bootstrap secret, a database dump
 * left 4 characters to guess); they are told apart by a display id derived from the key's id.
 */
export class ApiKeyNoSecretPrefix1764000600000 implements MigrationInterface {
  name = 'ApiKeyNoSecretPrefix1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP COLUMN secret_prefix`);
  }

  /** The prefixes are gone for good: the column comes back holding the display id, which is no part of any secret. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN secret_prefix text`);
    await q.query(`UPDATE api_keys SET secret_prefix = 'key_' || left(id::text, 8)`);
    await q.query(`ALTER TABLE api_keys ALTER COLUMN secret_prefix SET NOT NULL`);
  }
}
