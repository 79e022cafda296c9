import { DynamicModule, Global, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { AppConfig, usesDatabaseServer } from '../config/app-config.js';
import { closeEmbeddedDatabase, dataSourceOptions } from './data-source-options.js';
import type { DataDirLock } from './data-dir-lock.js';
import { openEmbeddedDatabase } from './embedded.js';
import { runMigrationsLocked } from './migrate.js';

export interface DatabaseModuleOptions {
  /** An already opened PGlite to use instead of opening DATA_DIR (tests clone a migrated one). */
  embedded?: PGlite;
}

/** The embedded database this application runs on, if any (`instance` is undefined on a PostgreSQL server). */
export class EmbeddedDatabaseHolder implements OnApplicationShutdown {
  constructor(
    readonly instance: PGlite | undefined,
    private readonly owned: boolean,
    private readonly lock?: DataDirLock,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // Closing flushes the embedded database to disk; only close what we opened. The lock goes once it is closed.
    if (this.owned && this.instance && !this.instance.closed) {
      await closeEmbeddedDatabase(this.instance);
      new Logger('Database').log('embedded database closed');
    }
    this.lock?.release();
  }
}

@Module({})
class EmbeddedDatabaseModule {}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions = {}): DynamicModule {
    const holder = {
      provide: EmbeddedDatabaseHolder,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        if (usesDatabaseServer(config)) return new EmbeddedDatabaseHolder(undefined, false);
        if (options.embedded) return new EmbeddedDatabaseHolder(options.embedded, false);
        const { pglite, lock } = await openEmbeddedDatabase(config.DATA_DIR, { command: 'server', port: config.PORT });
        return new EmbeddedDatabaseHolder(pglite, true, lock);
      },
    };
    // One module instance shared by TypeORM and this module: two PGlite instances on one directory would corrupt it.
    // Global, as TypeORM's module is: Nest shuts global modules down last (the most recently imported first), so the
    // database closes once every module's shutdown hook has settled (a scheduler's last pass included) and TypeORM's
    // connection has ended, never under a query.
    const embedded: DynamicModule = {
      module: EmbeddedDatabaseModule,
      global: true,
      providers: [holder],
      exports: [holder],
    };
    return {
      module: DatabaseModule,
      exports: [embedded],
      imports: [
        embedded,
        TypeOrmModule.forRootAsync({
          imports: [embedded],
          inject: [AppConfig, EmbeddedDatabaseHolder],
          useFactory: (config: AppConfig, database: EmbeddedDatabaseHolder) => ({
            ...dataSourceOptions(config, database.instance),
            autoLoadEntities: true,
          }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            try {
              await runMigrationsLocked(dataSource);
            } catch (error) {
              await dataSource.destroy();
              throw error;
            }
            return dataSource;
          },
        }),
      ],
    };
  }
}

/** Readiness: can the database answer right now? */
export async function databaseIsReady(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch (error) {
    new Logger('Database').warn({ message: 'readiness check failed', error: String(error) });
    return false;
  }
}
