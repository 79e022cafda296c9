import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index.js';
import { loadConfig } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { freshDatabase } from '../support/test-app.js';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let dataSource: DataSource;

beforeAll(async () => {
  database = await freshDatabase();
  dataSource = new DataSource(dataSourceOptions(loadConfig({}, database.config), database.embedded));
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const tables = async () =>
  (
    await dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
    )
  ).map((r: { tablename: string }) => r.tablename);

describe('migrations', () => {
  it('go all the way down to an empty schema and up again to the same schema', async () => {
    const migrated = await tables();
    expect(migrated).toEqual(
      expect.arrayContaining(['articles', 'article_revisions', 'api_keys', 'content_events', 'served_answers']),
    );
    for (let i = 0; i < MIGRATIONS.length; i += 1) await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);
    const applied = await dataSource.runMigrations();
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await tables()).toEqual(migrated);
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
