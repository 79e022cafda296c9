/**
 * Speed of the in-process search engine on one core: 10,000 articles × 2 locales (generated FAQ text, see
 * search-engine-corpus.ts), 1-2 word queries typed as customers type them.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/search-engine.js [articlesPerLocale] [queries]
 *
 * Reports index build time and heap, then queries/s and p50/p99 latency: straight to the engine (every query
 * computed), and through SearchService with its result cache on a repetitive stream (Zipf-like, as FAQ and bot
 * traffic is).
 */
import MiniSearch from 'minisearch';
import { EmbeddedSearchEngine } from '../src/modules/search/embedded-engine.js';
import type { CategoryTree } from '../src/modules/taxonomy/category-tree.js';
import { SearchService } from '../src/modules/search/search.service.js';
import { loadConfig } from '../src/config/app-config.js';
import { BENCH_LOCALES, generateArticles, generateQueries, random } from './search-engine-corpus.js';

const perLocale = Number(process.argv[2] ?? 10_000);
const queryCount = Number(process.argv[3] ?? 5_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(
  label: string,
  queries: string[],
  run: (q: string, i: number) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < Math.min(500, queries.length); i += 1) await run(queries[i], i); // warm-up
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < queries.length; i += 1) {
    const t0 = performance.now();
    await run(queries[i], i);
    latencies.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} ${(queries.length / elapsed).toFixed(0).padStart(7)} q/s   p50 ${percentile(latencies, 50).toFixed(2)} ms   p99 ${percentile(latencies, 99).toFixed(2)} ms`,
  );
}

const engine = new EmbeddedSearchEngine();
const buildStarted = performance.now();
for (const locale of BENCH_LOCALES) await engine.upsert(generateArticles(perLocale, locale, locale === 'en' ? 1 : 2));
global.gc?.();
console.log(
  `indexed ${perLocale} articles × ${BENCH_LOCALES.length} locales in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);

const filter = { audiences: ['public' as const], now: Date.now() };
for (const locale of BENCH_LOCALES) {
  const queries = generateQueries(queryCount, locale, locale === 'en' ? 3 : 4);
  await measure(`engine, ${locale}, every query computed`, queries, (q) =>
    engine.search({ q, locale, limit: 10, filter }),
  );
}

// The reference point of DESIGN.md on the same corpus: plain MiniSearch, default tokeniser, fuzzy 0.2 and prefix
// on every term, no snippets.
const naive = new MiniSearch<{ id: string; title: string; summary: string; body: string; questions: string }>({
  fields: ['title', 'summary', 'body', 'questions'],
  searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 3, questions: 3, summary: 1.5 } },
});
naive.addAll(
  generateArticles(perLocale, 'en', 1).map((d) => ({
    id: d.articleId,
    title: d.title,
    summary: d.summary,
    body: d.body,
    questions: d.alternativeQuestions.join('\n'),
  })),
);
await measure('naive MiniSearch (DESIGN floor config), en', generateQueries(queryCount, 'en', 3), async (q) =>
  naive.search(q).slice(0, 10),
);

// Through SearchService: locale chain [fr, en], result cache on, a repetitive stream of 1,000 distinct queries.
const service = new SearchService(engine, {} as CategoryTree, loadConfig({}, { LOG_LEVEL: 'warn' }));
const distinct = generateQueries(1_000, 'fr', 5);
const rnd = random(9);
const stream = Array.from({ length: queryCount }, () => distinct[Math.floor(distinct.length * rnd() ** 3)]);
await measure('SearchService fr→en, cached, Zipf-like stream', stream, (q) =>
  service.search({ q, locales: ['fr', 'en'], audiences: ['public'], limit: 10 }),
);
