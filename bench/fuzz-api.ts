/**
 * OpenAPI-driven fuzz of the whole API over HTTP (see bench/api-fuzz.ts for what is sent). Prints the responses by
 * status and every contract breach (5xx; a 4xx that is not problem+json with status/title/detail/code; a GraphQL error
 * without a code), then checks the service still answers /health and still logs (a search's id is accepted by
 * POST /v1/events after a flush). Exits 1 on any breach.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/fuzz-api.js
 * env: REQUESTS (default 10000), CONNECTIONS (default 8), SEED (default 14), DATABASE_URL (a server: the run uses a new
 * database on it, dropped afterwards; default the embedded database in memory).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';
import { ServedLogService } from '../src/modules/served-log/served-log.service.js';
import { ApiFuzzer, CHANNEL_BY_ROLE, FuzzRequest, FuzzResponse, FuzzTally, ROLES } from './api-fuzz.js';
import { benchConfig } from './load.js';

const REQUESTS = Number(process.env.REQUESTS ?? 10_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
const SEED = Number(process.env.SEED ?? 14);

/** A new database on the server DATABASE_URL names, so that a run starts from nothing and leaves nothing. */
async function freshServerDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `savoir_fuzz_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const database = process.env.DATABASE_URL ? await freshServerDatabase(process.env.DATABASE_URL) : undefined;
const config = benchConfig();
if (database) config.DATABASE_URL = database.url;
const app = await createApp({ config });
await app.listen(0, '127.0.0.1');
const port = (app.getHttpServer().address() as AddressInfo).port;
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function send(request: FuzzRequest, authorization: string): Promise<FuzzResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, authorization },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

const keys = app.get(ApiKeysService);
const secrets = Object.fromEntries(
  await Promise.all(
    ROLES.map(
      async (role) =>
        [role, (await keys.create({ name: `fuzz ${role}`, role, channel: CHANNEL_BY_ROLE[role] })).secret] as const,
    ),
  ),
);
const openapi = JSON.parse(
  (await send({ method: 'GET', path: '/openapi.json', headers: {}, role: 'public', label: '' }, '')).body,
);
const fuzzer = new ApiFuzzer(openapi, readFileSync('schema.graphql', 'utf8'), SEED);
const tally = new FuzzTally();

const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONNECTIONS }, async () => {
    while (next < REQUESTS) {
      const request = fuzzer.request(next);
      next += 1;
      tally.record(request, await send(request, `Bearer ${secrets[request.role]}`));
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

const publicKey = `Bearer ${secrets.public}`;
const health = await send({ method: 'GET', path: '/health', headers: {}, role: 'public', label: '' }, publicKey);
const search = await send(
  { method: 'GET', path: '/v1/search?q=roaming', headers: {}, role: 'public', label: '' },
  publicKey,
);
await app.get(ServedLogService).flush();
const event = {
  id: randomUUID(),
  type: 'click',
  searchId: JSON.parse(search.body).searchId,
  at: new Date().toISOString(),
};
const events = await send(
  {
    method: 'POST',
    path: '/v1/events',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([event]),
    role: 'public',
    label: '',
  },
  publicKey,
);

console.log(
  `${database ? 'PostgreSQL' : 'embedded'}: ${tally.total} requests over ${fuzzer.operationCount} operations in ${seconds.toFixed(1)} s (seed ${SEED})`,
);
console.log(`by status: ${tally.summary()}`);
console.log(`contract breaches: ${tally.breaches.length}`);
for (const breach of tally.breaches.slice(0, 50)) console.log(`  ${breach}`);
console.log(
  `afterwards: GET /health ${health.status}, search ${search.status}, POST /v1/events with its searchId ${events.status}`,
);

agent.destroy();
await app.close();
await database?.drop();
process.exit(
  tally.breaches.length === 0 && health.status === 200 && search.status === 200 && events.status === 200 ? 0 : 1,
);
