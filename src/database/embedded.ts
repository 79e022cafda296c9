import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { mkdirSync } from 'node:fs';

/** Opens the embedded PostgreSQL (PGlite) in `dataDir`, or in memory for `memory://`. */
export async function openEmbeddedDatabase(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir);
}

/**
 * node-postgres options that route TypeORM's ordinary postgres driver to a PGlite instance. PGlite is a single
 * connection, so the pool holds exactly one client; transactions queue for it.
 */
export function embeddedPoolOptions(pglite: PGlite): Record<string, unknown> {
  const config = createPgConfig(pglite);
  return { ...config, connection: config.connection, max: 1, idleTimeoutMillis: 0 };
}
