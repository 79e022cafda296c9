import { MigrationInterface, QueryRunner } from 'typeorm';

/** Browser origins (e.g. `https://www.example.com`) allowed to call the API with a key, for the website widget. */
export class ApiKeyAllowedOrigins1764000800000 implements MigrationInterface {
  name = 'ApiKeyAllowedOrigins1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN allowed_origins text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP COLUMN allowed_origins`);
  }
}
