import 'reflect-metadata';
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, AppModuleOptions } from './app.module.js';
import { type AppConfig, trustProxyOption } from './config/app-config.js';
import { DomainError } from './common/errors.js';
import { ProblemFilter, sendProblem, toDomainError, toProblem } from './common/problem.filter.js';
import type { FastifyInstance } from 'fastify';
import { createValidationPipe } from './common/validation.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function createLogger(config: AppConfig): ConsoleLogger {
  return new ConsoleLogger({
    json: config.LOG_FORMAT === 'json',
    logLevels: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL as LogLevel) + 1),
  });
}

/** Builds the HTTP application (not listening yet): used by `main`, the tests and the benchmarks. */
export async function createApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT,
    // X-Forwarded-For is believed only from the configured proxies: anyone else could pick their own address.
    trustProxy: trustProxyOption(config.TRUSTED_PROXIES),
    // Requests Node cannot even parse (e.g. raw non-ASCII bytes in the URL) still get a problem document.
    clientErrorHandler: (_error, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify(toProblem(new DomainError('BAD_USER_INPUT', 'The request is not valid HTTP; percent-encode non-ASCII characters in the URL')));
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
  });
  // Nest installs its Fastify error handler after the module init hooks, but GraphQL (mercurius) registers during
  // them, which makes Fastify bind the REST routes' error handler to its default at once. So each root-context route
  // gets the problem+json handler as its own (errors raised before a handler runs: malformed JSON, body too large).
  const fastify = adapter.getInstance();
  fastify.addHook('onRoute', function (this: FastifyInstance, route) {
    if (this !== fastify || route.errorHandler) return;
    route.errorHandler = (error, request, reply) => sendProblem(reply, toDomainError(error), request.url);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    logger: createLogger(config),
    bufferLogs: false,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Savoir')
      .setDescription('Headless knowledge base for contact centres: one article store answering web, bot, voice, agent and email.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  await app.init();
  return app;
}
