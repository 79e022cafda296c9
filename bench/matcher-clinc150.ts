/**
 * The question matcher alone on CLINC150 (no server): trained on `train` (one entry per intent, its name as title),
 * top-1 on `val`, clean and with seeded typos (bench/typos.ts). Seconds per run, for comparing features; the figures
 * through the API come from bench/answers-clinc150.ts.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/matcher-clinc150.js   (SEED=typo seed, default 1)
 */
import { readFileSync } from 'node:fs';
import { QuestionMatcher } from '../src/modules/matcher/question-matcher.js';
import { random as seededRandom } from './search-engine-corpus.js';
import { withTypos } from './typos.js';

const DATA = process.env.CLINC150 ?? '/work/shared/datasets/clinc150/clinc150-dev.json';
const data = JSON.parse(readFileSync(DATA, 'utf8')) as Record<'train' | 'val', [string, string][]>;
const byIntent = new Map<string, string[]>();
for (const [query, intent] of data.train) byIntent.set(intent, [...(byIntent.get(intent) ?? []), query]);
let started = Date.now();
const entries = [...byIntent].map(([intent, questions]) => ({
  key: intent,
  questions: [intent.replace(/_/g, ' '), ...questions],
}));
// Every epoch, however loaded the machine: the server's time budget would cut the training short, and the figure with
// it.
const matcher = QuestionMatcher.train(entries, { locale: 'en', budgetMs: Number.POSITIVE_INFINITY });
console.log(`trained on ${data.train.length} phrasings of ${byIntent.size} intents in ${Date.now() - started} ms`);
const random = seededRandom(Number(process.env.SEED ?? 1));
for (const [name, queries] of [
  ['clean', data.val],
  ['typos', data.val.map(([q, intent]) => [withTypos(q, random), intent] as [string, string])],
] as const) {
  started = Date.now();
  const top1 = queries.filter(([q, intent]) => matcher.match(q, 1)[0]?.key === intent).length;
  console.log(
    `${name}: top-1 ${((100 * top1) / queries.length).toFixed(1)}% (${queries.length} queries, ${((Date.now() - started) / queries.length).toFixed(3)} ms each)`,
  );
}
