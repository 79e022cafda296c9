/**
 * What the observing hooks do per request, counted so that a shared machine does not move the figure: the hooks of
 * `observeRequests` (request id header, histogram, access line to a file as `logDestination` writes it) called
 * directly REQUESTS times, BATCH per event-loop turn (as a busy server finishes several responses a turn), with the
 * request and reply fields they read, on (OBSERVED=on: metrics and access log) or off (LOG_LEVEL warn, no metrics).
 * Fastify's own running of the hooks is left out (the same for any hook body). Under `valgrind --tool=callgrind`, run
 * with two REQUESTS counts: the difference of the instructions collected over the difference of requests is one
 * request's count, start-up and exit cancelled (instructions run in the process: the system calls' work in the kernel,
 * such as the write of a batch of lines, is not counted). Without valgrind it prints the CPU time a request.
 *
 * Run: npx tsc -p tsconfig.json && OBSERVED=on REQUESTS=20000 valgrind --tool=callgrind
 *   --callgrind-out-file=/dev/null node --single-threaded dist/bench/observability-instructions.js, then REQUESTS=60000
 *   (OBSERVED=on, REQUESTS=200000, BATCH=8; V8's --single-threaded keeps its compiler and GC threads out of the count)
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppMetrics } from '../src/modules/metrics/app-metrics.js';
import { observeRequests } from '../src/modules/metrics/http-observer.js';
import { createRootLogger, logDestination } from '../src/modules/metrics/logging.js';
import { benchConfig } from './load.js';

const OBSERVED = process.env.OBSERVED ?? 'on';
if (!['on', 'off'].includes(OBSERVED)) throw new Error('OBSERVED: on or off');
const REQUESTS = Number(process.env.REQUESTS ?? 200_000);
const BATCH = Number(process.env.BATCH ?? 8);

type Hook = (request: FastifyRequest, reply: FastifyReply, done: () => void) => void;
const hooks: Record<string, Hook[]> = {};
const fastify = {
  addHook: (name: string, hook: Hook) => (hooks[name] ??= []).push(hook),
} as unknown as FastifyInstance;
const logFile = join(mkdtempSync(join(tmpdir(), 'savoir-bench-')), 'access.log');
const accessLog = logDestination(logFile);
const on = OBSERVED === 'on';
observeRequests(
  fastify,
  createRootLogger({ ...benchConfig(), LOG_LEVEL: on ? 'log' : 'warn' }, accessLog),
  on ? new AppMetrics() : undefined,
);

const done = () => undefined;
const cpu = process.cpuUsage();
for (let served = 0; served < REQUESTS; served += BATCH) {
  for (let i = 0; i < BATCH; i += 1) {
    // What Fastify and the auth guard leave on a served search.
    const request = {
      id: randomUUID(),
      method: 'GET',
      routeOptions: { url: '/v1/search' },
      principal: { keyId: 'k-0193a0b4', channel: 'bot' },
    } as unknown as FastifyRequest;
    const reply = { statusCode: 200, elapsedTime: 1.2345 + i, header: () => reply } as unknown as FastifyReply;
    for (const hook of hooks.onRequest ?? []) hook(request, reply, done);
    for (const hook of hooks.onResponse ?? []) hook(request, reply, done);
  }
  await new Promise(setImmediate);
}
const used = process.cpuUsage(cpu);
await accessLog.end();
const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length;
console.log(
  `observability ${OBSERVED}: ${REQUESTS} requests, ${((used.user + used.system) / REQUESTS).toFixed(3)} µs CPU a request; ` +
    `${lines} access lines`,
);
