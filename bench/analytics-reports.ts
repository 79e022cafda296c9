/**
 * Report latency over a large served-answer log: the built server (one Node process) on the database filled by
 * scripts/generate-served-rows.ts (5,000,000 served answers by default), each report requested RUNS times in a row
 * after two warm-up requests; p50 and max in milliseconds, measured by the client.
 *
 * Run: npm run build && node dist/scripts/generate-served-rows.js && npx tsc -p tsconfig.json && node
 * dist/bench/analytics-reports.js
 * (DATABASE_URL names the filled database, default postgres://postgres@127.0.0.1:5432/savoir_bench)
 */
import pg from 'pg';
import { startServer, stopServer, timeReports } from './analytics-bench-support.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/savoir_bench';
const RUNS = Number(process.env.RUNS ?? 10);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function main(): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const { rows: counts } = await client.query(`SELECT count(*)::int AS served FROM served_answers`);
  // The busiest article and one from the middle of the ranking.
  const { rows: ranked } = await client.query(
    `SELECT article_id FROM analytics_article_day GROUP BY 1 ORDER BY sum(served) DESC`,
  );
  const { rows: oneServed } = await client.query(`SELECT id FROM served_answers ORDER BY served_at DESC LIMIT 1`);
  await client.end();
  const top = ranked[0].article_id as string;
  const middle = ranked[Math.floor(ranked.length / 2)].article_id as string;

  const last30 = `from=${day(-29)}&to=${day(0)}`;
  const last90 = `from=${day(-89)}&to=${day(0)}`;
  const reports: [string, string][] = [
    ['summary, 30 days, UTC', `/summary?${last30}`],
    ['summary, 90 days, Europe/Paris', `/summary?${last90}&tz=Europe/Paris`],
    ['articles ranking, 30 days, UTC', `/articles?${last30}`],
    ['articles ranking, 90 days, Asia/Kolkata', `/articles?${last90}&tz=Asia/Kolkata`],
    ['articles ranking, 90 days, bot, by helpful rate', `/articles?${last90}&channel=bot&sort=helpfulRate`],
    ['article detail (busiest), 30 days, UTC', `/articles/${top}?${last30}`],
    ['article detail (busiest), 90 days, America/New_York', `/articles/${top}?${last90}&tz=America/New_York`],
    ['article detail (median), 90 days, UTC', `/articles/${middle}?${last90}`],
    ['channels, 90 days, Europe/Paris', `/channels?${last90}&tz=Europe/Paris`],
    ['intents × channel (answer, helpful, resolution rates), 90 days, UTC', `/intents?${last90}`],
    ['intents × channel, 30 days, Europe/Paris', `/intents?${last30}&tz=Europe/Paris`],
    ['intents × channel, 90 days, bot, one intent', `/intents?${last90}&channel=bot&intent=intent-1`],
    ['intents × channel as CSV, 90 days', `/intents?${last90}`],
    ['article revisions (busiest), 90 days, UTC', `/articles/${top}/revisions?${last90}`],
    ['what was said: served/:id', `/served/${oneServed[0].id}`],
    ['zero results, 90 days, Europe/Paris', `/searches/zero-results?${last90}&tz=Europe/Paris`],
    ['journeys, 90 days, Europe/Paris', `/journeys?${last90}&tz=Europe/Paris`],
    ['served log, first page, 30 days', `/served?${last30}`],
    ['served log, busiest article, bot, 30 days', `/served?${last30}&articleId=${top}&channel=bot`],
    ['summary as CSV, 90 days', `/summary?${last90}`],
  ];
  const only = process.env.ONLY;

  const { url, child } = await startServer({ DATABASE_URL, ANALYTICS_ROLLUP_INTERVAL_MS: '600000' });
  console.log(`served answers in the log: ${counts[0].served}; ${RUNS} runs per report`);
  await timeReports(url, only ? reports.filter(([label]) => label.includes(only)) : reports, RUNS);
  await stopServer(child);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
