/**
 * What one FAQ list refresh costs the serving thread on the embedded database (PGlite executes each statement inside
 * this thread: nothing else runs while one does): the list ranked by one statement over the whole knowledge base
 * (`LiveArticles.top`) against the same list ranked STEP articles per statement (`top(query, STEP)`, what FaqLists
 * does on the embedded database), side by side, ROUNDS times each in turn: the longest single statement (the longest
 * time a request may wait behind the refresh), the whole refresh, and that both give the same list. The knowledge
 * base: ARTICLES generated articles × en/fr in a DATA_DIR on disk, with a month of served counts for SERVED of them
 * (daily rollup rows, so that scores break most ties), as the embedded default holds them.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/faq-refresh.js (ARTICLES=10000, SERVED=3000, STEP=200, ROUNDS=5;
 * DATABASE_URL to run it on PostgreSQL instead)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { ServedCounts } from '../src/modules/analytics/served-counts.js';
import { LiveArticles, type TopQuery } from '../src/modules/articles/live-articles.js';
import { bulkLoadArticles } from './bulk-load.js';
import { benchContent, random } from './search-engine-corpus.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const SERVED = Number(process.env.SERVED ?? 3000);
const STEP = Number(process.env.STEP ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 5);

const scratch = mkdtempSync(join(tmpdir(), 'savoir-faq-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: process.env.DATA_DIR ?? join(scratch, 'data'),
  LOG_LEVEL: 'warn',
});
const app = await createApp({ config });
const db = app.get(DataSource);
let started = Date.now();
const content = benchContent(ARTICLES);
await bulkLoadArticles(db, content);
// A month of daily counts on the bot channel for SERVED articles, a few per day, so that most scores differ.
const next = random(7);
const served: [string, number, number][] = [];
for (const article of content.en.slice(0, SERVED))
  for (let day = 0; day < 30; day += 1)
    if (next() < 0.5) served.push([article.articleId, day, 1 + Math.floor(next() * 9)]);
await db.query(
  `INSERT INTO analytics_article_channel_day (day, article_id, channel, served)
   SELECT (now() AT TIME ZONE 'UTC')::date - d, id, 'bot', n FROM unnest($1::uuid[], $2::int[], $3::int[]) AS x(id, d, n)`,
  [served.map((s) => s[0]), served.map((s) => s[1]), served.map((s) => s[2])],
);
console.log(
  `${ARTICLES} articles × 2 locales and ${served.length} rollup rows loaded in ${Date.now() - started} ms ` +
    `(${config.DATABASE_URL ? 'PostgreSQL' : 'embedded'})`,
);

/** CPU time of this process so far, ms: on a loaded machine, wall time mostly measures the waits for a core. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * The CPU time of every statement while `work` runs, and of the whole work (the embedded database runs one statement
 * at a time, inside this thread: a statement's CPU time is how long it holds the serving thread on an idle machine).
 */
async function timed<T>(work: () => Promise<T>) {
  const durations: number[] = [];
  const query = db.query.bind(db);
  db.query = (async (...args: Parameters<DataSource['query']>) => {
    const start = cpuMs();
    try {
      return await query(...args);
    } finally {
      durations.push(cpuMs() - start);
    }
  }) as DataSource['query'];
  const start = cpuMs();
  try {
    const result = await work();
    return { result, total: cpuMs() - start, longest: Math.max(...durations), statements: durations.length };
  } finally {
    db.query = query;
  }
}

const live = app.get(LiveArticles);
const query: TopQuery = {
  locales: ['fr', 'en'],
  audiences: ['public', 'internal'],
  categoryId: null,
  scores: app.get(ServedCounts).lastDays('bot', 30),
  limit: 20,
};
const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(' / ');
const figures = {
  one: { total: [] as number[], longest: [] as number[] },
  step: { total: [] as number[], longest: [] as number[] },
};
let statements = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  const one = await timed(() => live.top(query));
  const stepped = await timed(() => live.top(query, STEP));
  if (JSON.stringify(one.result) !== JSON.stringify(stepped.result))
    throw new Error('the stepped ranking differs from the one statement');
  figures.one.total.push(one.total);
  figures.one.longest.push(one.longest);
  figures.step.total.push(stepped.total);
  figures.step.longest.push(stepped.longest);
  statements = stepped.statements;
}
console.log(`CPU time (ms) of one statement: ${ms(figures.one.total)}`);
console.log(
  `${STEP} articles a statement: whole refresh ${ms(figures.step.total)}, longest statement ${ms(figures.step.longest)} ` +
    `(${statements} statements; same list every round)`,
);
await app.close();
rmSync(scratch, { recursive: true, force: true });
