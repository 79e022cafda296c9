import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { createLogger } from '../app.js';
import { AppModule } from '../app.module.js';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig, usesDatabaseServer } from '../config/app-config.js';
import { closeEmbeddedDatabase, dataSourceOptions } from '../database/data-source-options.js';
import { EmbeddedDatabase, openEmbeddedDatabase } from '../database/embedded.js';
import type { ImportProgress } from '../modules/transfer/transfer.types.js';

/** A mistake in how the command was called: exit code 64 (EX_USAGE). */
export class UsageError extends Error {}

/** Something in the environment stops the command (e.g. the server holds the embedded database): exit code 69. */
export class UnavailableError extends Error {}

/** The command did its work and reported a failure in its output: exit code 1, nothing more printed. */
export class CommandFailed extends Error {}

/** Runs a task inside the application opened for a CLI command. */
export type AppRunner = <T>(
  command: string,
  task: (app: INestApplicationContext, config: AppConfig) => Promise<T>,
) => Promise<T>;

/** Runs a task on the database alone, migrations not run (`migrate`, `doctor`). */
export type DatabaseRunner = <T>(
  command: string,
  task: (dataSource: DataSource, config: AppConfig) => Promise<T>,
) => Promise<T>;

/** What commands run with: the tests give their own application and capture the output. */
export interface CliContext {
  withApp: AppRunner;
  withDatabase: DatabaseRunner;
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

/**
 * The configuration of a CLI command: logs below `warn` are silenced unless LOG_LEVEL is set, to keep its output
 * readable.
 */
export function cliConfig(env: Record<string, string | undefined>): AppConfig {
  return loadConfig(env, env.LOG_LEVEL ? {} : { LOG_LEVEL: 'warn' });
}

/**
 * Opens the embedded database for a command, after locking its data directory: while a server (or another command)
 * holds it, the command stops with a message naming that process. Nothing to open with DATABASE_URL.
 */
async function withEmbedded<T>(
  command: string,
  config: AppConfig,
  task: (embedded: EmbeddedDatabase | undefined) => Promise<T>,
): Promise<T> {
  const embedded = usesDatabaseServer(config)
    ? undefined
    : await openEmbeddedDatabase(config.DATA_DIR, { command: `savoir ${command}` });
  try {
    return await task(embedded);
  } finally {
    if (embedded) await closeEmbeddedDatabase(embedded.pglite);
    embedded?.lock?.release();
  }
}

/**
 * Opens the application without HTTP (configuration validated, database opened and migrated, services ready), runs
 * the task and closes it, which also flushes the embedded database to disk. The embedded data directory is locked
 * first: while a server (or another command) holds it, the command stops with a message naming that process.
 */
const openApp: AppRunner = (command, task) => {
  const config = cliConfig(process.env);
  return withEmbedded(command, config, async (embedded) => {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, embedded: embedded?.pglite }), {
      logger: createLogger(config),
      abortOnError: false,
    });
    try {
      return await task(app, config);
    } finally {
      await app.close();
    }
  });
};

const openDatabase: DatabaseRunner = (command, task) => {
  const config = cliConfig(process.env);
  return withEmbedded(command, config, async (embedded) => {
    const dataSource = new DataSource(dataSourceOptions(config, embedded?.pglite));
    await dataSource.initialize();
    try {
      return await task(dataSource, config);
    } finally {
      await dataSource.destroy();
    }
  });
};

export const processContext: CliContext = {
  withApp: openApp,
  withDatabase: openDatabase,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
};

export interface Progress {
  done: number;
  total: number;
}

/** An import's progress as a progress bar counts it (the total is known once the source has been scanned). */
export const importProgress = (update: (progress: Progress) => void) => (progress: ImportProgress) =>
  update({ done: progress.done, total: progress.total ?? progress.done });

/**
 * A progress bar for a long job, on the terminal only (nothing is drawn when stderr is a file or a pipe). Returns
 * the callback to give the job, and `stop` to call once it ends.
 */
export function progressBar(label: string, unit: string): { update: (progress: Progress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration}s`,
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: ({ done, total }) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
