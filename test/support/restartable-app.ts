import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import { ApiKeysService } from '../../src/modules/auth/api-keys.service.js';
import { ADMIN_KEY, freshDatabase, TestApp } from './test-app.js';

export interface RestartableTestApp extends TestApp {
  /**
   * Closes the application and starts a new one on the same database, as a process restart would; `whileStopped`
   * runs in between (to change what the next start finds).
   */
  restart: (whileStopped?: () => unknown) => Promise<void>;
}

/**
 * Like `startTestApp`, but the database outlives the application: `restart()` closes the app (an embedded PGlite it
 * was given stays open) and boots a new one on the same data, for tests of what survives a restart.
 */
export async function startRestartableApp(overrides: Partial<AppConfig> = {}): Promise<RestartableTestApp> {
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
  const boot = async (): Promise<NestFastifyApplication> => {
    const app = await createApp({ config, embedded: database.embedded });
    await app.getHttpAdapter().getInstance().ready();
    return app;
  };
  let app = await boot();
  return {
    get app() {
      return app;
    },
    config,
    http: () => request(app.getHttpServer()),
    keyFor: async (role, channel) =>
      (await app.get(ApiKeysService).create({ name: `test ${role}`, role, channel })).secret,
    auth: (secret) => ({ authorization: `Bearer ${secret}` }),
    restart: async (whileStopped) => {
      await app.close();
      await whileStopped?.();
      app = await boot();
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
