/**
 * What a stop loses: the built server (`node dist/src/main.js`) under mixed load (renders, searches, answers, each
 * followed at once by feedback and events on what it returned) is stopped with SIGTERM, then with SIGKILL; the rows it
 * acknowledged are then looked for in its database. Acknowledged feedback and events must all be there; served and
 * search rows too after SIGTERM, and after SIGKILL all but those acknowledged within the last flush interval.
 *
 * Run: npm run build && npx tsc -p tsconfig.json --outDir dist && node dist/bench/shutdown-loss.js
 * (DATABASE_URL=postgres://… for a PostgreSQL server: each run gets a fresh database made from it; else the embedded
 * database in a temporary DATA_DIR. CLIENTS=16, LOAD_MS=3000 before the signal, PORT=3911)
 */
import { PGlite } from '@electric-sql/pglite';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const CLIENTS = Number(process.env.CLIENTS ?? 16);
const LOAD_MS = Number(process.env.LOAD_MS ?? 3000);
const PORT = process.env.PORT ?? '3911';
const KEY = 'bench-admin-key-0123456789';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const url = `http://127.0.0.1:${PORT}`;
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

interface Database {
  env: Record<string, string>;
  count: (table: string, column: string, ids: string[]) => Promise<Set<string>>;
  drop: () => Promise<void>;
}

async function database(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    const name = `savoir_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: target.toString() },
      count: async (table, column, ids) => {
        const client = new pg.Client({ connectionString: target.toString() });
        await client.connect();
        const rows = (
          await client.query(`SELECT ${column} AS id FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [ids])
        ).rows as { id: string }[];
        await client.end();
        return new Set(rows.map((r) => r.id));
      },
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'savoir-shutdown-'));
  return {
    env: { DATA_DIR: dir },
    count: async (table, column, ids) => {
      const db = await PGlite.create(dir);
      const rows = (await db.query(`SELECT ${column} AS id FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [ids]))
        .rows as { id: string }[];
      await db.close();
      return new Set(rows.map((r) => r.id));
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function start(env: Record<string, string>): ChildProcess {
  const { PATH, HOME } = process.env;
  return spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: {
      PATH,
      HOME,
      PORT,
      HOST: '127.0.0.1',
      BOOTSTRAP_ADMIN_KEY: KEY,
      LOG_LEVEL: 'error',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function ready(): Promise<void> {
  for (;;) {
    if ((await fetch(`${url}/health/ready`).catch(() => undefined))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, any> };
};

async function run(signal: 'SIGTERM' | 'SIGKILL'): Promise<Record<string, unknown>> {
  const db = await database();
  let child = start(db.env);
  await ready();
  const article = await call('POST', '/v1/articles', {
    audience: 'public',
    locale: 'en',
    publish: true,
    title: 'How do I reset my voicemail PIN?',
    body: 'Open Settings, then Security.',
    alternativeQuestions: ['forgot my voicemail pin'],
  });
  const articleId = article.body.id as string;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // indexing
  const served = new Map<string, number>();
  const searches = new Map<string, number>();
  const feedback: string[] = [];
  const events: string[] = [];
  let stopped = false;
  const report = async (servedId: string | undefined, searchId: string | undefined) => {
    const ev = [
      servedId && { id: randomUUID(), type: 'click', servedId, at: new Date().toISOString() },
      searchId && { id: randomUUID(), type: 'resolved', searchId, at: new Date().toISOString() },
    ].filter(Boolean) as { id: string }[];
    const [vote, sent] = await Promise.all([
      servedId ? call('POST', '/v1/feedback', { servedId, helpful: true }).catch(() => undefined) : undefined,
      call('POST', '/v1/events', ev).catch(() => undefined),
    ]);
    if (servedId && vote?.status === 201) feedback.push(servedId);
    if (sent?.status === 200 || sent?.status === 201) events.push(...ev.map((e) => e.id));
  };
  const client = async (n: number) => {
    for (let i = n; !stopped; i += 1) {
      const res = await (
        i % 3 === 0
          ? call('GET', `/v1/articles/${articleId}/render`)
          : i % 3 === 1
            ? call('GET', '/v1/search?q=voicemail%20pin')
            : call('POST', '/v1/answers', { question: 'I forgot my voicemail pin', locale: 'en' })
      ).catch(() => undefined);
      if (res?.status !== 200) continue;
      const at = Date.now();
      if (res.body.servedId) served.set(res.body.servedId, at);
      if (res.body.searchId) searches.set(res.body.searchId, at);
      await report(res.body.servedId ?? undefined, res.body.searchId);
    }
  };
  const clients = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signalledAt = Date.now();
  child.kill(signal);
  await exited;
  const stopMs = Date.now() - signalledAt;
  stopped = true;
  await clients;

  const lostAge = async (table: string, acked: Map<string, number>) => {
    const found = await db.count(table, 'id', [...acked.keys()]);
    const lost = [...acked].filter(([id]) => !found.has(id));
    return {
      acknowledged: acked.size,
      lost: lost.length,
      oldestLostMsBeforeSignal: lost.length ? Math.max(...lost.map(([, at]) => signalledAt - at)) : null,
    };
  };
  const result = {
    signal,
    database: process.env.DATABASE_URL ? 'postgresql' : 'embedded (DATA_DIR)',
    stopMs,
    served: await lostAge('served_answers', served),
    searches: await lostAge('searches', searches),
    feedback: {
      acknowledged: feedback.length,
      lost: feedback.length - (await db.count('feedback', 'served_id', feedback)).size,
    },
    events: { acknowledged: events.length, lost: events.length - (await db.count('client_events', 'id', events)).size },
  };
  child = undefined as unknown as ChildProcess;
  await db.drop();
  return result;
}

for (const signal of ['SIGTERM', 'SIGKILL'] as const) console.log(JSON.stringify(await run(signal)));
