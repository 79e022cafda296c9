/**
 * Fills a PostgreSQL database with a realistic served-answer log for the analytics benchmarks, with generate_series
 * on the server: articles with intents, served answers spread over the last DAYS days (a few articles take most of
 * the traffic, as in a real FAQ; sessions of three answers 20 minutes apart on random channels, so some self-service
 * answers are followed by an agent or email contact), searches (a tenth find nothing), as many questions to the answers
 * endpoint (a fifth unanswered, each with its best candidate), feedback and client events. Rows
 * go in by chunks,
 * one transaction each, and a rollup pass runs after each chunk, as the periodic job would.
 *
 * Run: npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/savoir_bench ROWS=5000000 node
 * dist/scripts/generate-served-rows.js
 * The database is created (and migrated) if missing; existing rows are kept, so run it on a fresh database.
 */
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { RollupService } from '../src/modules/analytics/rollup.service.js';

const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/savoir_bench');
const ROWS = Number(process.env.ROWS ?? 5_000_000);
const CHUNK = Number(process.env.CHUNK ?? 500_000);
const ARTICLES = Number(process.env.ARTICLES ?? 2000);
const DAYS = Number(process.env.DAYS ?? 90);

async function ensureDatabase(): Promise<void> {
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const name = url.pathname.slice(1);
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

async function main(): Promise<void> {
  await ensureDatabase();
  const config = loadConfig({}, { DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' });
  const db = new DataSource(dataSourceOptions(config, undefined));
  await db.initialize();
  await db.runMigrations();
  const rollup = new RollupService(db, config);
  const time = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await run();
    console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };

  await time(`${ARTICLES} articles`, async () => {
    await db.query(
      `INSERT INTO intents (key, name) SELECT 'intent-' || i, 'Intent ' || i FROM generate_series(1, 200) i ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO articles (slug, audience, state, default_locale, created_by, intents)
       SELECT 'bench-article-' || i, 'public', 'active', 'en', 'bench', ARRAY['intent-' || (1 + i % 200)]
       FROM generate_series(1, $1) i ON CONFLICT (slug) DO NOTHING`,
      [ARTICLES],
    );
  });
  const articleIds = (
    await db.query(`SELECT array_agg(id ORDER BY slug) AS ids FROM articles WHERE slug LIKE 'bench-article-%'`)
  )[0].ids as string[];

  for (let done = 0; done < ROWS; done += CHUNK) {
    const n = Math.min(CHUNK, ROWS - done);
    await time(`chunk of ${n} served rows (+ searches, feedback, events)`, () =>
      db.transaction(async (m) => {
        // Channel and locale drawn per row; article index skewed (cube of a uniform draw): the first article gets ~8%.
        await m.query(
          `INSERT INTO served_answers (id, served_at, channel, kind, article_id, revision, locale, variant, query, rank, score, session_id)
           SELECT gen_random_uuid(),
                  now() - make_interval(secs => ((g / 3)::bigint * 7919 + $5) % ($3 * 86400)) - make_interval(mins => 40 - (g % 3) * 20),
                  ch, 'render', ($1::uuid[])[1 + floor($4 * power(random(), 3))::int], 1 + floor(random() * 3)::int,
                  CASE WHEN random() < 0.7 THEN 'en' ELSE 'fr' END, ch, 'how do I ' || (g % 5000), 1, random(), 'bench-' || $5 || '-' || (g / 3)
           FROM (SELECT g, (ARRAY['web','web','web','web','bot','bot','bot','voice','agent','email'])[1 + floor(random() * 10)::int] AS ch
                 FROM generate_series(1, $2) g) x`,
          [articleIds, n, DAYS, ARTICLES, done],
        );
        await m.query(
          `INSERT INTO searches (id, created_at, channel, kind, query, locale, hit_count, top_score, session_id)
           SELECT gen_random_uuid(), now() - random() * make_interval(days => $2), 'web', 'search', 'question number ' || (g % 20000),
                  'en', CASE WHEN random() < 0.1 THEN 0 ELSE 5 END, 0.5, 'bench-' || $3 || '-' || (g / 3)
           FROM generate_series(1, $1 / 5) g`,
          [n, DAYS, done],
        );
        // As many questions to the answers endpoint, a fifth unanswered, each with its best candidate (skewed too).
        await m.query(
          `INSERT INTO searches (id, created_at, channel, kind, query, locale, hit_count, top_score, session_id, answered,
                                 top_article_id, top_revision, top_locale)
           SELECT gen_random_uuid(), now() - random() * make_interval(days => $2), ch, 'answer', 'question number ' || (g % 20000),
                  'en', 3, 0.5, 'bench-' || $3 || '-' || (g / 3), random() >= 0.2,
                  ($4::uuid[])[1 + floor($5 * power(random(), 3))::int], 1 + floor(random() * 3)::int, 'en'
           FROM (SELECT g, (ARRAY['web','bot','bot','voice'])[1 + floor(random() * 4)::int] AS ch
                 FROM generate_series(1, $1 / 5) g) x`,
          [n, DAYS, done, articleIds, ARTICLES],
        );
        // Feedback on 5% and a click on 10% of this chunk's answers.
        await m.query(
          `WITH mine AS (SELECT id, random() AS r FROM served_answers WHERE session_id LIKE 'bench-' || $1 || '-%')
           , fb AS (INSERT INTO feedback (id, served_id, helpful) SELECT gen_random_uuid(), id, r < 0.035 FROM mine WHERE r < 0.05)
           INSERT INTO client_events (id, type, served_id, at) SELECT gen_random_uuid(), 'click', id, now() FROM mine WHERE r >= 0.9`,
          [done],
        );
      }),
    );
    const pass = await time('  rollup pass', () => rollup.rollUp());
    console.log('  ', pass);
  }
  const [counts] = await db.query(
    `SELECT (SELECT count(*) FROM served_answers)::int AS served, (SELECT count(*) FROM searches)::int AS searches,
            (SELECT count(*) FROM analytics_article_day)::int AS article_day_rows, (SELECT count(*) FROM analytics_article_quarter)::int AS article_quarter_rows,
            (SELECT count(*) FROM analytics_channel_quarter)::int AS channel_quarter_rows`,
  );
  console.log(counts);
  await db.query('ANALYZE');
  await db.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
