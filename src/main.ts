import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { ConfigError, loadConfig, usesDatabaseServer } from './config/app-config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const started = Date.now();
  const app = await createApp({ config });
  await app.listen({ port: config.PORT, host: config.HOST });
  new Logger('Savoir').log({
    message: 'listening',
    url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`,
    database: usesDatabaseServer(config) ? 'postgresql' : `embedded (${config.DATA_DIR})`,
    search: config.MEILI_URL ? 'meilisearch' : 'embedded',
    startupMs: Date.now() - started,
  });
}

main().catch((error) => {
  new Logger('Savoir').fatal({ message: 'failed to start', error: String(error?.stack ?? error) });
  process.exit(1);
});
