/**
 * Load generator run as its own process (so that its work does not share the server's event loop, as real clients
 * do not): autocannon replaying a list of requests in order, in a loop. Reads its plan from the JSON file named by
 * the first argument, prints autocannon's summary as one JSON line.
 *
 * Plan: { url, connections, duration, headers, requests: [{ method, path, body? }] }
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

interface Plan {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: { method: 'GET' | 'POST'; path: string; body?: string }[];
}

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Plan;
let next = 0;
// autocannon times a request on this process's event loop: a response read late because this process was starved
// of CPU (or collecting garbage) counts as server latency. Its own longest delay bounds how much of a maximum that is.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
// A server accepts a new connection only once per turn of its event loop (strace: one accept4 per turn), so the
// first request of the last connections opened at the start waits for a turn per connection before it: that time
// is the connection's, not the request's. The slowest request after each connection's first is kept apart.
let steadyMax = 0;
const answered = new WeakSet<object>();
const options: autocannon.Options = {
  url: plan.url,
  connections: plan.connections,
  duration: plan.duration,
  headers: plan.headers,
  // Each request gets headers of its own: autocannon's request builder adds Content-Length to the headers object it
  // is given, and the one this setup receives is kept from request to request, so a POST's Content-Length used to go
  // out with the GETs after it. The server then read the next request as that GET's body: the garbled request got a
  // 400 from the HTTP parser (never logged by the application) and the GET waited for its "body" until the next one.
  requests: [
    {
      setupRequest: (request) => ({
        ...request,
        headers: { ...plan.headers },
        ...plan.requests[next++ % plan.requests.length],
      }),
    },
  ],
};
const result = await new Promise<autocannon.Result>((resolve, reject) =>
  autocannon(options, (error, done) => (error ? reject(error) : resolve(done))).on(
    'response',
    (client, _status, _bytes, ms) => {
      if (answered.has(client)) steadyMax = Math.max(steadyMax, ms);
      else answered.add(client);
    },
  ),
);
console.log(
  JSON.stringify({
    requests: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    clientLoopDelayMax: Math.round(loop.max / 1e6),
    maxAfterFirst: Math.round(steadyMax),
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
    ),
  }),
);
