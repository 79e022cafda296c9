/**
 * Replay time: POST /v1/drafts/{id}/replay and POST /v1/answer-rules/replay over QUESTIONS logged questions, on a
 * knowledge base of ARTICLES generated FAQ articles × 2 locales (bench/search-engine-corpus.ts, bulk-loaded with SQL,
 * the matcher trained and stored once). The questions are written to the search log with SQL (everyday questions of
 * the corpus, en and fr, on bot, voice and web), as POST /v1/answers logs them.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/replay.js
 * (ARTICLES=10000, QUESTIONS=10000, RUNS=3; DATABASE_URL names an empty PostgreSQL database, else embedded in memory)
 */
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { QuestionIndex } from '../src/modules/matcher/question-index.js';
import { bulkLoadArticles } from './bulk-load.js';
import { benchContent, generateQuestions } from './search-engine-corpus.js';
import { startEmbeddedApp } from './embedded-app.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const QUESTIONS = Number(process.env.QUESTIONS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 3);

const { app, base, key } = await startEmbeddedApp();
const editor = await key('editor', 'agent');
const db = app.get(DataSource);

let started = Date.now();
const content = benchContent(ARTICLES);
await bulkLoadArticles(db, content);
await app.get(QuestionIndex).settled();
console.log(`${ARTICLES} articles × 2 loaded, matcher trained and stored in ${Date.now() - started} ms`);

const channels = ['bot', 'voice', 'web'];
const questions = [
  ...generateQuestions(QUESTIONS / 2, 'en').map((q) => [q, 'en']),
  ...generateQuestions(QUESTIONS / 2, 'fr').map((q) => [q, 'fr']),
];
for (let from = 0; from < questions.length; from += 1000) {
  const chunk = questions.slice(from, from + 1000);
  await db.query(
    `INSERT INTO searches (id, created_at, channel, kind, query, locale, filters, hit_count, answered)
     SELECT gen_random_uuid(), now() - (n || ' seconds')::interval, c, 'answer', q, l, '{}', 0, true
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS x(q, l, c, n)`,
    [
      chunk.map((q) => q[0]),
      chunk.map((q) => q[1]),
      chunk.map((_, i) => channels[i % 3]),
      chunk.map((_, i) => from + i),
    ],
  );
}

const call = async (path: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, any>;
};

// A change to an article: three of the logged questions added to it.
const target = content.en[0];
const draft = await call('/v1/drafts', {
  articleId: target.articleId,
  baseRevision: 1,
  title: target.title,
  body: target.body,
  alternativeQuestions: [...target.alternativeQuestions, ...questions.slice(0, 3).map((q) => q[0])],
});
const timed = async (name: string, path: string, body: unknown) => {
  for (let run = 1; run <= RUNS; run += 1) {
    const load = loadavg()[0].toFixed(1);
    const t0 = Date.now();
    const summary = await call(path, body);
    // Timed by the client: the whole request, the replay loading the stored models into its worker included.
    console.log(
      `${name} run ${run}: ${Date.now() - t0} ms over ${summary.questions} questions (changed ${summary.changed}, gaps closed ${summary.gapsClosed}; load ${load})`,
    );
  }
};
await timed('draft replay', `/v1/drafts/${draft.id}/replay`, { limit: QUESTIONS });
await timed('rule replay', '/v1/answer-rules/replay', {
  limit: QUESTIONS,
  rule: { name: 'voice hands off', condition: { channels: ['voice'] }, action: { handoff: 'after' } },
});
started = Date.now();
await app.close();
