import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Principal } from '../../common/domain.js';
import type { AppMetrics } from './app-metrics.js';

/**
 * Per request: the `X-Request-Id` response header (see requestIdOf), one access log line at level `info` and the
 * request metrics. The line names the route pattern, never the URL: paths and query strings carry customers' questions
 * and search terms. Installed before any route, so that every route (GraphQL's and 404s too) inherits the hooks.
 */
export function observeRequests(fastify: FastifyInstance, logger: Logger, metrics: AppMetrics | undefined): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  const accessLog = logger.isLevelEnabled('info') ? logger.child({ context: 'access' }) : undefined;
  if (!accessLog && !metrics) return;
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    const principal = (request as FastifyRequest & { principal?: Principal }).principal;
    const milliseconds = reply.elapsedTime;
    metrics?.observeRequest(request.method, route, reply.statusCode, principal?.channel, milliseconds);
    accessLog?.info(
      {
        requestId: request.id,
        method: request.method,
        route: route ?? null,
        status: reply.statusCode,
        durationMs: Math.round(milliseconds * 100) / 100,
        keyId: principal?.keyId ?? null,
        channel: principal?.channel ?? null,
      },
      'request',
    );
    done();
  });
}
