import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { type AppConfig, usesDatabaseServer } from '../config/app-config.js';

/** Same driver, same SQL, same migrations whether the database is a PostgreSQL server or the embedded PGlite. */
export function dataSourceOptions(
  config: AppConfig,
  embedded: PGlite | undefined,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // TypeORM would look up the available extensions and create uuid-ossp at each connection (two statements of
    // every start): the migrations' ids default to gen_random_uuid(), PostgreSQL's own.
    installExtensions: false,
    logging: ['error' as const],
  };
  if (usesDatabaseServer(config))
    return { ...common, ...databaseServer(config), extra: { max: config.DATABASE_POOL_SIZE } };
  if (!embedded) throw new Error('embedded database not opened');
  return { ...common, extra: embeddedPoolOptions(embedded) };
}

/**
 * The server to connect to: DATABASE_URL as given, or the DATABASE_HOST… parts handed to the driver one by one, never
 * pasted into a URL, so that no character of a password or database name needs encoding.
 */
function databaseServer(
  config: AppConfig,
): { url: string } | { host: string; port: number; username: string; password?: string; database: string } {
  if (config.DATABASE_URL !== undefined) return { url: config.DATABASE_URL };
  const username = config.DATABASE_USER ?? 'postgres';
  return {
    host: config.DATABASE_HOST!,
    port: config.DATABASE_PORT,
    username,
    password: config.DATABASE_PASSWORD,
    database: config.DATABASE_NAME ?? username,
  };
}

/**
 * node-postgres options that route TypeORM's ordinary postgres driver to a PGlite instance. PGlite is a single
 * connection, so the pool holds exactly one client; transactions queue for it.
 */
export function embeddedPoolOptions(pglite: PGlite): Record<string, unknown> {
  const config = createPgConfig(yieldingBeforeStatements(pglite));
  return { ...config, connection: config.connection, max: 1, idleTimeoutMillis: 0 };
}

/** Protocol messages that start a statement: Parse (extended protocol) and Query (simple protocol). */
const STATEMENT_STARTS = new Set(['P'.charCodeAt(0), 'Q'.charCodeAt(0)]);

/**
 * PGlite executes statements on the serving thread, and node-postgres hands it each next message from a promise
 * continuation: a job awaiting statement after statement (a rollup pass, the gap topics' writes, a transaction) never
 * gave the event loop back until its last one, and every request arriving meanwhile waited for the whole job (0.5-1 s
 * under load). Each statement now starts from a macrotask, so the requests already received run between two
 * statements of a job; a lone statement waits for at most one turn of the event loop.
 */
function yieldingBeforeStatements(pglite: PGlite): PGlite {
  const execProtocolStream: PGlite['execProtocolStream'] = async (message, options) => {
    if (STATEMENT_STARTS.has(message[0])) await new Promise((resolve) => setImmediate(resolve));
    return pglite.execProtocolStream(message, options);
  };
  return new Proxy(pglite, {
    get: (target, property) => {
      if (property === 'execProtocolStream') return execProtocolStream;
      const value: unknown = Reflect.get(target, property, target);
      // PGlite's methods read private fields: they must run on the instance itself, not on this proxy.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
