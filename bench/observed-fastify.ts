import Fastify, { type FastifyRequest } from 'fastify';
import { pino, type DestinationStream } from 'pino';
import { AppMetrics } from '../src/modules/metrics/app-metrics.js';
import { observeRequests } from '../src/modules/metrics/http-observer.js';
import { createRootLogger } from '../src/modules/metrics/logging.js';
import { requestIdOf } from '../src/modules/metrics/request-id.js';
import { benchConfig } from './load.js';
import { SEARCH_LIKE_RESPONSE as response } from './search-like-response.js';

/**
 * A bare Fastify server (not listening yet) with one route, `GET /v1/search`, answering a constant response the size of
 * a 10-hit search, and Savoir's request id: with the observing hooks as createApp installs them (`on`: the histogram of
 * AppMetrics, an access line to `accessLog`), or with the `X-Request-Id` header only (metrics off, LOG_LEVEL warn).
 */
export function observedFastify(on: boolean, accessLog: DestinationStream) {
  const fastify = Fastify({ genReqId: (request) => requestIdOf(request.headers['x-request-id']) });
  const config = benchConfig();
  const logger = on
    ? createRootLogger({ ...config, LOG_LEVEL: 'log' }, accessLog)
    : createRootLogger(config, pino.destination({ dest: '/dev/null', sync: false }));
  observeRequests(fastify, logger, on ? new AppMetrics() : undefined);
  fastify.get('/v1/search', async (request) => {
    // What the auth guard leaves on the request, read by the access line and the histogram.
    (request as FastifyRequest & { principal?: unknown }).principal = { keyId: 'k-0193a0b4', channel: 'bot' };
    return response;
  });
  return fastify;
}
