import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/app-config.js';
import { closeEmbeddedDatabase, dataSourceOptions } from './data-source-options.js';

const HOSTILE_PASSWORD = 'p/a@s#s:w%rd?&= 20';

/** The connection settings TypeORM hands to node-postgres for this environment. */
function server(env: Record<string, string>) {
  const { host, port, username, password, database, url } = dataSourceOptions(
    loadConfig(env),
    undefined,
  ) as unknown as Record<string, unknown>;
  return { host, port, username, password, database, url };
}

function secretFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'savoir-secret-')), 'password');
  writeFileSync(path, content);
  return path;
}

describe('database server settings', () => {
  it('hands the parts to the driver as typed, whatever the password or name holds', () => {
    expect(
      server({
        DATABASE_HOST: 'db',
        DATABASE_PORT: '6543',
        DATABASE_USER: 'sav oir',
        DATABASE_PASSWORD: HOSTILE_PASSWORD,
        DATABASE_NAME: 'kb/prod#1',
      }),
    ).toEqual({
      host: 'db',
      port: 6543,
      username: 'sav oir',
      password: HOSTILE_PASSWORD,
      database: 'kb/prod#1',
      url: undefined,
    });
  });

  it('defaults to port 5432, user postgres and a database named after the user', () => {
    expect(server({ DATABASE_HOST: 'db', DATABASE_USER: 'savoir' })).toMatchObject({
      port: 5432,
      username: 'savoir',
      database: 'savoir',
    });
    expect(server({ DATABASE_HOST: '::1' })).toMatchObject({ host: '::1', username: 'postgres', database: 'postgres' });
  });

  it('reads the password from DATABASE_PASSWORD_FILE without its trailing line break', () => {
    expect(server({ DATABASE_HOST: 'db', DATABASE_PASSWORD_FILE: secretFile(`${HOSTILE_PASSWORD}\n`) }).password).toBe(
      HOSTILE_PASSWORD,
    );
  });

  it('puts a password file into a DATABASE_URL percent-encoded, so that the driver reads it back as typed', async () => {
    const { url } = server({
      DATABASE_URL: 'postgres://savoir@db:5432/savoir',
      DATABASE_PASSWORD_FILE: secretFile(`${HOSTILE_PASSWORD}\r\n`),
    });
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url as string }) as unknown as {
      connectionParameters: Record<string, unknown>;
    };
    expect(client.connectionParameters).toMatchObject({
      user: 'savoir',
      password: HOSTILE_PASSWORD,
      host: 'db',
      database: 'savoir',
    });
  });

  it('still takes a DATABASE_URL as given', () => {
    expect(server({ DATABASE_URL: 'postgres://u:p%40ss@db:5433/kb' })).toMatchObject({
      url: 'postgres://u:p%40ss@db:5433/kb',
      host: undefined,
    });
  });

  it('refuses combinations that would silently ignore a setting, naming it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/kb', DATABASE_HOST: 'db' })).toThrow(
      /DATABASE_URL.*DATABASE_HOST/s,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/kb', DATABASE_PORT: '5433' })).toThrow(
      /also set: DATABASE_PORT/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/kb', DATABASE_PASSWORD_FILE: secretFile('x') })).toThrow(
      /already carries a password/,
    );
    expect(() =>
      loadConfig({ DATABASE_HOST: 'db', DATABASE_PASSWORD: 'a', DATABASE_PASSWORD_FILE: secretFile('b') }),
    ).toThrow(/not both/);
    expect(() => loadConfig({ DATABASE_PASSWORD: 'secret' })).toThrow(
      /DATABASE_HOST is required with DATABASE_PASSWORD/,
    );
  });

  it('refuses an unreadable password file and a malformed host or port at boot', () => {
    expect(() => loadConfig({ DATABASE_HOST: 'db', DATABASE_PASSWORD_FILE: '/nonexistent/secret' })).toThrow(
      /DATABASE_PASSWORD_FILE: cannot read \/nonexistent\/secret \(ENOENT\)/,
    );
    expect(() => loadConfig({ DATABASE_HOST: 'user@db' })).toThrow(/DATABASE_HOST/);
    expect(() => loadConfig({ DATABASE_HOST: 'db', DATABASE_PORT: '70000' })).toThrow(/DATABASE_PORT/);
  });

  it('uses the embedded database when no server is named', () => {
    expect(() => dataSourceOptions(loadConfig({}), undefined)).toThrow(/embedded database not opened/);
  });
});

describe('closing the embedded database', () => {
  it('runs the statement a query runner had sent when the app closed under it, and nothing throws afterwards', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'savoir-close-'));
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const pglite = await PGlite.create({ dataDir });
      await pglite.exec('CREATE TABLE notes (text text)');
      const dataSource = await new DataSource(dataSourceOptions(loadConfig({}), pglite)).initialize();
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      // A scheduler's statement on its way to the database (sent, waiting for its turn) when the app closes: TypeORM
      // releases the runner under it and the pool ends at once.
      void runner.query(`INSERT INTO notes VALUES ('in flight')`).catch(() => undefined);
      for (let turn = 0; turn < 4; turn++) await Promise.resolve();
      await dataSource.destroy();
      await closeEmbeddedDatabase(pglite);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).toEqual([]);
      const reopened = await PGlite.create({ dataDir });
      expect((await reopened.query('SELECT text FROM notes')).rows).toEqual([{ text: 'in flight' }]);
      await reopened.close();
    } finally {
      process.off('unhandledRejection', onRejection);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
