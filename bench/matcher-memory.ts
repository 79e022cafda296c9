/**
 * Where the question matcher's memory goes at ARTICLES × en/fr (the bench corpus): the process's RSS (worker threads
 * included, from /proc) and the main thread's heap, after each step of what a server does: training every locale on
 * the matching worker, the models handed to it, and a match. The refinement budget is TRAINING_BUDGET_MS per locale
 * (default 20 s: the model's size barely moves with it).
 *
 * Run: npm run build && npx tsc -p tsconfig.json && node --expose-gc dist/bench/matcher-memory.js
 * (ARTICLES=10000; MATCH_LIMITS: `old,young` heap limits in MB of the matching worker, e.g. `400,4`)
 */
import { WorkerClient } from '../src/common/worker-client.js';
import type { SerialisedLocaleModel } from '../src/modules/matcher/locale-matchers.js';
import type { MatchingRequest, MatchingResult } from '../src/modules/matcher/matching-worker.js';
import { statusMb } from './proc-status.js';
import { benchContent, BENCH_LOCALES, generateQuestions } from './search-engine-corpus.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const BUDGET = Number(process.env.TRAINING_BUDGET_MS ?? 20_000);
/** `old,young` heap limits in MB of the matching worker (MATCH_LIMITS), e.g. `300,8`; empty: V8's defaults. */
const limits = (value: string | undefined) => {
  const [old, young] = (value ?? '').split(',').map(Number);
  return {
    ...(old ? { maxOldGenerationSizeMb: old } : {}),
    ...(young ? { maxYoungGenerationSizeMb: young } : {}),
  };
};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const settle = async () => {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const status = (field: string) => statusMb(field) * 2 ** 20;
async function report(step: string): Promise<void> {
  await settle();
  const { heapUsed, external } = process.memoryUsage();
  console.log(
    `${step.padEnd(58)} RSS ${mb(status('VmRSS')).padStart(7)}   main heap ${mb(heapUsed).padStart(6)}   ` +
      `external ${mb(external).padStart(6)}`,
  );
}

await report('start');
const content = benchContent(ARTICLES);
const rows = BENCH_LOCALES.flatMap((locale) =>
  content[locale].map((d) => ({ locale, articleId: d.articleId, title: d.title, questions: d.alternativeQuestions })),
);
await report(`corpus generated (${rows.length} article translations)`);

// As the question index trains: on the matching worker, which gets the models afterwards.
const matching = new WorkerClient<MatchingRequest, MatchingResult>(
  new URL('../src/modules/matcher/matching-worker.js', import.meta.url),
  { name: 'matching worker', resourceLimits: () => limits(process.env.MATCH_LIMITS) },
);
const models: SerialisedLocaleModel[] = [];
for (const locale of BENCH_LOCALES) {
  const articles = rows.filter((r) => r.locale === locale);
  const started = Date.now();
  const entries = articles.map((a) => ({ key: a.articleId, questions: [a.title, ...a.questions] }));
  const model = (await matching.request({ train: { entries, locale, budgetMs: BUDGET } })) as Uint8Array;
  models.push({
    locale,
    model,
    articles: articles.map((a) => ({
      articleId: a.articleId,
      locale,
      revision: 1,
      slug: a.articleId,
      title: a.title,
      audience: 'public' as const,
    })),
  });
  await report(`trained ${locale} in ${Date.now() - started} ms (serialised ${mb(model.byteLength)})`);
}
await matching.request({ trained: models });
await report('models in the matching worker (main still holds them)');
models.length = 0;
await report('main thread dropped the serialised models');
/** 200 questions a locale, each matched on the matching worker. */
const matchQuestions = async (seed: number) => {
  for (const [i, locale] of BENCH_LOCALES.entries())
    for (const question of generateQuestions(200, locale, seed + i))
      await matching.request({ match: { question, locales: [locale], audiences: ['public'], limit: 5 } });
};
await matchQuestions(7);
// The CPU of the whole process (matching worker and messages), once the code is warm.
const cpuBefore = process.cpuUsage();
await matchQuestions(9);
const cpu = process.cpuUsage(cpuBefore);
await report(`after 800 matches (last 400: ${((cpu.user + cpu.system) / 400).toFixed(0)} µs CPU a match)`);
console.log(`high-water mark: ${mb(status('VmHWM'))}`);
await matching.close();
