/**
 * Answer ranking on CLINC150 through SearchService.answerCandidates (the in-process engine): one article per intent
 * (title from the intent name, its train queries as alternative questions); each val query should rank its
 * intent's article first (top-1) or among the first three (top-3). Also prints, for a few thresholds on the best
 * candidate's `similarity`, the share of out-of-scope queries (oos_val) that would be handed off and of in-scope
 * ones that would be answered: material for calibrating the answers endpoint's confidence.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/search-engine-clinc.js
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config/app-config.js';
import { EmbeddedSearchEngine } from '../src/modules/search/embedded-engine.js';
import type { CategoryTree } from '../src/modules/taxonomy/category-tree.js';
import type { SearchDocument } from '../src/modules/search/search-engine.js';
import { SearchService } from '../src/modules/search/search.service.js';

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
  title: intent.replace(/_/g, ' '),
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
const service = new SearchService(engine, {} as CategoryTree, loadConfig({}, { SEARCH_CACHE_SIZE: 0 }));
const candidates = (q: string) => service.answerCandidates({ q, locales: ['en'], audiences: ['public'], limit: 3 });

let top1 = 0;
let top3 = 0;
const inScope: number[] = [];
const started = performance.now();
for (const [query, intent] of data.val) {
  const hits = await candidates(query);
  if (hits[0]?.articleId === intent) top1 += 1;
  if (hits.some((h) => h.articleId === intent)) top3 += 1;
  inScope.push(hits[0]?.similarity ?? 0);
}
const elapsed = performance.now() - started;
const outOfScope: number[] = [];
for (const [query] of data.oos_val) outOfScope.push((await candidates(query))[0]?.similarity ?? 0);

const n = data.val.length;
const pct = (x: number, of: number) => `${((100 * x) / of).toFixed(1)}%`;
console.log(
  `CLINC150 val: ${n} queries, top-1 ${pct(top1, n)}, top-3 ${pct(top3, n)}, ${(elapsed / n).toFixed(2)} ms/query`,
);
for (const threshold of [0.2, 0.3, 0.4, 0.5]) {
  console.log(
    `similarity >= ${threshold}: in-scope answered ${pct(inScope.filter((s) => s >= threshold).length, n)}, out-of-scope handed off ${pct(outOfScope.filter((s) => s < threshold).length, outOfScope.length)}`,
  );
}
