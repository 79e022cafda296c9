import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from '../../src/app.js';
import { AppModule } from '../../src/app.module.js';
import { AppConfig, ConfigError, loadConfig, usesDatabaseServer } from '../../src/config/app-config.js';

/** A mistake in how the command was called: printed with the usage, exit code 64 (EX_USAGE). */
export class UsageError extends Error {}

/** Something in the environment stops the command (e.g. the server holds the embedded database): exit code 69. */
export class UnavailableError extends Error {}

/**
 * The embedded database (PGlite) must never be opened by two processes at once, and PGlite takes no lock: refuse
 * to run while a Savoir server answers on this machine's port in embedded mode.
 */
async function assertEmbeddedDatabaseFree(config: AppConfig): Promise<void> {
  if (usesDatabaseServer(config) || config.DATA_DIR.startsWith('memory://')) return;
  const running = await fetch(`http://127.0.0.1:${config.PORT}/health`, { signal: AbortSignal.timeout(1_000) }).then(
    (response) => response.ok,
    () => false,
  );
  if (running) {
    throw new UnavailableError(
      `A Savoir server is running on port ${config.PORT} with the embedded database in ${config.DATA_DIR}. ` +
        'Stop it first (two processes must not open the same embedded database), or use DATABASE_URL.',
    );
  }
}

/**
 * Runs a task inside the application: configuration validated, database opened and migrated, services ready; the
 * application is closed afterwards, which also flushes the embedded database to disk. Logs below `warn` are
 * silenced unless LOG_LEVEL is set, so that the command's own output stays readable.
 */
export async function withApp<T>(task: (app: INestApplicationContext, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, process.env.LOG_LEVEL ? {} : { LOG_LEVEL: 'warn' });
  await assertEmbeddedDatabaseFree(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config }), { logger: createLogger(config) });
  try {
    return await task(app, config);
  } finally {
    await app.close();
  }
}

/** Runs a command's main function and turns its outcome into an exit code with a readable message. */
export function runCommand(main: () => Promise<void>, usage: string): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n\n${usage}\n`);
        process.exit(64);
      }
      if (error instanceof ConfigError || error instanceof UnavailableError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(error instanceof ConfigError ? 78 : 69);
      }
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
