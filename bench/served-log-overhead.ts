/**
 * What the served-answer log costs serving: the same endpoints on the demo knowledge base with the log on, then with
 * the log's enqueue replaced by id generation only (nothing buffered or written), after a warm-up run, alternating
 * which goes first from round to round. The load comes from another process (bench/load.ts).
 *
 * Run: npx tsc -p tsconfig.json --outDir dist && node dist/bench/served-log-overhead.js
 * (CONNECTIONS=32, DURATION=10 seconds per run, ROUNDS=2, PROFILE=dir writes the server's CPU profile of each run
 * there;
 * DATABASE_URL for a PostgreSQL server, DATA_DIR=dir for the embedded database on disk instead of in memory)
 */
import { uuid7 } from '../src/common/uuid7.js';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { readDemoContent, seedDemo } from '../src/demo/loader.js';
import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';
import { ServedLogService } from '../src/modules/served-log/served-log.service.js';
import { random } from './search-engine-corpus.js';
import { benchConfig, LoadRequest, processesCpu, profiled, runLoad } from './load.js';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
/** A directory: the server's CPU profile of each measured run is written there. */
const PROFILE = process.env.PROFILE;

const config = benchConfig();
const app = await createApp({ config });
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
await seedDemo(app);
const key = (await app.get(ApiKeysService).create({ name: 'bench web', role: 'public', channel: 'web' })).secret;
const slugs = (await readDemoContent()).articles.filter((a) => a.audience === 'public').map((a) => a.slug);
const words = ['bill', 'roaming', 'esim', 'password', 'refund', 'wifi', 'contract', 'facture', 'itinérance', 'box'];

const log = app.get(ServedLogService);
const original = { logServed: log.logServed, logSearch: log.logSearch };
const setLogging = (on: boolean) => {
  log.logServed = on ? original.logServed : () => uuid7();
  log.logSearch = on ? original.logSearch : () => uuid7();
};

// The same pseudo-random requests for every run (log on and off see the same traffic).
const rnd = random(5);
const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
const requests = (path: () => string): LoadRequest[] =>
  Array.from({ length: 5000 }, () => ({ method: 'GET', path: path() }));
const targets = {
  'GET /v1/articles/:slug/render': requests(
    () => `/v1/articles/${pick(slugs)}/render?channel=web&locale=${pick(['en', 'fr'])}`,
  ),
  'GET /v1/search': requests(
    () => `/v1/search?q=${encodeURIComponent(pick(words))}&locale=${pick(['en', 'fr'])}&limit=5`,
  ),
};

/** CPU time (µs) used so far by the machine's PostgreSQL processes, 0 if none (embedded database). */
const databaseCpu = () => processesCpu((stat) => stat.includes('(postgres)'));

/** Throughput, and the CPU used per request by this server process and by the database, during one run. */
async function measure(list: LoadRequest[], profile: string) {
  const [cpu, db] = [process.cpuUsage(), databaseCpu()];
  const result = await profiled(PROFILE, profile, () =>
    runLoad({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      headers: { authorization: `Bearer ${key}` },
      requests: list,
    }),
  );
  const used = process.cpuUsage(cpu);
  return {
    rate: result.requests,
    serverUs: (used.user + used.system) / result.total,
    databaseUs: (databaseCpu() - db) / result.total,
  };
}

for (const [name, list] of Object.entries(targets)) {
  const totals = { on: { rate: 0, serverUs: 0, databaseUs: 0 }, off: { rate: 0, serverUs: 0, databaseUs: 0 } };
  await measure(list, `${name} warm-up`); // JIT, caches: not counted
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternating which goes first, so that neither always runs on a warmer server.
    for (const on of round % 2 === 0 ? [true, false] : [false, true]) {
      setLogging(on);
      const run = await measure(list, `${name} log ${on ? 'on' : 'off'} ${round + 1}`);
      if (process.env.VERBOSE)
        console.log(
          `  round ${round + 1}, log ${on ? 'on' : 'off'}: ${run.rate.toFixed(0)} req/s, server ${run.serverUs.toFixed(0)} µs/request, database ${run.databaseUs.toFixed(0)} µs/request`,
        );
      for (const k of ['rate', 'serverUs', 'databaseUs'] as const) totals[on ? 'on' : 'off'][k] += run[k] / ROUNDS;
    }
  }
  setLogging(true);
  const { on, off } = totals;
  console.log(
    `${name.padEnd(32)} log on ${on.rate.toFixed(0)} req/s   log off ${off.rate.toFixed(0)} req/s   on/off ${((100 * on.rate) / off.rate).toFixed(1)}%   ` +
      `CPU per request on/off: server ${on.serverUs.toFixed(0)}/${off.serverUs.toFixed(0)} µs, database ${on.databaseUs.toFixed(0)}/${off.databaseUs.toFixed(0)} µs`,
  );
}
await app.close();
