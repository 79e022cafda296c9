import { PGlite } from '@electric-sql/pglite';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { inject } from 'vitest';
import type { DestinationStream } from 'pino';
import { createApp } from '../../src/app.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import { closeEmbeddedDatabase } from '../../src/database/data-source-options.js';
import type { Channel, Role } from '../../src/common/domain.js';
import { ApiKeysService } from '../../src/modules/auth/api-keys.service.js';

export const ADMIN_KEY = 'test-admin-key-0123456789';

/** A fresh, migrated database for one test file: a clone of the template made by the global setup. */
export async function freshDatabase(): Promise<{
  config: Partial<AppConfig>;
  embedded?: PGlite;
  drop: () => Promise<void>;
}> {
  const database = inject('database');
  if (database.kind === 'embedded') {
    const embedded = await PGlite.create({ loadDataDir: new Blob([readFileSync(database.dumpFile)]) });
    return { config: {}, embedded, drop: () => closeEmbeddedDatabase(embedded) };
  }
  const name = `savoir_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: database.serverUrl });
  await admin.connect();
  // Concurrent clones of one template can collide ("source database is being accessed"): retry briefly.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${database.template}`);
      break;
    } catch (error) {
      if (attempt > 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
  const url = new URL(database.serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: 20 },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** supertest bound to the app */
  http: () => TestAgent;
  /** Creates a key of this role (and channel) and returns its secret. */
  keyFor: (role: Role, channel?: Channel) => Promise<string>;
  /** `Authorization` header value for a secret. */
  auth: (secret: string) => { authorization: string };
  close: () => Promise<void>;
}

/** Starts the whole application on a fresh database, with `ADMIN_KEY` as an admin key; its log to `logDestination`. */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  logDestination?: DestinationStream,
): Promise<TestApp> {
  const database = await freshDatabase();
  const config = loadConfig(
    {},
    {
      BOOTSTRAP_ADMIN_KEY: ADMIN_KEY,
      SCHEDULER_INTERVAL_MS: 100,
      LOG_LEVEL: 'warn',
      DATA_DIR: 'memory://',
      ...database.config,
      ...overrides,
    },
  );
  const app = await createApp({ config, embedded: database.embedded, logDestination });
  await app.getHttpAdapter().getInstance().ready();
  const keys = app.get(ApiKeysService);
  return {
    app,
    config,
    http: () => request(app.getHttpServer()),
    keyFor: async (role, channel) => (await keys.create({ name: `test ${role}`, role, channel })).secret,
    auth: (secret) => ({ authorization: `Bearer ${secret}` }),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Has the application listen on a free loopback port; returns its base URL (for clients that need a real socket). */
export async function listenUrl(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}

/** A loopback port nobody listens on now (for a process the test starts, or a server that must be unreachable). */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
