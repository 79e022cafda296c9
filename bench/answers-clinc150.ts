/**
 * Answer accuracy on CLINC150 through the real API. The knowledge base is built the way a customer would: one
 * article per intent (title from the intent name, its `train` queries as alternative questions), published through
 * `POST /v1/articles`. Every `val` query is asked through `POST /v1/answers` with a bot key: top-1 is the answer (or,
 * on a hand-off, the first alternative), top-3 the first three candidates. On `oos_val`, the hand-off rate at the
 * bot profile's default threshold (the one calibrated for the knowledge base); on `val`, the share answered and the
 * precision when answered. Also prints the calibration curve and how accuracy follows confidence.
 *
 * With `--typos`, every question (val and oos_val) is asked with seeded typos (bench/typos.ts; SEED, default 1).
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/answers-clinc150.js [--typos]
 * (CLINC150=path to another copy of clinc150-dev.json; CONCURRENCY=parallel requests, default 8)
 */
import { readFileSync } from 'node:fs';
import { SearchIndexer } from '../src/modules/search/search-indexer.js';
import { QuestionIndex } from '../src/modules/matcher/question-index.js';
import { random as seededRandom } from './search-engine-corpus.js';
import { withTypos } from './typos.js';
import { MatcherCalibration } from '../src/modules/matcher/matcher-calibration.js';
import { startEmbeddedApp } from './embedded-app.js';

const DATA = process.env.CLINC150 ?? '/work/shared/datasets/clinc150/clinc150-dev.json';
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const data = JSON.parse(readFileSync(DATA, 'utf8')) as Record<'train' | 'val' | 'oos_val', [string, string][]>;
const TYPOS = process.argv.includes('--typos');
const random = seededRandom(Number(process.env.SEED ?? 1));
/** The questions as asked (drawn in order, before the parallel requests: the same typos at every run). */
const val = data.val.map(([question, intent]) => [TYPOS ? withTypos(question, random) : question, intent]);
const oosVal = data.oos_val.map(([question]) => (TYPOS ? withTypos(question, random) : question));

interface Answer {
  answered: boolean;
  handoff: boolean;
  confidence: number;
  threshold: number;
  thresholdSource: string;
  answer?: { articleId: string };
  alternatives: { articleId: string }[];
}

async function pool<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

const { app, base, key } = await startEmbeddedApp();
const editor = await key('editor', 'agent');
const bot = await key('bot', 'bot');

async function call<T>(secret: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const byIntent = new Map<string, string[]>();
for (const [query, intent] of data.train) byIntent.set(intent, [...(byIntent.get(intent) ?? []), query]);
const articleOf = new Map<string, string>();
let started = Date.now();
await pool([...byIntent], async ([intent, questions]) => {
  const name = intent.replace(/_/g, ' ');
  const article = await call<{ id: string }>(editor, '/v1/articles', {
    audience: 'public',
    locale: 'en',
    publish: true,
    title: name.charAt(0).toUpperCase() + name.slice(1),
    body: `What to do about ${name}: our answer.`,
    summary: `Our answer about ${name}.`,
    alternativeQuestions: questions,
  });
  articleOf.set(article.id, intent);
});
console.log(`published ${byIntent.size} articles in ${Date.now() - started} ms`);
started = Date.now();
await app.get(SearchIndexer).drain(120_000);
// Trains, then calibrates on the same phrasings (the calibration follows the training).
await app.get(QuestionIndex).settled();
// The refinement stops at TRAINING_BUDGET_MS (60 s) on a loaded machine: a training that long was cut short.
console.log(
  `indexed, trained and calibrated in ${Date.now() - started} ms (training ${app.get(QuestionIndex).state()!.trainingMs} ms)`,
);
const calibration = app.get(MatcherCalibration).get('en');
if (!calibration) throw new Error('the knowledge base was not calibrated');
const share = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
console.log(
  `calibrated: threshold ${calibration.threshold} (goals met: ${calibration.goalsMet}; ${calibration.inScopeSamples} held-out phrasings, ${calibration.outOfScopeSamples} out-of-scope examples, ${calibration.outOfScopeCovered} covered)`,
);
console.log('threshold  held-out answered  precision  out-of-scope answered');
for (const p of calibration.curve.filter((p) => p.threshold <= 0.5 && Math.round(p.threshold * 100) % 5 === 0)) {
  console.log(
    `${p.threshold.toFixed(2)}       ${share(p.answered).padStart(6)}             ${share(p.precision).padStart(6)}     ${share(p.outOfScopeAnswered).padStart(6)}`,
  );
}

const ask = (question: string) => call<Answer>(bot, '/v1/answers', { question, locale: 'en' });
const ranked = (a: Answer) =>
  [...(a.answer ? [a.answer.articleId] : []), ...a.alternatives.map((x) => x.articleId)].map((id) => articleOf.get(id));

started = Date.now();
const inScope = await pool(val, async ([question, intent]) => ({ intent, result: await ask(question) }));
const outOfScope = await pool(oosVal, ask);
const elapsed = Date.now() - started;

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const top1 = inScope.filter(({ intent, result }) => ranked(result)[0] === intent).length;
const top3 = inScope.filter(({ intent, result }) => ranked(result).slice(0, 3).includes(intent)).length;
const answered = inScope.filter(({ result }) => result.answered).length;
const answeredRight = inScope.filter(
  ({ intent, result }) =>
    result.answered && result.answer!.articleId && articleOf.get(result.answer!.articleId) === intent,
).length;
const handedOff = outOfScope.filter((r) => r.handoff).length;

console.log(
  `\nCLINC150 val (${inScope.length} in-scope queries), oos_val (${outOfScope.length})${TYPOS ? ', with typos' : ''}; bot threshold ${inScope[0].result.threshold} (${inScope[0].result.thresholdSource})`,
);
console.log(`top-1 accuracy          ${pct(top1, inScope.length)}`);
console.log(`top-3 accuracy          ${pct(top3, inScope.length)}`);
console.log(`in-scope answered       ${pct(answered, inScope.length)}`);
console.log(`precision when answered ${pct(answeredRight, answered)}`);
console.log(`out-of-scope handed off ${pct(handedOff, outOfScope.length)}`);
console.log(`${inScope.length + outOfScope.length} answers in ${elapsed} ms at concurrency ${CONCURRENCY}`);

console.log('\nconfidence   in-scope answers   right');
for (let step = 0; step < 10; step += 1) {
  const low = step / 10;
  const bucket = inScope.filter(
    ({ result }) => result.confidence >= low && (result.confidence < low + 0.1 || step === 9),
  );
  if (bucket.length === 0) continue;
  const right = bucket.filter(({ intent, result }) => ranked(result)[0] === intent).length;
  console.log(
    `${low.toFixed(1)}-${(low + 0.1).toFixed(1)}      ${String(bucket.length).padStart(6)}           ${pct(right, bucket.length)}`,
  );
}
await app.close();
