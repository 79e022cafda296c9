import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { complexityLimit } from './complexity.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLErrors } from './errors.js';
import { createLoaders } from './loaders.js';

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
        // mercurius' GraphiQL loads its scripts from a CDN (a blank page offline): no IDE is served; Swagger UI at /docs is local.
        graphiql: false,
        queryDepth: config.GRAPHQL_MAX_DEPTH,
        // The complexity rule depends on the variables, which mercurius' parsed-document cache cannot take into account.
        cache: false,
        validationRules: ({ variables, operationName }) => [complexityLimit(config.GRAPHQL_MAX_COMPLEXITY, variables, operationName)],
        context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
          req,
          reply,
          loaders: createLoaders(dataSource),
        }),
        errorFormatter: formatGraphQLErrors,
      }),
    }),
  ],
})
export class ApiGraphQLModule {}
