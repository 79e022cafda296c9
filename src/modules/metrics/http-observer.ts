import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Principal } from '../../common/domain.js';
import type { AppMetrics } from './app-metrics.js';
import { infoLineWriter } from './logging.js';

/** Values kept in JsonStrings at most: key ids are as many as the keys. */
const JSON_STRINGS_KEPT = 10_000;

/**
 * The JSON text of strings that repeat from request to request (methods, route patterns, key ids, channels), made once
 * each: `JSON.stringify` of a short string cost 0.1-0.2 µs, four per access line.
 */
class JsonStrings {
  private readonly texts = new Map<string, string>();

  of(value: string | undefined): string {
    if (value === undefined) return 'null';
    let text = this.texts.get(value);
    if (text === undefined) {
      if (this.texts.size >= JSON_STRINGS_KEPT) this.texts.clear();
      this.texts.set(value, (text = JSON.stringify(value)));
    }
    return text;
  }
}

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
  const accessLine = logger.isLevelEnabled('info')
    ? infoLineWriter(logger.child({ context: 'access' }), 'request')
    : undefined;
  if (!accessLine && !metrics) return;
  const json = new JsonStrings();
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    const principal = (request as FastifyRequest & { principal?: Principal }).principal;
    const milliseconds = reply.elapsedTime;
    metrics?.observeRequest(request.method, route, reply.statusCode, principal?.channel, milliseconds);
    // The fields, in the order pino wrote them from an object before.
    accessLine?.(
      `,"requestId":${JSON.stringify(request.id)},"method":${json.of(request.method)},"route":${json.of(route)},` +
        `"status":${reply.statusCode},"durationMs":${Math.round(milliseconds * 100) / 100},` +
        `"keyId":${json.of(principal?.keyId)},"channel":${json.of(principal?.channel)}`,
    );
    done();
  });
}
