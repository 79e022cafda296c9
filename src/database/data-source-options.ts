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
  const unfinished = unfinishedMessages(pglite);
  const execProtocolStream: PGlite['execProtocolStream'] = (message, options) => {
    const handled = (async () => {
      if (STATEMENT_STARTS.has(message[0])) await new Promise((resolve) => setImmediate(resolve));
      return pglite.execProtocolStream(message, options);
    })();
    unfinished.add(handled);
    const finished = () => unfinished.delete(handled);
    handled.then(finished, finished);
    return handled;
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

/** Protocol messages handed to each embedded database by its connections and not handled yet. */
const unfinishedMessagesByDatabase = new WeakMap<PGlite, Set<Promise<unknown>>>();

function unfinishedMessages(pglite: PGlite): Set<Promise<unknown>> {
  let unfinished = unfinishedMessagesByDatabase.get(pglite);
  if (!unfinished) unfinishedMessagesByDatabase.set(pglite, (unfinished = new Set()));
  return unfinished;
}

/**
 * Closes an embedded database once the messages its connections were handed have run. TypeORM's destroy releases the
 * query runners of queries still running, and node-postgres' pool resolves its end without waiting for those clients
 * to send their last messages: closing at once had such a message reach a closed database, a TypeError thrown where
 * nobody listens (an unhandled rejection, seen failing a test run when a scheduler's query met the app's close).
 */
export async function closeEmbeddedDatabase(pglite: PGlite): Promise<void> {
  const unfinished = unfinishedMessages(pglite);
  // A connection hands over its next message in the microtasks after the last one settled (or after the query was
  // sent): look after them, from a macrotask, each time.
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    if (unfinished.size === 0) break;
    await Promise.allSettled(unfinished);
  }
  if (!pglite.closed) await pglite.close();
}
