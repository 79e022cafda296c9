import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { graphqlNestsDeeperThan } from '../common/input-guard.js';
import { AppConfig } from '../config/app-config.js';
import { complexityLimit } from './complexity.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLErrors } from './errors.js';
import { createLoaders } from './loaders.js';

/**
 * Deeper than any useful document (GRAPHQL_MAX_DEPTH selection levels, arguments, nested input values): refused before
 * parsing, as GraphQL's recursive parser overflows the stack on a few thousand levels.
 */
export const MAX_GRAPHQL_NESTING = 64;

/** Mercurius' preParsing hook: an error carrying `errors` is answered like a document that failed validation. */
async function refuseDeepNesting(_schema: unknown, source: string): Promise<void> {
  if (!graphqlNestsDeeperThan(source, MAX_GRAPHQL_NESTING)) return;
  const message = `The document nests braces, brackets and parentheses deeper than ${MAX_GRAPHQL_NESTING} levels`;
  throw Object.assign(new Error(message), {
    statusCode: 400,
    errors: [new GraphQLError(message, { extensions: { code: 'QUERY_TOO_DEEP' } })],
  });
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
        // Nest's check runs the whole introspection query against the generated schema at each start (~0.1 s);
        // mercurius validates the final schema at registration anyway, and start fails as before if it is invalid.
        buildSchemaOptions: { skipCheck: true },
        // mercurius' GraphiQL loads its scripts from a CDN (a blank page offline): no IDE is served; Swagger UI at
        // /docs is local.
        graphiql: false,
        queryDepth: config.GRAPHQL_MAX_DEPTH,
        // The complexity rule depends on the variables, which mercurius' parsed-document cache cannot take into
        // account.
        cache: false,
        validationRules: ({ variables, operationName }) => [
          complexityLimit(config.GRAPHQL_MAX_COMPLEXITY, variables, operationName),
        ],
        context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
          req,
          reply,
          loaders: createLoaders(dataSource),
        }),
        errorFormatter: formatGraphQLErrors,
        hooks: { preParsing: refuseDeepNesting },
      }),
    }),
  ],
})
export class ApiGraphQLModule {}
