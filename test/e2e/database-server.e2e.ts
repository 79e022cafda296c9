import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';

const serverUrl = process.env.DATABASE_URL;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function admin(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

const appliedMigrations = async (app: NestFastifyApplication) =>
  (await app.get(DataSource).query('SELECT name FROM migrations ORDER BY id')).map((r: { name: string }) => r.name);

// Every embedded start goes through the same locked migration (see startTestApp); these need a server.
describe.runIf(serverUrl)('starting on an empty database (PostgreSQL server)', () => {
  async function emptyDatabase(): Promise<string> {
    const client = await admin();
    const name = `savoir_t_replicas_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
    await client.query(`CREATE DATABASE ${name}`);
    cleanups.push(() => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  // Without the lock, all four see every migration pending and three fail on "relation already exists".
  it('four instances migrating at once take turns: every migration is applied once, none fails', async () => {
    const config = loadConfig({}, { DATABASE_URL: await emptyDatabase() });
    const applied = await Promise.all(
      [1, 2, 3, 4].map(async () => {
        const dataSource = await new DataSource(dataSourceOptions(config, undefined)).initialize();
        try {
          return (await runMigrationsLocked(dataSource)).length;
        } finally {
          await dataSource.destroy();
        }
      }),
    );
    expect(applied.sort((a, b) => a - b)).toEqual([0, 0, 0, MIGRATIONS.length]);
  });

  it('four applications started together on it all come up ready', async () => {
    const config = loadConfig({}, { DATABASE_URL: await emptyDatabase(), LOG_LEVEL: 'fatal' });
    const started = await Promise.allSettled([1, 2, 3, 4].map(() => createApp({ config })));
    for (const result of started) if (result.status === 'fulfilled') cleanups.push(() => result.value.close());
    expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual([
      'started',
      'started',
      'started',
      'started',
    ]);
    const apps = started.map((result) => (result as PromiseFulfilledResult<NestFastifyApplication>).value);
    for (const app of apps) {
      await app.getHttpAdapter().getInstance().ready();
      expect((await request(app.getHttpServer()).get('/health/ready')).status).toBe(200);
    }
    expect(await appliedMigrations(apps[0])).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});

describe.runIf(serverUrl)('database server given as parts (PostgreSQL server)', () => {
  it('connects as a user and to a database whose names hold URL-reserved characters', async () => {
    const client = await admin();
    const suffix = Date.now().toString(36);
    const user = `sav/oir@#:${suffix}`;
    const database = `kb/prod#?${suffix}`;
    await client.query(`CREATE ROLE "${user}" LOGIN PASSWORD 'p/a@s#s:w%rd'`);
    cleanups.push(() => client.query(`DROP ROLE IF EXISTS "${user}"`));
    await client.query(`CREATE DATABASE "${database}" OWNER "${user}"`);
    cleanups.push(() => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    const server = new URL(serverUrl!);
    const config = loadConfig({
      DATABASE_HOST: server.hostname,
      DATABASE_PORT: server.port || '5432',
      DATABASE_USER: user,
      DATABASE_PASSWORD: 'p/a@s#s:w%rd',
      DATABASE_NAME: database,
    });
    const dataSource = await new DataSource(dataSourceOptions(config, undefined)).initialize();
    cleanups.push(() => dataSource.destroy());
    expect(await dataSource.query('SELECT current_user AS "user", current_database() AS "database"')).toEqual([
      { user, database },
    ]);
  });
});
