/**
 * Answer ranking on CLINC150 straight from the engine: one article per intent (title from the intent name, its
 * train queries as alternative questions); each val query must rank its intent's article first (top-1) or in the
 * first three (top-3). Run: npx tsc -p tsconfig.json --outDir /tmp/savoir-bench && node /tmp/savoir-bench/bench/search-engine-clinc.js
 */
import { readFileSync } from 'node:fs';
import { EmbeddedSearchEngine } from '../src/modules/search/embedded-engine.js';
import type { SearchDocument } from '../src/modules/search/search-engine.js';

const DATA = process.env.CLINC150 ?? '/work/shared/datasets/clinc150/clinc150-dev.json';
const data = JSON.parse(readFileSync(DATA, 'utf8')) as Record<'train' | 'val' | 'oos_val', [string, string][]>;

const byIntent = new Map<string, string[]>();
for (const [query, intent] of data.train) byIntent.set(intent, [...(byIntent.get(intent) ?? []), query]);

const engine = new EmbeddedSearchEngine();
const documents: SearchDocument[] = [...byIntent.entries()].map(([intent, questions]) => ({
  articleId: intent,
  locale: 'en',
  revision: 1,
  slug: intent.replace(/_/g, '-'),
  title: process.env.NO_TITLE ? '' : intent.replace(/_/g, ' '),
  summary: '',
  body: '',
  alternativeQuestions: questions,
  audience: 'public',
  categoryId: null,
  tags: [],
  intents: [intent],
  expiresAt: null,
}));
await engine.upsert(documents);

let top1 = 0;
let top3 = 0;
const started = performance.now();
for (const [query, intent] of data.val) {
  const { hits } = await engine.search({ q: query, locale: 'en', limit: 3, mode: (process.env.MODE as 'search') ?? 'question', filter: { audiences: ['public'], now: Date.now() } });
  if (hits[0]?.articleId === intent) top1 += 1;
  if (hits.some((h) => h.articleId === intent)) top3 += 1;
}
const elapsed = performance.now() - started;
const n = data.val.length;
console.log(`CLINC150 val: ${n} queries, top-1 ${((100 * top1) / n).toFixed(1)}%, top-3 ${((100 * top3) / n).toFixed(1)}%, ${(elapsed / n).toFixed(2)} ms/query`);
