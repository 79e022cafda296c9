/**
 * Gap topics over a large served-answer log: the database filled by scripts/generate-served-rows.ts (5,000,000 served
 * answers, 1,000,000 searches of which a tenth found nothing, feedback on 5% of the answers), plus bot and voice
 * questions left without an answer (UNANSWERED, default 200,000, over 3,000 phrasings) added here once. The built
 * server starts (migrating the database), its scheduled gap pass materialises the topics (timed: the first pass reads
 * the whole log), then each report is requested RUNS times after two warm-ups; p50 and max in milliseconds, measured
 * by the client.
 *
 * Run: npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/savoir_bench node
 * dist/scripts/generate-served-rows.js && npx tsc -p tsconfig.json && DATABASE_URL=… node dist/bench/gap-topics.js
 */
import pg from 'pg';
import { ADMIN_KEY, startServer, stopServer, timeReports } from './analytics-bench-support.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/savoir_bench';
const RUNS = Number(process.env.RUNS ?? 10);
const UNANSWERED = Number(process.env.UNANSWERED ?? 200_000);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const SUBJECTS = ['park my car', 'change my delivery address', 'get a refund', 'cancel my order', 'reset my pin'];

async function main(): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const { rows: have } = await client.query(`SELECT count(*)::int AS n FROM searches WHERE kind = 'answer'`);
  if (have[0].n === 0) {
    const started = Date.now();
    // Questions the bot and voicebot could not answer: a few subjects asked in many ways (a number stands for the
    // rest of the wording), spread over the last 90 days.
    await client.query(
      `INSERT INTO searches (id, created_at, channel, kind, query, locale, hit_count, top_score, session_id, answered)
       SELECT gen_random_uuid(), now() - random() * interval '90 days', (ARRAY['bot', 'bot', 'voice'])[1 + g % 3], 'answer',
              'how can I ' || ($2::text[])[1 + g % 5] || ' ' || (g % 3000), 'en', 0, null, 'gap-' || g, false
       FROM generate_series(1, $1) g`,
      [UNANSWERED, SUBJECTS],
    );
    console.log(`${UNANSWERED} unanswered questions added: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const { rows: counts } = await client.query(
    `SELECT (SELECT count(*) FROM served_answers)::int AS served, (SELECT count(*) FROM searches)::int AS searches`,
  );
  console.log(`served answers: ${counts[0].served}, searches: ${counts[0].searches}`);

  const started = Date.now();
  const { url, child } = await startServer({ DATABASE_URL, ANALYTICS_ROLLUP_INTERVAL_MS: '2000' });
  const [{ xid }] = (await client.query(`SELECT pg_current_xact_id()::text AS xid`)).rows;
  for (;;) {
    const { rows } = await client.query(`SELECT next_xid > $1::xid8 AS done FROM gap_topics_watermark WHERE id = 1`, [
      xid,
    ]);
    if (rows[0].done) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const { rows: sizes } = await client.query(
    `SELECT (SELECT count(*) FROM gap_topics)::int AS topics, (SELECT count(*) FROM gap_topic_queries)::int AS queries,
            (SELECT count(*) FROM gap_topic_day)::int AS day_rows, (SELECT count(*) FROM gap_topic_quarter)::int AS quarter_rows`,
  );
  console.log(`server start + first gap pass over the whole log: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // As autovacuum would soon: the planner's estimates of the freshly filled tables.
  await client.query(`ANALYZE gap_topic_day, gap_topic_quarter, gap_topics, gap_topic_examples`);
  console.log(sizes[0]);
  await client.end();

  const last30 = `from=${day(-29)}&to=${day(0)}`;
  const last90 = `from=${day(-89)}&to=${day(0)}`;
  const first = await fetch(`${url}/v1/analytics/gaps?${last90}`, {
    headers: { authorization: `Bearer ${ADMIN_KEY}` },
  });
  const cursor = ((await first.json()) as { nextCursor: string }).nextCursor;
  const reports: [string, string][] = [
    ['gap topics, 30 days, UTC', `/gaps?${last30}`],
    ['gap topics, 90 days, Europe/Paris', `/gaps?${last90}&tz=Europe/Paris`],
    ['gap topics, 90 days, second page', `/gaps?${last90}&cursor=${cursor}`],
    ['gap topics, 90 days, voice', `/gaps?${last90}&channel=voice`],
    ['gap topics, 90 days, locale en, open', `/gaps?${last90}&locale=en&status=open`],
    ['gap topics as CSV, 90 days, 200 per page', `/gaps?${last90}&limit=200`],
    // Side by side in the same run, for the machine's load: existing content-gap reports over the same range.
    ['(reference) zero results, 90 days, Europe/Paris', `/searches/zero-results?${last90}&tz=Europe/Paris`],
    ['(reference) unanswered questions, 90 days, Europe/Paris', `/questions/unanswered?${last90}&tz=Europe/Paris`],
  ];
  console.log(`${RUNS} runs per report`);
  await timeReports(url, reports, RUNS);
  await stopServer(child);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
