import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { migratedEmbeddedDump } from '../../src/database/embedded.js';
import { compileSourcesForWorkers } from './worker-sources.js';

export type TestDatabase =
  { kind: 'postgres'; serverUrl: string; template: string } | { kind: 'embedded'; dumpFile: string };

declare module 'vitest' {
  export interface ProvidedContext {
    database: TestDatabase;
  }
}

/**
 * Runs the migrations once; every test file then clones the result (CREATE DATABASE ... TEMPLATE, or a PGlite dump).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const removeWorkerSources = await compileSourcesForWorkers(fileURLToPath(new URL('../..', import.meta.url)));
  const teardown = await migrate(project);
  return async () => {
    await teardown();
    removeWorkerSources();
  };
}

async function migrate(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `savoir_tpl_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const url = new URL(serverUrl);
    url.pathname = `/${template}`;
    const dataSource = new DataSource(dataSourceOptions(loadConfig({}, { DATABASE_URL: url.toString() }), undefined));
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    project.provide('database', { kind: 'postgres', serverUrl, template });
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'savoir-test-'));
  const dumpFile = join(dir, 'migrated.tar');
  writeFileSync(dumpFile, Buffer.from(await (await migratedEmbeddedDump(loadConfig({}), 'none')).arrayBuffer()));
  project.provide('database', { kind: 'embedded', dumpFile });
  return async () => rmSync(dir, { recursive: true, force: true });
}
