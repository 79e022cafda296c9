import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { acquireDataDirLock, DataDirLock } from './data-dir-lock.js';
import { dataSourceOptions } from './data-source-options.js';
import { precompiledEmbeddedDatabase } from './embedded-wasm.js';

/**
 * A dump of a freshly migrated embedded database, made by `npm run build` (dist/embedded-template.tar.gz): a new data
 * directory starts from it instead of running initdb and every migration (seconds on a first boot). Migrations added
 * since still run on top, at start.
 */
export const EMBEDDED_TEMPLATE_FILE = fileURLToPath(new URL('../../embedded-template.tar.gz', import.meta.url));

/**
 * PostgreSQL's buffer cache inside the embedded database's WebAssembly memory (PostgreSQL's default: 128 MB). The data
 * directory's files are in the operating system's page cache anyway, and a WebAssembly memory never shrinks: a large
 * buffer cache only holds a second copy of the hot pages in the process's resident memory, once a scan has filled it.
 */
const EMBEDDED_SHARED_BUFFERS = '32MB';

/**
 * The embedded database's start options: PGlite's own with the buffer cache above, and its WebAssembly module if the
 * process compiled it in advance (see `precompileEmbeddedDatabase`).
 */
async function embeddedOptions() {
  const pgliteWasmModule = await precompiledEmbeddedDatabase();
  return {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
    ...(pgliteWasmModule ? { pgliteWasmModule } : {}),
  };
}

export interface EmbeddedDatabase {
  pglite: PGlite;
  /** The lock on the data directory (none in memory), to release once the database is closed. */
  lock?: DataDirLock;
}

/**
 * Opens the embedded PostgreSQL (PGlite) in `dataDir`, or in memory for `memory://`. A directory is first locked for
 * this process (`who` says what runs, for the message another process gets), and created from the template if new.
 */
export async function openEmbeddedDatabase(
  dataDir: string,
  who: { command: string; port?: number },
): Promise<EmbeddedDatabase> {
  if (dataDir.startsWith('memory://')) return { pglite: await PGlite.create(dataDir, await embeddedOptions()) };
  const lock = acquireDataDirLock(dataDir, who);
  try {
    const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
    const template =
      fresh && existsSync(EMBEDDED_TEMPLATE_FILE) ? new Blob([readFileSync(EMBEDDED_TEMPLATE_FILE)]) : undefined;
    return {
      pglite: await PGlite.create(dataDir, {
        ...(await embeddedOptions()),
        ...(template ? { loadDataDir: template } : {}),
      }),
      lock,
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** A dump of a new in-memory embedded database with every migration applied (the template, the tests' clones). */
export async function migratedEmbeddedDump(config: AppConfig, compression: 'gzip' | 'none'): Promise<Blob> {
  const pglite = await PGlite.create();
  const dataSource = new DataSource(dataSourceOptions(config, pglite));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  const dump = await pglite.dumpDataDir(compression);
  await pglite.close();
  return dump;
}
