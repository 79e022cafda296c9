/**
 * Publish → answerable, and start → answered by the full model, on a knowledge base of ARTICLES generated FAQ
 * articles × 2 locales (bench/search-engine-corpus.ts, bulk-loaded with SQL, then trained once).
 *
 * 1. Under a steady answer load (CONNECTIONS connections asking everyday questions from another process), PUBLISHES
 *    new articles are published one after the other through the API. Each is about a new product (a made-up word)
 *    with the knowledge base's everyday words around it ("How do I activate my kalora bundle abroad?"), so the
 *    trained model has strong near-misses for its questions. After each publish returns, two of its questions are
 *    asked over and over: one it was published with, and a held-out one; publish → answerable is the time until the
 *    first is answered with it. Every answer to either of them that names another article at or above the bot
 *    threshold is a wrong confident answer.
 * 2. The full model is trained (`settled`), stored, and the server restarted on the same database: how long from
 *    `createApp` to listening, and from listening to answering with the full model (loaded, not retrained).
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/publish-to-answerable.js
 * (ARTICLES=10000, PUBLISHES=100, CONNECTIONS=8, NO_RESTART=1 to stop after the publishes; DATABASE_URL names an
 * empty PostgreSQL database, else the embedded one is put in a temporary directory, so that the restart finds it)
 * Every wrong confident answer is listed: when, to which question, with which article.
 */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';
import { QuestionIndex } from '../src/modules/matcher/question-index.js';
import { SearchIndexer } from '../src/modules/search/search-indexer.js';
import { bulkLoadArticles } from './bulk-load.js';
import { runLoad } from './load.js';
import { benchContent, generateQuestions, random } from './search-engine-corpus.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const PUBLISHES = Number(process.env.PUBLISHES ?? 100);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
/** Longest wait for one article to be answered before it counts as never answered. */
const GIVE_UP_MS = 30_000;

const config = loadConfig({
  ...process.env,
  DATA_DIR: process.env.DATABASE_URL ? 'memory://' : mkdtempSync(join(tmpdir(), 'savoir-bench-fresh-')),
  LOG_LEVEL: 'warn',
  PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
});
const listening = async (app: NestFastifyApplication) => {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
};

let app = await createApp({ config });
let base = await listening(app);
const keys = app.get(ApiKeysService);
const bot = (await keys.create({ name: 'bench bot', role: 'bot', channel: 'bot' })).secret;
const editor = (await keys.create({ name: 'bench editor', role: 'editor', channel: 'agent' })).secret;

let started = Date.now();
const content = benchContent(ARTICLES);
await bulkLoadArticles(app.get(DataSource), content);
await app.get(SearchIndexer).rebuild();
console.log(`loaded and indexed ${ARTICLES} articles × 2 locales in ${Date.now() - started} ms`);
started = Date.now();
await app.get(QuestionIndex).settled();
const trainedAtStart = app.get(QuestionIndex).state()!;
console.log(
  `full model trained and stored in ${Date.now() - started} ms (training ${trainedAtStart.trainingMs} ms, ${trainedAtStart.articles} article translations)`,
);

const call = async (path: string, secret: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
};
type Answer = {
  answered: boolean;
  confidence: number;
  threshold: number;
  answer?: { articleId: string; title: string; matchedQuestion: string };
};
const ask = (question: string) =>
  call('/v1/answers', bot, { question, locale: 'en' }) as Promise<unknown> as Promise<Answer>;

/** A new product per publish: a made-up word the knowledge base has never seen, among its everyday words. */
const rnd = random(2026);
const syllables = [
  'ka',
  'lo',
  'ra',
  'vin',
  'tex',
  'zu',
  'mi',
  'dor',
  'pe',
  'sal',
  'qui',
  'no',
  'bre',
  'ty',
  'gal',
  'fo',
];
const verbs = ['activate', 'cancel', 'renew', 'block', 'update', 'replace', 'check', 'transfer'];
const things = ['bundle', 'plan', 'card', 'subscription', 'router', 'voucher', 'contract', 'app'];
const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)];
const fresh = Array.from({ length: PUBLISHES }, (_, i) => {
  const product = `${pick(syllables)}${pick(syllables)}${pick(syllables)}${i}`;
  const [verb, thing] = [pick(verbs), pick(things)];
  return {
    title: `How do I ${verb} my ${product} ${thing} abroad?`,
    alternativeQuestions: [
      `${verb} ${product} ${thing}`,
      `can i ${verb} the ${product} ${thing}`,
      `problem with my ${product} ${thing}, how to ${verb} it`,
    ],
    asked: `${verb} ${product} ${thing}`,
    heldOut: `how can i ${verb} my ${product} ${thing} from the app`,
  };
});

// The steady load: everyday questions about the bulk-loaded articles, as long as the publishes last.
const questions = generateQuestions(2000, 'en', 101).map((question) => ({
  method: 'POST' as const,
  path: '/v1/answers',
  body: JSON.stringify({ question, locale: 'en' }),
}));
const loadSeconds = Math.ceil((PUBLISHES * 1.5 * 1000 + 10_000) / 1000);
const load = runLoad({
  url: base,
  connections: CONNECTIONS,
  duration: loadSeconds,
  headers: { authorization: `Bearer ${bot}`, 'content-type': 'application/json' },
  requests: questions,
});
await new Promise((resolve) => setTimeout(resolve, 3000));

const ids: string[] = [];
const latencies: number[] = [];
/** Questions asked about just-published articles, and wrong confident answers, by phrasing. */
const tally = { exact: { asked: 0, wrong: 0 }, heldOut: { asked: 0, wrong: 0 } };
let neverAnswered = 0;
/** What each wrong confident answer was: when, to which question, with which article. */
const wrongAnswers: string[] = [];
for (const article of fresh) {
  const { title, alternativeQuestions } = article;
  const { id } = (await call('/v1/articles', editor, {
    audience: 'public',
    locale: 'en',
    publish: true,
    title,
    alternativeQuestions,
    body: `${title} Open the app and follow the steps.`,
  })) as { id: string };
  ids.push(id);
  const published = performance.now();
  for (let answered = false; !answered;) {
    const [exact, heldOut] = await Promise.all([ask(article.asked), ask(article.heldOut)]);
    for (const [phrasing, answer] of [
      ['exact', exact],
      ['heldOut', heldOut],
    ] as const) {
      tally[phrasing].asked += 1;
      if (answer.answered && answer.answer?.articleId !== id) {
        tally[phrasing].wrong += 1;
        const { title: other, matchedQuestion } = answer.answer!;
        wrongAnswers.push(
          `${(performance.now() - published).toFixed(0)} ms after the publish, "${phrasing === 'exact' ? article.asked : article.heldOut}" → "${other}" (matched "${matchedQuestion}", confidence ${answer.confidence} ≥ ${answer.threshold})`,
        );
      }
    }
    answered = exact.answered && exact.answer?.articleId === id;
    const elapsed = performance.now() - published;
    if (answered) latencies.push(elapsed);
    else if (elapsed > GIVE_UP_MS) {
      neverAnswered += 1;
      break;
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const background = await load;
const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
console.log(
  `\npublish → answerable over ${PUBLISHES} publishes: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; ` +
    `${neverAnswered} not answered within ${GIVE_UP_MS / 1000} s`,
);
const share = ({ asked, wrong }: { asked: number; wrong: number }) =>
  `${wrong} of ${asked} (${((100 * wrong) / asked).toFixed(1)}%)`;
console.log(
  `wrong confident answers about just-published articles: a phrasing it was published with ${share(tally.exact)}, a held-out one ${share(tally.heldOut)}`,
);
for (const wrong of wrongAnswers) console.log(`  ${wrong}`);
console.log(
  `meanwhile: ${Math.round(background.requests)} answers/s from ${CONNECTIONS} connections, p50 ${background.p50} ms, p99 ${background.p99} ms`,
);
const state = app.get(QuestionIndex).state()!;
console.log(
  `trained model still the one of event ${state.version} (${state.version === trainedAtStart.version ? 'no retraining' : 'retrained'}), fresh tier: ${state.freshArticles} article translations`,
);

// Start → answered by the full model: the fresh articles trained in, stored; then a restart on the same database.
if (process.env.NO_RESTART) {
  await app.close();
  process.exit(0);
}
started = Date.now();
await app.get(QuestionIndex).settled();
const retrained = app.get(QuestionIndex).state()!;
console.log(
  `\nretrained with the ${PUBLISHES} new articles in ${Date.now() - started} ms (training ${retrained.trainingMs} ms)`,
);
await app.close();
started = Date.now();
app = await createApp({ config });
base = await listening(app);
const ready = Date.now() - started;
const index = app.get(QuestionIndex);
while (!index.state()) await new Promise((resolve) => setTimeout(resolve, 10));
const loaded = Date.now() - started - ready;
const answer = await ask(fresh[0].asked);
const restarted = index.state()!;
console.log(
  `restart: listening after ${ready} ms, full model (${restarted.source}, event ${restarted.version}, ${restarted.articles} article translations) ${loaded} ms after that; ` +
    `first question ${answer.answered && answer.answer?.articleId === ids[0] ? 'answered right' : 'not answered right'} (confidence ${answer.confidence.toFixed(2)}) ${Date.now() - started - ready} ms after listening`,
);
await app.close();
