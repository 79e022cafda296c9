/**
 * Serving speed: `GET /v1/search` and `POST /v1/answers` through the whole stack (auth, validation, logging on),
 * next to a bare Fastify route calling the same engine directly, in the same run. The knowledge base is ARTICLES
 * articles × 2 locales (en, fr), bulk-loaded with SQL and indexed by `reindex` (loading 20,000 revisions through the
 * API would take longer than the measurement). Queries are 1-3 words drawn from the articles' vocabulary, so that
 * both hits and repeats occur, as in FAQ and bot traffic.
 *
 * Run: npx tsc -p tsconfig.json --outDir dist && node dist/bench/serving-speed.js
 * (ARTICLES=10000, CONNECTIONS=32, DURATION=10 seconds per run)
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';
import { SearchIndexer } from '../src/modules/search/search-indexer.js';
import { SearchService } from '../src/modules/search/search.service.js';
import { QuestionIndex } from '../src/modules/serving/question-index.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const DURATION = Number(process.env.DURATION ?? 10);

/** mulberry32: a small deterministic generator (an LCG's low bits cycle too soon for building a vocabulary). */
let seed = 7;
const random = (n: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
};
/** A vocabulary of 3,000 pseudo-words per locale, drawn with a skew (a few words frequent, most rare), as in real text. */
const SYLLABLES = { en: ['ac', 'count', 'pass', 'word', 'in', 'voice', 'roam', 'ing', 'de', 'liv', 'er', 'ry', 're', 'fund', 'con', 'tract', 'rout', 'sig', 'nal', 'pay', 'ment', 'ad', 'dress', 'up', 'grade'], fr: ['com', 'pte', 'mot', 'fac', 'ture', 'mes', 'sa', 'ge', 'rie', 'li', 'vrai', 'son', 'rem', 'bour', 'se', 'con', 'trat', 'rou', 'teur', 'ré', 'seau', 'pai', 'ment', 'a', 'dres'] };
const VOCABULARY = Object.fromEntries(
  (['en', 'fr'] as const).map((locale) => {
    const s = SYLLABLES[locale];
    const words = new Set<string>();
    while (words.size < 3000) words.add(Array.from({ length: 2 + random(2) }, () => s[random(s.length)]).join(''));
    return [locale, [...words]];
  }),
) as Record<'en' | 'fr', string[]>;
const word = (locale: 'en' | 'fr') => VOCABULARY[locale][Math.floor(VOCABULARY[locale].length * (random(1_000_000) / 1_000_000) ** 3)];
const phrase = (locale: 'en' | 'fr', words: number) => Array.from({ length: words }, () => word(locale)).join(' ');

const config = loadConfig({ ...process.env, DATA_DIR: 'memory://', LOG_LEVEL: 'warn' });
const app = await createApp({ config });
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
const bot = (await app.get(ApiKeysService).create({ name: 'bench bot', role: 'bot', channel: 'bot' })).secret;

let started = Date.now();
const db = app.get(DataSource);
for (let from = 0; from < ARTICLES; from += 1000) {
  const ids: string[] = [];
  const values: string[] = [];
  const params: unknown[] = [];
  for (let i = from; i < Math.min(ARTICLES, from + 1000); i += 1) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    ids.push(id);
    for (const locale of ['en', 'fr'] as const) {
      const title = `${phrase(locale, 3)} ${i}`;
      const questions = [phrase(locale, 4), phrase(locale, 3), phrase(locale, 5)];
      params.push(id, locale, title, `${phrase(locale, 30)}.`, JSON.stringify(questions));
      const p = params.length;
      values.push(`($${p - 4}::uuid, $${p - 3}, 1, 'published', $${p - 2}, $${p - 1}, '', $${p}::jsonb, '{}', '', 'bench', 'sha256:bench', 0, now())`);
    }
  }
  await db.query(
    `INSERT INTO articles (id, slug, audience, state, default_locale, created_by) SELECT id, 'a-' || id, 'public', 'active', 'en', 'bench' FROM unnest($1::uuid[]) AS id`,
    [ids],
  );
  await db.query(
    `INSERT INTO article_revisions (article_id, locale, number, status, title, body, summary, alternative_questions, variants, internal_notes, author, content_hash, base_revision, published_at) VALUES ${values.join(', ')}`,
    params,
  );
}
await db.query(`INSERT INTO article_locales (article_id, locale, head_revision, live_revision) SELECT article_id, locale, 1, 1 FROM article_revisions`);
// One event so that the question matchers (which follow the outbox) retrain on the bulk-loaded content.
await db.query(`INSERT INTO content_events (type, actor) VALUES ('article.published', 'bench')`);
console.log(`loaded ${ARTICLES} articles × 2 locales in ${Date.now() - started} ms`);
started = Date.now();
await app.get(SearchIndexer).rebuild();
console.log(`search index rebuilt in ${Date.now() - started} ms`);
started = Date.now();
await app.get(QuestionIndex).current();
console.log(`question matchers trained in ${Date.now() - started} ms`);

// The floor: bare Fastify routes calling the same engines, no auth, validation, rendering or logging.
const search = app.get(SearchService);
const questions = app.get(QuestionIndex);
const bare = Fastify();
bare.get('/search', async (request) => {
  const { q, locale } = request.query as { q: string; locale: string };
  return search.search({ q, locales: [locale, 'en'], audiences: ['public'], limit: 10 });
});
bare.post('/answers', async (request) => {
  const { question, locale } = request.body as { question: string; locale: string };
  return questions.match(question, [locale, 'en'], ['public'], 4);
});
await bare.listen({ port: 0, host: '127.0.0.1' });
const floor = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;

const queries = Array.from({ length: 2000 }, () => {
  const locale = random(2) === 0 ? 'en' : 'fr';
  return { locale, q: phrase(locale, 1 + random(3)) };
});
let next = 0;
const pick = () => queries[next++ % queries.length];

async function measure(title: string, url: string, request: () => { method: 'GET' | 'POST'; path: string; body?: string }) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { authorization: `Bearer ${bot}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, ...request() }) }],
  });
  const errors = result.non2xx + result.errors;
  console.log(`${title.padEnd(34)} ${String(Math.round(result.requests.average)).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${errors}`);
  return result.requests.average;
}

console.log(`\n${CONNECTIONS} connections, ${DURATION} s each`);
const searchPath = () => {
  const { q, locale } = pick();
  return { method: 'GET' as const, path: `/search?q=${encodeURIComponent(q)}&locale=${locale}` };
};
const answerBody = () => {
  const { q, locale } = pick();
  return { method: 'POST' as const, path: '/answers', body: JSON.stringify({ question: q, locale }) };
};
const floorSearch = await measure('floor: Fastify + SearchService', floor, searchPath);
const apiSearch = await measure('GET /v1/search', base, () => {
  const request = searchPath();
  return { ...request, path: `/v1${request.path}` };
});
const floorAnswers = await measure('floor: Fastify + question matcher', floor, answerBody);
const apiAnswers = await measure('POST /v1/answers', base, () => ({ ...answerBody(), path: '/v1/answers' }));
console.log(`\n/v1/search at ${((100 * apiSearch) / floorSearch).toFixed(0)}% of its floor; /v1/answers at ${((100 * apiAnswers) / floorAnswers).toFixed(0)}% of its floor`);
await bare.close();
await app.close();
