import 'reflect-metadata';
import { Logger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, AppModuleOptions } from './app.module.js';
import { type AppConfig, trustProxyOption } from './config/app-config.js';
import { DomainError } from './common/errors.js';
import { describeProblems, ProblemView } from './common/openapi.js';
import { ProblemFilter, sendProblem, toDomainError, toProblem } from './common/problem.filter.js';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, ProtoAction } from 'fastify';
import type { IncomingMessage, Server } from 'node:http';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './common/input-guard.js';
import { createValidationPipe } from './common/validation.js';
import type { DestinationStream } from 'pino';
import { graphQLErrorOf } from './graphql/errors.js';
import { enableBrowserCors } from './modules/auth/cors.js';
import { AppMetrics } from './modules/metrics/app-metrics.js';
import { observeRequests } from './modules/metrics/http-observer.js';
import { createRootLogger, PinoNestLogger } from './modules/metrics/logging.js';
import { requestIdOf } from './modules/metrics/request-id.js';

/** Nest's logger for scripts (the application makes its own in createApp). */
export function createLogger(config: AppConfig): LoggerService {
  return new PinoNestLogger(createRootLogger(config));
}

export interface CreateAppOptions extends Omit<AppModuleOptions, 'metrics' | 'logger'> {
  /** Where log lines go instead of standard output (tests read them). */
  logDestination?: DestinationStream;
}

/**
 * Fastify's JSON parser, after a linear scan refusing deeper nesting than any request needs: recursive code further on
 * (class-transformer, class-validator, GraphQL variable coercion) would overflow the stack on a few thousand levels.
 */
function boundedJsonParser(fastify: FastifyInstance) {
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig as {
    onProtoPoisoning?: ProtoAction;
    onConstructorPoisoning?: ProtoAction;
  };
  const parse = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  return (request: FastifyRequest, body: Buffer, done: (error: Error | null, parsed?: unknown) => void) => {
    if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) {
      done(new DomainError('BAD_USER_INPUT', `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`));
      return;
    }
    // Fastify's parser takes a Buffer too (secure-json-parse decodes it); its type only names strings.
    parse(request, body as unknown as string, done);
  };
}

/**
 * Closing the application first stops accepting connections and lets the requests in flight finish, then runs the
 * shutdown hooks (which write the served-answer log's last rows and close the database). Nest closes the HTTP server
 * only after those hooks: rows logged by the requests answered meanwhile were never written. A request that still
 * arrives on an open connection gets a 503. The drain lasts at most `drainMs`: then the connections still open (a
 * client trickling its body) are closed, so that the shutdown, and the final flush, always happen.
 */
class DrainingFastifyAdapter extends FastifyAdapter {
  draining = false;
  /** SHUTDOWN_DRAIN_MS */
  drainMs = 10_000;
  private closed: Promise<void> | undefined;

  override async beforeClose(): Promise<void> {
    this.draining = true;
    // Closing the server reaps the idle keep-alive connections once; a connection whose request ends later would
    // hold the close until its keep-alive timeout (72 s) without this.
    const server = this.getHttpServer() as Server;
    const reaper = setInterval(() => server.closeIdleConnections(), 50);
    let limit: NodeJS.Timeout | undefined;
    const overdue = new Promise<true>((resolve) => (limit = setTimeout(resolve, this.drainMs, true)));
    try {
      this.closed ??= super.close();
      if (await Promise.race([this.closed.then(() => false), overdue])) {
        new Logger('Shutdown').warn({
          message: `requests still unfinished after SHUTDOWN_DRAIN_MS (${this.drainMs} ms): closing their connections`,
        });
        server.closeAllConnections();
        await this.closed;
      }
    } finally {
      clearInterval(reaper);
      clearTimeout(limit);
    }
  }

  override close(): Promise<void> {
    return this.beforeClose();
  }
}

/** Builds the HTTP application (not listening yet): used by `main`, the tests and the benchmarks. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config, logDestination, ...moduleOptions } = options;
  const logger = createRootLogger(config, logDestination);
  const metrics = config.METRICS_TOKEN ? new AppMetrics() : undefined;
  const adapter = new DrainingFastifyAdapter({
    bodyLimit: config.BODY_LIMIT,
    // Node's default (0) lets a client trickling its request hold a connection, and the shutdown, for ever.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // X-Forwarded-For is believed only from the configured proxies: anyone else could pick their own address.
    trustProxy: trustProxyOption(config.TRUSTED_PROXIES),
    genReqId: (request: IncomingMessage) => requestIdOf(request.headers['x-request-id']),
    // The only route schemas are mercurius' own (GraphQL's GET and POST): checking them against JSON Schema's
    // meta-schema compiled that meta-schema at each listen (~0.1 s). Requests are validated exactly as before.
    ajv: { customOptions: { validateSchema: false } },
    // Refused during the drain by the hook below, as a problem document rather than Fastify's own body.
    return503OnClosing: false,
    // URLs the router refuses before any route (a malformed percent-escape, a path parameter over its length limit).
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(reply, toDomainError(error), request.url),
    // Requests Node cannot even parse (e.g. raw non-ASCII bytes in the URL) still get a problem document.
    clientErrorHandler: (_error, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify(
        toProblem(
          new DomainError(
            'BAD_USER_INPUT',
            'The request is not valid HTTP; percent-encode non-ASCII characters in the URL',
          ),
        ),
      );
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
  adapter.drainMs = config.SHUTDOWN_DRAIN_MS;
  // Nest installs its Fastify error handler after the module init hooks, but GraphQL (mercurius) registers during
  // them, which makes Fastify bind the REST routes' error handler to its default at once. So each root-context route
  // gets the problem+json handler as its own (errors raised before a handler runs: malformed JSON, body too large).
  const fastify = adapter.getInstance();
  // First, so that the drain's 503 carries the request id too.
  observeRequests(fastify, logger, metrics);
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!adapter.draining) return done();
    const unavailable = new DomainError('UNAVAILABLE', 'The server is shutting down; retry the request', {}, [], 1);
    // GraphQL clients read `errors`, not a problem document.
    if (request.url.split('?')[0] === '/graphql') {
      void reply
        .code(503)
        .header('retry-after', String(unavailable.retryAfter))
        .send({ errors: [graphQLErrorOf(unavailable)] });
      return;
    }
    sendProblem(reply, unavailable, request.url);
  });
  fastify.addHook('onRoute', function (this: FastifyInstance, route) {
    if (this !== fastify || route.errorHandler) return;
    route.errorHandler = (error, request, reply) => sendProblem(reply, toDomainError(error), request.url);
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ ...moduleOptions, config, metrics, logger }),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      bufferLogs: false,
      // A failed start (e.g. a locked data directory) throws to the caller, which says why and exits; not abort().
      abortOnError: false,
    },
  );
  app.useBodyParser('application/json', { bodyLimit: config.BODY_LIMIT }, boundedJsonParser(fastify));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  enableBrowserCors(app);
  // On SIGTERM/SIGINT: close (drain, last log rows, database), then exit through process.exit, whose 'exit' event
  // makes pino write the access lines still in its buffer; Nest's default re-raises the signal, which skips it and
  // lost the last ~0.5 s of lines (12 of 20 requests made just before a SIGTERM).
  app.enableShutdownHooks([], { useProcessExit: true });

  // The OpenAPI document is made on its first request, not at each start (scanning every route costs ~0.1-0.2 s).
  const document = () =>
    describeProblems(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('Savoir')
          .setDescription(
            'Headless knowledge base for contact centres: one article store answering web, bot, voice, agent and email.',
          )
          .setVersion('1')
          .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key' })
          .build(),
        { extraModels: [ProblemView] },
      ),
    );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  await app.init();
  return app;
}
