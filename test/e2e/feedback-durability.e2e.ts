import { PGlite } from '@electric-sql/pglite';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { ADMIN_KEY, freePort, freshDatabase } from '../support/test-app.js';
import { builtProject } from '../support/built-project.js';

/**
 * The server runs as a separate process (the built app, `node dist/src/main.js`) on a database that outlives it:
 * a PostgreSQL database when DATABASE_URL is set, else an embedded data directory. It is killed with SIGKILL in the
 * middle of a burst of feedback; once restarted, every feedback it had acknowledged must be there.
 */
const SERVED = 3000;
const CONCURRENCY = 24;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOG = join(mkdtempSync(join(tmpdir(), 'savoir-durability-log-')), 'server.log');

let env: Record<string, string>;
let main: string;
let cleanup: () => Promise<void>;
let child: ChildProcess | undefined;
let passed = false;
const served: string[] = Array.from({ length: SERVED }, () => randomUUID());

const SEED = `INSERT INTO served_answers (id, channel, kind, article_id, revision, locale, variant, session_id)
              SELECT id, 'web', 'render', gen_random_uuid(), 1, 'en', 'web', 'durability' FROM unnest($1::uuid[]) AS s(id)`;

beforeAll(async () => {
  main = builtProject('src/main.js');
  const base = { BOOTSTRAP_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(await freePort()) };
  if (process.env.DATABASE_URL) {
    const database = await freshDatabase();
    const client = new pg.Client({ connectionString: database.config.DATABASE_URL });
    await client.connect();
    await client.query(SEED, [served]);
    await client.end();
    env = { ...base, DATABASE_URL: database.config.DATABASE_URL! };
    cleanup = database.drop;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'savoir-durability-'));
    const pglite = await PGlite.create(dataDir);
    const dataSource = new DataSource(dataSourceOptions(loadConfig({}), pglite));
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.query(SEED, [served]);
    await dataSource.destroy();
    await pglite.close();
    env = { ...base, DATA_DIR: dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
}, 400_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await cleanup?.();
  // The server's log is kept when the test failed, for the diagnosis.
  if (passed) rmSync(dirname(LOG), { recursive: true, force: true });
});

async function startServer(): Promise<string> {
  const { PATH, HOME } = process.env;
  const log = openSync(LOG, 'a');
  child = spawn(process.execPath, [main], { cwd: ROOT, env: { PATH, HOME, ...env }, stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${env.PORT}`;
  await expect
    .poll(async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.status, {
      timeout: 150_000,
      interval: 200,
      message: `server did not start; its log: ${LOG}`,
    })
    .toBe(200);
  return url;
}

const post = (url: string, body: unknown) =>
  fetch(`${url}/v1/feedback`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

it('keeps every acknowledged feedback when the server is killed with SIGKILL mid-burst', async () => {
  let url = await startServer();
  const acknowledged = new Map<string, boolean>();
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (!killed && next < served.length) {
      const servedId = served[next++];
      const helpful = next % 3 !== 0;
      const res = await post(url, { servedId, helpful }).catch(() => undefined);
      if (res?.status === 201) acknowledged.set(servedId, helpful);
    }
  };
  const burst = Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await expect.poll(() => acknowledged.size, { timeout: 60_000, interval: 5 }).toBeGreaterThan(300);
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  killed = true;
  child!.kill('SIGKILL');
  await Promise.all([burst, exited]);
  expect(acknowledged.size).toBeLessThan(SERVED);

  url = await startServer();
  const stored = new Map<string, boolean | null>();
  for (let cursor: string | null = null, first = true; first || cursor; first = false) {
    const query = new URLSearchParams({ sessionId: 'durability', limit: '200', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${url}/v1/analytics/served?${query}`, {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: { id: string; helpful: boolean | null }[]; nextCursor: string | null };
    for (const item of page.items) stored.set(item.id, item.helpful);
    cursor = page.nextCursor;
  }
  expect(stored.size).toBe(SERVED);
  const lost = [...acknowledged].filter(([servedId, helpful]) => stored.get(servedId) !== helpful);
  expect(lost).toEqual([]);
  // And the rows are whole: a retry of an acknowledged vote is acknowledged again, not recorded twice.
  const [servedId, helpful] = [...acknowledged][0];
  expect((await post(url, { servedId, helpful })).status).toBe(200);
  passed = true;
}, 400_000);
