import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { DomainError } from '../common/errors.js';
import { toDomainError } from '../common/problem.filter.js';
import { NODE_LIMIT_MESSAGE } from './complexity.js';

/** Codes for documents rejected before execution; execution errors carry the DomainError codes. */
export type RequestErrorCode =
  'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX';

const logger = new Logger('GraphQL');

interface ExecutionLike {
  data?: unknown;
  errors: readonly GraphQLError[];
}

/** A document rejected before execution, with a request code when the library that rejected it gave none. */
function withRequestCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  const code: RequestErrorCode = error.message.startsWith('Syntax Error')
    ? 'GRAPHQL_PARSE_FAILED'
    : error.message === NODE_LIMIT_MESSAGE
      ? 'QUERY_TOO_COMPLEX'
      : 'GRAPHQL_VALIDATION_FAILED';
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/** Mercurius wraps whole-document failures (syntax, validation, depth) in one error that lists them. */
function unwrap(error: GraphQLError): GraphQLError[] {
  const nested = (error.originalError as { errors?: unknown })?.errors;
  if (!Array.isArray(nested)) return [error];
  return nested.map((inner: Error & { code?: string }) => {
    if (inner instanceof GraphQLError) return withRequestCode(inner);
    const code: RequestErrorCode =
      inner.code === 'MER_ERR_GQL_QUERY_DEPTH' ? 'QUERY_TOO_DEEP' : 'GRAPHQL_VALIDATION_FAILED';
    return new GraphQLError(inner.message.replaceAll('`', ''), { extensions: { code } });
  });
}

/** One resolver failure as a GraphQL error: the DomainError's code, details and field errors go into `extensions`. */
function fromResolver(error: GraphQLError): GraphQLFormattedError {
  const original = error.originalError;
  if (!original && error.extensions.code) return error.toJSON();
  const domain = original ? toDomainError(original) : new DomainError('INTERNAL', error.message);
  if (domain.code === 'INTERNAL') {
    logger.error({
      message: 'unhandled error',
      path: error.path?.join('.'),
      error: String(original?.stack ?? error.message),
    });
  }
  return { ...graphQLErrorOf(domain), locations: error.locations, path: error.path };
}

/** A DomainError as a GraphQL error: its code, details, field errors and retry delay go into `extensions`. */
export function graphQLErrorOf(domain: DomainError): GraphQLFormattedError {
  return {
    message: domain.message,
    extensions: {
      ...domain.details,
      code: domain.code,
      ...(domain.fieldErrors.length > 0 ? { fieldErrors: domain.fieldErrors } : {}),
      ...(domain.retryAfter !== undefined ? { retryAfter: domain.retryAfter } : {}),
    },
  };
}

/**
 * The single place where errors become GraphQL errors with a stable `extensions.code`. Documents rejected before
 * execution answer 400 (no `data`); execution errors answer 200 beside whatever data was resolved, as GraphQL over
 * HTTP expects.
 */
export function formatGraphQLErrors(execution: ExecutionLike, context: MercuriusContext) {
  const rejected = execution.data === undefined;
  const errors = execution.errors
    .flatMap(unwrap)
    .map((error) => (rejected && !error.originalError ? withRequestCode(error).toJSON() : fromResolver(error)));
  const retryAfter = errors.find((e) => e.extensions?.retryAfter !== undefined)?.extensions?.retryAfter;
  if (retryAfter !== undefined) context.reply?.header('retry-after', String(retryAfter));
  const status = (execution.errors[0]?.originalError as { statusCode?: unknown })?.statusCode;
  const statusCode = rejected ? (typeof status === 'number' && status >= 400 ? status : 400) : 200;
  // A rejected document has no `data` member at all (GraphQL over HTTP).
  return {
    statusCode,
    response: rejected ? { errors } : { data: execution.data as Record<string, unknown> | null, errors },
  };
}
