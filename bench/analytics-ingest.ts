/**
 * Client event ingest through the HTTP API into a real PostgreSQL: batches of BATCH events (each referencing a served
 * answer) posted by CONNECTIONS concurrent clients for DURATION seconds to the built server (one Node process), with
 * the rollup job running as in production. Events/s is what the database holds afterwards over the run time; then
 * the time the rollups take to catch up.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/analytics-ingest.js
 * (DATABASE_URL names the server, default postgres://postgres@127.0.0.1:5432/postgres; BATCH, CONNECTIONS, DURATION)
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { ADMIN_KEY, databaseUrl, recreateDatabase, startServer, stopServer } from './analytics-bench-support.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const BATCH = Number(process.env.BATCH ?? 200);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const DURATION = Number(process.env.DURATION ?? 30);
const SERVED = 100_000;
const NAME = 'savoir_bench_ingest';
const TYPES = ['click', 'click', 'click', 'resolved', 'copied_to_reply', 'handoff'];

async function main(): Promise<void> {
  await recreateDatabase(NAME);
  const url = databaseUrl(NAME);
  const db = new DataSource(dataSourceOptions(loadConfig({}, { DATABASE_URL: url }), undefined));
  await db.initialize();
  await db.runMigrations();
  const served = (
    await db.query(
      `INSERT INTO served_answers (id, channel, kind, article_id, revision, locale, variant, session_id)
       SELECT gen_random_uuid(), 'web', 'render', gen_random_uuid(), 1, 'en', 'web', 'ingest-' || (g / 4) FROM generate_series(1, $1) g RETURNING id`,
      [SERVED],
    )
  ).map((r: { id: string }) => r.id) as string[];
  await db.destroy();

  const { url: api, child } = await startServer({
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '20',
    ANALYTICS_ROLLUP_INTERVAL_MS: '2000',
  });
  const batch = () =>
    JSON.stringify(
      Array.from({ length: BATCH }, () => ({
        id: randomUUID(),
        type: TYPES[Math.floor(Math.random() * TYPES.length)],
        servedId: served[Math.floor(Math.random() * served.length)],
        at: new Date().toISOString(),
      })),
    );
  const result = await autocannon({
    url: `${api}/v1/events`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: batch() }) }],
  });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const stored = Number((await client.query(`SELECT count(*) FROM client_events`)).rows[0].count);
  const caughtUpFrom = Date.now();
  for (;;) {
    const { rows } = await client.query(
      `SELECT coalesce(sum(clicks + copies + handoffs + resolved), 0)::bigint AS counted FROM analytics_channel_quarter`,
    );
    if (Number(rows[0].counted) >= stored) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const catchUpMs = Date.now() - caughtUpFrom;
  await client.end();
  await stopServer(child);

  const seconds = result.duration;
  console.log(
    JSON.stringify(
      {
        batch: BATCH,
        connections: CONNECTIONS,
        seconds,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
        eventsStored: stored,
        eventsPerSecond: Math.round(stored / seconds),
        rollupCatchUpMsAfterRun: catchUpMs,
      },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
