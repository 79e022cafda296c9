import { Injectable, Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { sendProblem, toDomainError } from '../common/problem.filter.js';
import { AppConfig } from '../config/app-config.js';
import { complexityLimit } from './complexity.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLErrors } from './errors.js';
import { Loaders } from './loaders.js';

/**
 * Nest installs its Fastify error handler (problem+json for body-parsing and other pre-handler errors) after the
 * module init hooks, but registering mercurius during those hooks makes Fastify bind the REST routes' error handler
 * at once, to Fastify's default. So the REST routes (the root context's) get the problem+json handler as their own.
 */
@Injectable()
class RestRoutesKeepProblemErrors {
  constructor(adapterHost: HttpAdapterHost) {
    const fastify = adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRoute', function (this: FastifyInstance, route) {
      if (this !== fastify || route.errorHandler) return;
      route.errorHandler = (error, request, reply) => sendProblem(reply, toDomainError(error), request.url);
    });
  }
}

/**
 * GraphQL at /graphql (code-first; resolvers live beside the REST controllers and call the same services). The
 * global AuthGuard and ValidationPipe apply to resolvers as to controllers: the context carries the Fastify request.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: config.GRAPHQL_IDE,
        queryDepth: config.GRAPHQL_MAX_DEPTH,
        // The complexity rule depends on the variables, which mercurius' parsed-document cache cannot take into account.
        cache: false,
        validationRules: ({ variables, operationName }) => [complexityLimit(config.GRAPHQL_MAX_COMPLEXITY, variables, operationName)],
        context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
          req,
          reply,
          loaders: new Loaders(dataSource),
        }),
        errorFormatter: formatGraphQLErrors,
      }),
    }),
  ],
  providers: [RestRoutesKeepProblemErrors],
})
export class ApiGraphQLModule {}
