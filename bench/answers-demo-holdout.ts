/**
 * Answer accuracy per language on the demo content (content/demo: a telecom help centre in English and French). Every
 * third alternative question of each article and locale is held out: the rest is imported and published (through the
 * importer, as `savoir seed` does), and each held-out question is asked in its locale through `POST /v1/answers`
 * with an agent key (agents see internal articles too). Top-1 is the answer (or, on a hand-off, the first
 * alternative), top-3 the first three candidates. With `--typos`, the questions are asked with seeded typos
 * (bench/typos.ts; SEED, default 1).
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/answers-demo-holdout.js [--typos]
 */
import { importSeed, readDemoContent } from '../src/demo/loader.js';
import { QuestionIndex } from '../src/modules/matcher/question-index.js';
import { SearchIndexer } from '../src/modules/search/search-indexer.js';
import type { ImportItem } from '../src/modules/transfer/transfer.types.js';
import { random as seededRandom } from './search-engine-corpus.js';
import { withTypos } from './typos.js';
import { startEmbeddedApp } from './embedded-app.js';

const HELD_OUT_EVERY = 3;
const TYPOS = process.argv.includes('--typos');
const random = seededRandom(Number(process.env.SEED ?? 1));

const content = await readDemoContent();
const heldOut: { slug: string; locale: string; question: string }[] = [];
for (const article of content.articles) {
  for (const locale of article.locales) {
    const questions = locale.alternativeQuestions ?? [];
    const held = questions.filter((_, i) => i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1);
    for (const question of held)
      heldOut.push({
        slug: article.slug!,
        locale: locale.locale,
        question: TYPOS ? withTypos(question, random) : question,
      });
    locale.alternativeQuestions = questions.filter((q) => !held.includes(q));
  }
}

const { app, base, key } = await startEmbeddedApp();
const agent = await key('agent', 'agent');
await importSeed(
  app,
  {
    source: 'markdown',
    async *items(): AsyncGenerator<ImportItem> {
      for (const category of content.categories) yield { kind: 'category', file: '(bench)', category };
      for (const intent of content.intents) yield { kind: 'intent', file: '(bench)', intent };
      for (const article of content.articles) yield { kind: 'article', article };
    },
  },
  'bench',
);
await app.get(SearchIndexer).drain(120_000);
await app.get(QuestionIndex).current();

interface Answer {
  answer?: { slug: string };
  alternatives: { slug: string }[];
}
const results: { locale: string; top1: boolean; top3: boolean }[] = [];
for (const { slug, locale, question } of heldOut) {
  const response = await fetch(`${base}/v1/answers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${agent}`, 'content-type': 'application/json' },
    body: JSON.stringify({ question, locale }),
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  const body = (await response.json()) as Answer;
  const ranked = [...(body.answer ? [body.answer.slug] : []), ...body.alternatives.map((a) => a.slug)];
  results.push({ locale, top1: ranked[0] === slug, top3: ranked.slice(0, 3).includes(slug) });
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
console.log(
  `demo content, ${content.articles.length} articles; every ${HELD_OUT_EVERY}rd phrasing held out${TYPOS ? ', asked with typos' : ''}`,
);
for (const locale of [...new Set(results.map((r) => r.locale))].sort()) {
  const mine = results.filter((r) => r.locale === locale);
  console.log(
    `${locale}: ${mine.length} held-out questions, top-1 ${pct(mine.filter((r) => r.top1).length, mine.length)}, top-3 ${pct(mine.filter((r) => r.top3).length, mine.length)}`,
  );
}
await app.close();
