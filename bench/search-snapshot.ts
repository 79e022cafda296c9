/**
 * The in-process search index built from documents against restored from its snapshot (what a start does with the
 * embedded database in a directory, see SearchIndexSnapshots): ARTICLES per locale of the bench corpus, en and fr.
 * Building counts Markdown to text and indexing (not reading the rows); restoring counts reading the snapshot's bytes
 * (v8.deserialize) and putting the index back. Then checks that both answer the same, and their query speed.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/search-snapshot.js   (env: ARTICLES=10000, QUERIES=300)
 */
import { deserialize, serialize } from 'node:v8';
import { EmbeddedSearchEngine } from '../src/modules/search/embedded-engine.js';
import type { EngineQuery } from '../src/modules/search/search-engine.js';
import { markdownToText } from '../src/modules/search/text.js';
import { benchContent, generateQueries } from './search-engine-corpus.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const QUERIES = Number(process.env.QUERIES ?? 300);
const content = benchContent(ARTICLES);
const rows = [...content.en, ...content.fr];

let started = performance.now();
const built = new EmbeddedSearchEngine();
for (let i = 0; i < rows.length; i += 500)
  await built.upsert(rows.slice(i, i + 500).map((row) => ({ ...row, body: markdownToText(row.body) })));
const buildMs = performance.now() - started;

started = performance.now();
const bytes = serialize(built.snapshot());
const storeMs = performance.now() - started;

started = performance.now();
const restored = new EmbeddedSearchEngine();
restored.restore(deserialize(bytes));
const restoreMs = performance.now() - started;
console.log(
  `${rows.length} documents: built in ${buildMs.toFixed(0)} ms; snapshot ${(bytes.length / 1e6).toFixed(1)} MB, ` +
    `written in ${storeMs.toFixed(0)} ms, restored in ${restoreMs.toFixed(0)} ms`,
);

const queries: EngineQuery[] = generateQueries(QUERIES, 'en').flatMap((q) =>
  (['question', 'search'] as const).map((mode) => ({
    q,
    locale: 'en',
    mode,
    limit: 5,
    filter: { audiences: ['public'], now: Date.now() },
  })),
);
let same = 0;
let hits = 0;
for (const query of queries) {
  const [a, b] = [await built.search(query), await restored.search(query)];
  hits += a.hits.length;
  if (JSON.stringify(a) === JSON.stringify(b)) same += 1;
}
console.log(`same results for ${same} of ${queries.length} queries (${hits} hits)`);
for (const [name, engine] of [
  ['built', built],
  ['restored', restored],
  ['built', built],
  ['restored', restored],
] as const) {
  started = performance.now();
  for (const query of queries) await engine.search(query);
  console.log(`${name.padEnd(8)} ${Math.round(queries.length / ((performance.now() - started) / 1000))} queries/s`);
}
