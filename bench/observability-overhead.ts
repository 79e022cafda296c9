/**
 * What metrics and the access log add to one request, alone: two bare Fastify servers in this process with the same
 * constant response (the size of a 10-hit search) and Savoir's request id, one with the observing hooks as createApp
 * installs them (`observeRequests`: the histogram of AppMetrics, an access line through pino to a file, asynchronous
 * and batched as `logDestination` writes it), the other with the `X-Request-Id` header only (metrics off, LOG_LEVEL
 * warn). Measured in turn ROUNDS times, the order swapped every round: the server's CPU time per request of each,
 * whose difference is the observability's cost, to set against the CPU a served search costs (bench/serving-speed.ts).
 * No database or engine here: on a loaded machine the difference is then not drowned in their variation.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/observability-overhead.js (CONNECTIONS=8, DURATION=5, ROUNDS=6)
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logDestination } from '../src/modules/metrics/logging.js';
import { observed, runLoad } from './load.js';
import { observedFastify } from './observed-fastify.js';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
const DURATION = Number(process.env.DURATION ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 6);

const logFile = join(mkdtempSync(join(tmpdir(), 'savoir-bench-')), 'access.log');
const accessLog = logDestination(logFile);

async function server(on: boolean) {
  const fastify = observedFastify(on, accessLog);
  await fastify.listen({ port: 0, host: '127.0.0.1' });
  return { fastify, url: `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}` };
}

const servers = { off: await server(false), on: await server(true) };
const requests = [{ method: 'GET' as const, path: '/v1/search?q=pin&locale=en' }];
const totals = { off: { requests: 0, cpu: 0, main: 0 }, on: { requests: 0, cpu: 0, main: 0 } };
for (let round = 0; round < ROUNDS + 1; round += 1) {
  const order = round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
  for (const mode of order) {
    const result = await observed(() =>
      runLoad({ url: servers[mode].url, connections: CONNECTIONS, duration: DURATION, headers: {}, requests }),
    );
    console.log(
      `${round === 0 ? 'warm-up ' : ''}observability ${mode.padEnd(3)} ${String(Math.round(result.requests)).padStart(6)} req/s   ` +
        `server ${result.cpuUsPerRequest.toFixed(0)} µs CPU/request (main thread ${result.mainThreadUsPerRequest.toFixed(0)})`,
    );
    if (round === 0) continue;
    totals[mode].requests += result.requests;
    totals[mode].cpu += result.cpuUsPerRequest;
    totals[mode].main += result.mainThreadUsPerRequest;
  }
}
const { off, on } = totals;
console.log(
  `\nover ${ROUNDS} rounds: ${(off.requests / ROUNDS).toFixed(0)} → ${(on.requests / ROUNDS).toFixed(0)} req/s; ` +
    `server CPU per request ${(off.cpu / ROUNDS).toFixed(1)} → ${(on.cpu / ROUNDS).toFixed(1)} µs ` +
    `(+${((on.cpu - off.cpu) / ROUNDS).toFixed(1)} µs), main thread ${(off.main / ROUNDS).toFixed(1)} → ` +
    `${(on.main / ROUNDS).toFixed(1)} µs (+${((on.main - off.main) / ROUNDS).toFixed(1)} µs)`,
);
await Promise.all([servers.off.fastify.close(), servers.on.fastify.close()]);
await accessLog.end();
const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
console.log(`access log: ${lines.length} lines; the last: ${lines[lines.length - 1]}`);
