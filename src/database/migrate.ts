import { DataSource, Migration, MigrationExecutor } from 'typeorm';

/**
 * Key of the PostgreSQL advisory lock held while migrating ("savoir-migrations" in the lock space of this database):
 * replicas starting together take turns, the first applies the pending migrations and the others find none left.
 */
export const MIGRATION_LOCK_KEY = 0x5a7_0125;

/**
 * Applies the pending migrations in one transaction, under a session-level advisory lock taken on the same connection
 * (so that it works with a pool of one). Without it two instances starting on an empty database both create the
 * tables and one of them fails.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'all';
      return await executor.executePendingMigrations();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** The names of the migrations this database has applied, in the order applied (none before the first start). */
export async function appliedMigrations(dataSource: DataSource): Promise<string[]> {
  const [{ present }] = await dataSource.query(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
  if (!present) return [];
  const rows: { name: string }[] = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
  return rows.map((row) => row.name);
}
