import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { resolve } from 'node:path';
import { createApp } from './app.js';
import { type AppConfig, embeddedDataDir, usesDatabaseServer } from './config/app-config.js';
import { DataDirLockedError, dataDirHolder } from './database/data-dir-lock.js';
import { ApiKeysService } from './modules/auth/api-keys.service.js';
import { limitHeapGrowth } from './common/heap-growth.js';

/** The command that makes a first admin key, as the start log tells a new user. */
const CREATE_ADMIN_KEY_COMMAND = 'npm run savoir -- keys create --name admin --role admin';

/**
 * Starts the service and listens (`savoir serve`, `npm start`). A data directory held by another process stops the
 * start at once with the holder named (the lock itself is taken when the database opens).
 */
export async function startServer(config: AppConfig): Promise<NestFastifyApplication> {
  const dataDir = embeddedDataDir(config);
  const holder = dataDir ? dataDirHolder(dataDir) : undefined;
  if (dataDir && holder) throw new DataDirLockedError(resolve(dataDir), holder);

  limitHeapGrowth(config.HEAP_GROWTH_PERCENT);
  const started = Date.now();
  const app = await createApp({ config });
  await app.listen({ port: config.PORT, host: config.HOST });
  const logger = new Logger('Savoir');
  logger.log({
    message: 'listening',
    url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`,
    database: usesDatabaseServer(config) ? 'postgresql' : `embedded (${config.DATA_DIR})`,
    search: config.MEILI_URL ? 'meilisearch' : 'embedded',
    startupMs: Date.now() - started,
  });
  if (!(await app.get(ApiKeysService).hasActiveAdminKey())) {
    logger.warn({
      message:
        'No admin API key exists yet, so nothing can be managed through the API. Set BOOTSTRAP_ADMIN_KEY (16+ characters) and restart, ' +
        (dataDir
          ? `or stop the server and run \`${CREATE_ADMIN_KEY_COMMAND}\` (the server holds the embedded database while it runs).`
          : `or run \`${CREATE_ADMIN_KEY_COMMAND}\`.`),
    });
  }
  return app;
}
