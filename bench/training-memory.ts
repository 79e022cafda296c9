/**
 * What a training job costs in memory at ARTICLES of one locale of the bench corpus: the job a server runs at start
 * when its stored models lack a calibration (`calibrate`: held-out phrasings, a model trained on the rest, matched) or
 * a training (`train`), each on a fresh matching worker (holding no models) with the server's limits. For each old-
 * generation bound of HEAP_MB (0: none, as the server runs it): whether the job fits, its wall time, its worker's CPU,
 * and the process's RSS peak above what it was before the worker started (sampled every 20 ms: the worker's isolate,
 * heap and typed arrays).
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/training-memory.js
 * (ARTICLES=10000, LOCALE=en, JOB=calibrate|train, HEAP_MB=0 (comma-separated bounds), TRAINING_BUDGET_MS: the
 * refinement budget, the server's default when unset; TRACE=1: the RSS every second)
 */
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { letWorkersSizeTheirYoungGeneration } from '../src/memory-settings.js';
import { outOfScopeExamples } from '../src/modules/matcher/matcher-calibration.js';
import type { MatchingRequest } from '../src/modules/matcher/matching-worker.js';
import { MATCHING_WORKER_LIMITS } from '../src/modules/matcher/question-index.js';
import { statusMb } from './proc-status.js';
import { benchContent, type BenchLocale } from './search-engine-corpus.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const LOCALE = (process.env.LOCALE ?? 'en') as BenchLocale;
const JOB = process.env.JOB ?? 'calibrate';
const BOUNDS = (process.env.HEAP_MB ?? '0').split(',').map(Number);
const BUDGET = process.env.TRAINING_BUDGET_MS ? Number(process.env.TRAINING_BUDGET_MS) : undefined;

// As the server does: a worker's young generation is its limit's, whatever the V8 options (Node 24).
letWorkersSizeTheirYoungGeneration();
const rss = () => statusMb('VmRSS');
const entries = benchContent(ARTICLES)[LOCALE].map((d) => ({
  key: d.articleId,
  questions: [d.title, ...d.alternativeQuestions],
}));
const outOfScope = outOfScopeExamples(LOCALE);
const questions = entries.reduce((sum, e) => sum + e.questions.length, 0);
console.log(`${JOB}, ${ARTICLES} articles (${questions} questions, ${LOCALE})`);

for (const heapMb of BOUNDS) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = rss();
  let peak = before;
  let ticks = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
    ticks += 1;
    if (process.env.TRACE && ticks % 50 === 0) console.log(`  ${ticks / 50} s: +${(rss() - before).toFixed(0)} MB`);
  }, 20);
  const worker = new Worker(new URL('../src/modules/matcher/matching-worker.js', import.meta.url), {
    resourceLimits: { ...MATCHING_WORKER_LIMITS, ...(heapMb ? { maxOldGenerationSizeMb: heapMb } : {}) },
  });
  const started = Date.now();
  const job: MatchingRequest & { id: number } =
    JOB === 'calibrate'
      ? { id: 1, calibrate: { entries, locale: LOCALE, outOfScope } }
      : { id: 1, train: { entries, locale: LOCALE, budgetMs: BUDGET } };
  worker.postMessage(job);
  let outcome: string;
  let cpuMs = 0;
  try {
    const [reply] = (await Promise.race([once(worker, 'message'), once(worker, 'error')])) as [
      { error?: string; result?: unknown } | Error,
    ];
    if (reply instanceof Error) throw reply;
    cpuMs = worker.performance.eventLoopUtilization().active;
    outcome = reply.error ? `failed: ${reply.error}` : 'ok';
  } catch (error) {
    outcome = (error as { code?: string }).code ?? String(error);
  }
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  await worker.terminate();
  console.log(
    `heap bound ${heapMb ? `${heapMb} MB` : 'none'}: ${outcome.padEnd(26)} ${seconds.toFixed(1)} s ` +
      `(worker busy ${(cpuMs / 1000).toFixed(1)} s), RSS peak +${(peak - before).toFixed(0)} MB`,
  );
}
