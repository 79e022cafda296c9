/**
 * The embedded default under load, as `npm start` runs it: ARTICLES generated FAQ articles × en/fr in a DATA_DIR on
 * disk, the built server (dist/src/main.js) in a process of its own, the load from another. Measures:
 *   - the FAQ's latency, max included, over RUNS runs of DURATION seconds (`GET /v1/faq`, en and fr): does any request
 *     wait behind background work (list refreshes, log flushes, rollup passes)?
 *   - the server's resident memory (VmRSS of the whole process, worker threads included, sampled every 100 ms) once
 *     trained and idle, at its peak under each load, and its high-water mark (VmHWM, training included);
 *   - a mixed load (search, answers, FAQ, one request of each in turn) for DURATION seconds;
 *   - per run, the serving thread's longest event-loop delay and its GC time (from /metrics), and the load client's own
 *     longest event-loop delay (a latency that long may be the client's).
 * The server runs with METRICS_TOKEN set: the bench reads from `/metrics` when the question matchers are trained.
 *
 * Run: npm run build && npx tsc -p tsconfig.json && node dist/bench/embedded-serving.js
 * (RESTART=1: measure a restarted server, on the models and calibrations a first server stored)
 * (RETRAIN=N: then change N articles through the API, a content event each, and run the mixed load until the server
 * has retrained its question matchers on them, and once more: a training on the matching worker under load, as on a
 * server whose content changes; the server's retraining debounce is set to 1 s unless MATCHER_RETRAIN_DEBOUNCE_MS says.
 * RETRAIN_BY=slug (the default) changes their slugs, which every locale's model holds: both locales retrain;
 * RETRAIN_BY=revision publishes a new English revision of each: English alone retrains; RETRAINED_RUNS=N: N runs of
 * the mixed load once retrained, 1 by default: what background work costs as the logs grow)
 * (KEEP_DATA_DIR=<dir>: with RESTART=1, a copy of the data directory once trained and calibrated is left there;
 * FROM_DATA_DIR=<dir>: starts from a copy of such a directory (same ARTICLES) and measures it as restarted, without
 * loading the content and training it first: four minutes less per run when comparing builds of one model format;
 * KEEP_FINAL_DATA_DIR=<dir>: a copy of the data directory as the server left it, logs and rollups included, for
 * EXPLAIN on what the load wrote)
 * (ARTICLES=10000, CONNECTIONS=32, DURATION=15, RUNS=3, PORT=3932; SERVER_ARGS: extra node options for the server,
 * e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"; any other setting, e.g. SEARCH_CACHE_SIZE=0, is passed on to the server)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';
import { LoadRequest, metricValues, runLoad } from './load.js';
import { statusFieldMb } from './proc-status.js';
import { bulkLoadArticles } from './bulk-load.js';
import { benchContent, BENCH_LOCALES, generateQueries, generateQuestions } from './search-engine-corpus.js';

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const DURATION = Number(process.env.DURATION ?? 15);
const RUNS = Number(process.env.RUNS ?? 3);
const PORT = process.env.PORT ?? '3932';
const RETRAIN = Number(process.env.RETRAIN ?? 0);
const RETRAIN_BY = process.env.RETRAIN_BY === 'revision' ? 'revision' : 'slug';
const RETRAINED_RUNS = Number(process.env.RETRAINED_RUNS ?? 1);
const { KEEP_DATA_DIR, KEEP_FINAL_DATA_DIR, FROM_DATA_DIR } = process.env;
const METRICS_TOKEN = 'bench-metrics-token-0123456789';
// The server built with this bench (a copy of another build's dist/ runs that build's server).
const SERVER_MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'savoir-embedded-'));
const DATA_DIR = join(scratch, 'data');
const serverEnv = {
  ...process.env,
  DATA_DIR,
  PORT,
  LOG_LEVEL: 'warn',
  METRICS_TOKEN,
  PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
  ...(RETRAIN ? { MATCHER_RETRAIN_DEBOUNCE_MS: process.env.MATCHER_RETRAIN_DEBOUNCE_MS ?? '1000' } : {}),
};

// The content, written by this process before the server starts (the server holds the data directory alone).
let started = Date.now();
if (FROM_DATA_DIR) cpSync(FROM_DATA_DIR, DATA_DIR, { recursive: true });
const loader = await createApp({ config: loadConfig(serverEnv) });
const content = benchContent(ARTICLES);
if (!FROM_DATA_DIR) await bulkLoadArticles(loader.get(DataSource), content);
const bot = (await loader.get(ApiKeysService).create({ name: 'bench bot', role: 'bot', channel: 'bot' })).secret;
const admin = (await loader.get(ApiKeysService).create({ name: 'bench admin', role: 'admin' })).secret;
await loader.close();
console.log(
  `${FROM_DATA_DIR ? `copied ${FROM_DATA_DIR}` : `loaded ${ARTICLES} articles × 2 locales`} into ${DATA_DIR} in ${Date.now() - started} ms`,
);

const serverArgs = process.env.SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
const base = `http://127.0.0.1:${PORT}`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const metrics = async () =>
  (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
/** The last content event the server's question matchers include; undefined until they are in place. */
const modelVersion = async () => metricValues(await metrics(), 'savoir_matcher_model_version')[0];
/** The sum of a metric's series (0 if absent) in a /metrics text. */
const metricSum = (text: string, name: string) => metricValues(text, name).reduce((sum, value) => sum + value, 0);
/** A bound of the server's request histogram: requests slower than this, per route, are counted for each run. */
const SLOW_SECONDS = 0.25;
/** Requests slower than SLOW_SECONDS so far, per route (the histogram's count less its bucket at that bound). */
const slowRequests = (text: string) => {
  const slow = new Map<string, number>();
  for (const [, labels, le, value] of text.matchAll(
    /^savoir_http_request_duration_seconds_bucket\{(.*)le="([^"]+)"\} (\S+)$/gm,
  )) {
    if (le !== '+Inf' && Number(le) !== SLOW_SECONDS) continue;
    const route = /route="([^"]*)"/.exec(labels)?.[1] ?? '?';
    slow.set(route, (slow.get(route) ?? 0) + (le === '+Inf' ? 1 : -1) * Number(value));
  }
  return slow;
};

/** Starts the server on DATA_DIR; resolves once it is ready. */
async function startServer() {
  started = Date.now();
  const child = spawn(process.execPath, [...serverArgs, SERVER_MAIN], {
    env: serverEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exit = once(child, 'exit');
  while (
    (await fetch(`${base}/health/ready`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  )
    await wait(50);
  console.log(`server ready in ${Date.now() - started} ms`);
  return { child, exit };
}

let { child: server, exit: exited } = await startServer();
// A failed run stops the server too (it would keep the port and the data directory).
process.on('exit', () => server.kill('SIGTERM'));
if (process.env.RESTART && !FROM_DATA_DIR) {
  // A restarted server: trains and calibrates first, then starts again on the stored models and calibrations.
  const calibrated = async () =>
    (
      await Promise.all(
        BENCH_LOCALES.map(async (locale) => {
          const res = await fetch(`${base}/v1/matcher/calibration?locale=${locale}`, {
            headers: { authorization: `Bearer ${admin}` },
          });
          return ((await res.json()) as { calibrated: boolean }).calibrated;
        }),
      )
    ).every(Boolean);
  while (!(await calibrated())) await wait(2000);
  console.log(`trained and calibrated ${Date.now() - started} ms after the start; restarting`);
  server.kill('SIGTERM');
  await exited;
  if (KEEP_DATA_DIR) cpSync(DATA_DIR, KEEP_DATA_DIR, { recursive: true });
  ({ child: server, exit: exited } = await startServer());
}
while ((await modelVersion()) === undefined) await wait(500);
console.log(`question matchers trained ${Date.now() - started} ms after the start`);

/** VmRSS and VmHWM of the server, in MB, from /proc. */
const memory = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return { rss: statusFieldMb(status, 'VmRSS'), hwm: statusFieldMb(status, 'VmHWM') };
};
await wait(2000);
console.log(
  `trained and idle: RSS ${memory().rss.toFixed(0)} MB, high-water mark so far ${memory().hwm.toFixed(0)} MB`,
);

/** Runs a load while sampling the server's RSS; prints latency and the RSS peak. */
async function measure(title: string, requests: LoadRequest[]) {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, memory().rss)), 100);
  // prom-client's event-loop delay histogram restarts at each scrape: the one after the run gives the run's longest
  // delay, the longest the serving thread went without coming back to the event loop (every request waited that long).
  const before = await metrics();
  const gcBefore = metricSum(before, 'nodejs_gc_duration_seconds_sum');
  const headers = { authorization: `Bearer ${bot}`, 'content-type': 'application/json' };
  const result = await runLoad({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    requests,
    tolerant: true,
  });
  clearInterval(sampler);
  const after = await metrics();
  const loopDelay = metricSum(after, 'nodejs_eventloop_lag_max_seconds') * 1000;
  const gc = (metricSum(after, 'nodejs_gc_duration_seconds_sum') - gcBefore) * 1000;
  const slowBefore = slowRequests(before);
  const slow = [...slowRequests(after)]
    .map(([route, n]) => [route, n - (slowBefore.get(route) ?? 0)] as const)
    .filter(([, n]) => n > 0);
  console.log(
    `${title.padEnd(24)} ${String(Math.round(result.requests)).padStart(6)} req/s   p50 ${result.p50} ms   p99 ${result.p99} ms   max ${result.max} ms ` +
      `(${result.maxAfterFirst} ms after each connection's first)   ` +
      `non-2xx ${result.non2xx}${result.non2xx ? ` (${JSON.stringify(result.statusCodes)})` : ''}, ` +
      `failed ${result.errors} (${result.timeouts} after 10 s)   ` +
      `RSS peak ${peak.toFixed(0)} MB   serving thread: longest event-loop delay ${loopDelay.toFixed(0)} ms, GC ${gc.toFixed(0)} ms; ` +
      `load client: longest event-loop delay ${result.clientLoopDelayMax} ms; ` +
      `over ${SLOW_SECONDS * 1000} ms in the server: ${slow.map(([route, n]) => `${route} ${n}`).join(', ') || 'none'}`,
  );
}

console.log(`\n${CONNECTIONS} connections, ${DURATION} s per run`);
const faq = BENCH_LOCALES.map((locale) => ({ method: 'GET' as const, path: `/v1/faq?locale=${locale}` }));
for (let run = 1; run <= RUNS; run += 1) await measure(`GET /v1/faq, run ${run}`, faq);

const searches = BENCH_LOCALES.flatMap((locale, i) =>
  generateQueries(2500, locale, 101 + i).map((q) => ({
    method: 'GET' as const,
    path: `/v1/search?q=${encodeURIComponent(q)}&locale=${locale}`,
  })),
);
const answers = BENCH_LOCALES.flatMap((locale, i) =>
  generateQuestions(2500, locale, 201 + i).map((question) => ({
    method: 'POST' as const,
    path: '/v1/answers',
    body: JSON.stringify({ question, locale }),
  })),
);
const mixed = searches.flatMap((search, i) => [search, answers[i], faq[i % faq.length]]);
await measure('mixed (search, answers, FAQ)', mixed);

if (RETRAIN) {
  const before = await modelVersion();
  const headers = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
  const send = async (path: string, method: string, body: object) => {
    const res = await fetch(`${base}${path}`, { method, headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { number: number };
  };
  for (const [i, { articleId, title, body }] of content.en.slice(0, RETRAIN).entries()) {
    const article = (await (await fetch(`${base}/v1/articles/${articleId}`, { headers })).json()) as {
      version: number;
      slug: string;
      locales: { locale: string; headRevision: number }[];
    };
    if (RETRAIN_BY === 'slug') {
      await send(`/v1/articles/${articleId}`, 'PATCH', { slug: `${article.slug}-r`, version: article.version });
    } else {
      const baseRevision = article.locales.find((l) => l.locale === 'en')!.headRevision;
      const alternativeQuestions = [`bench retraining question ${i}`];
      const { number } = await send(`/v1/articles/${articleId}/revisions`, 'POST', {
        locale: 'en',
        baseRevision,
        title,
        body,
        alternativeQuestions,
      });
      await send(`/v1/articles/${articleId}/revisions/${number}/publish`, 'POST', { locale: 'en' });
    }
  }
  console.log(`changed ${RETRAIN} articles (${RETRAIN_BY}): retraining on them under the mixed load`);
  started = Date.now();
  let run = 1;
  while ((await modelVersion()) === before) await measure(`mixed, retraining, run ${run++}`, mixed);
  console.log(`question matchers retrained ${Date.now() - started} ms after the change`);
  for (let run = 1; run <= RETRAINED_RUNS; run += 1) await measure(`mixed, retrained, run ${run}`, mixed);
}
console.log(`high-water mark of the server's RSS: ${memory().hwm.toFixed(0)} MB`);

server.kill('SIGTERM');
await exited;
if (KEEP_FINAL_DATA_DIR) cpSync(DATA_DIR, KEEP_FINAL_DATA_DIR, { recursive: true });
rmSync(scratch, { recursive: true, force: true });
