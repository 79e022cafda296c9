import type { PGlite } from '@electric-sql/pglite';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import type { AppConfig } from '../config/app-config.js';
import { embeddedPoolOptions } from './embedded.js';

/** Same driver, same SQL, same migrations whether the database is a PostgreSQL server or the embedded PGlite. */
export function dataSourceOptions(config: AppConfig, embedded: PGlite | undefined, entities: DataSourceOptions['entities'] = []): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: ['error' as const],
  };
  if (config.DATABASE_URL) {
    return { ...common, url: config.DATABASE_URL, extra: { max: config.DATABASE_POOL_SIZE } };
  }
  if (!embedded) throw new Error('embedded database not opened');
  return { ...common, extra: embeddedPoolOptions(embedded) };
}
