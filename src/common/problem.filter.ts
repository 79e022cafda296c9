import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError, UpdateValuesMissingError } from 'typeorm';
import { DomainError, ErrorCode, HTTP_STATUS_BY_CODE, TITLE_BY_CODE } from './errors.js';

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'BAD_USER_INPUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

/** Fastify's own errors whose messages echo the request back or speak of the router. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL:
    'The URL holds a malformed percent-escape (a "%" not followed by two hexadecimal digits, or an invalid UTF-8 sequence)',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is too long',
};

/** Turns anything thrown (domain errors, Nest/Fastify HTTP errors, database errors) into one DomainError. */
export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
    return new DomainError(CODE_BY_HTTP_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_USER_INPUT'), message);
  }
  // An update naming no field (`{}` to a PATCH or an update mutation) has nothing to write.
  if (error instanceof UpdateValuesMissingError)
    return new DomainError('BAD_USER_INPUT', 'The request changes nothing: name at least one field to change');
  if (error instanceof QueryFailedError) {
    const pg = error.driverError as { code?: string; detail?: string; constraint?: string };
    // Unique and serialization failures are races lost to another writer; invalid text representation is bad input.
    if (pg.code === '23505' || pg.code === '40001' || pg.code === '40P01') {
      return new DomainError('CONFLICT', 'The resource was changed by a concurrent request; reload it and retry', {
        constraint: pg.constraint,
      });
    }
    // Input checks refuse these first (see input-guard.ts); this is the backstop for a value they missed.
    if (
      pg.code === '22P02' ||
      pg.code === '22007' ||
      pg.code === '22008' ||
      pg.code === '22003' ||
      pg.code === '22021' ||
      pg.code === '22P05'
    ) {
      return new DomainError('BAD_USER_INPUT', 'A value has an invalid format');
    }
    if (pg.code === '23503') return new DomainError('BAD_USER_INPUT', 'A referenced resource does not exist');
  }
  const fastify = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const message = FRAMEWORK_MESSAGES[fastify.code ?? ''] ?? fastify.message ?? 'Bad request';
    return new DomainError(CODE_BY_HTTP_STATUS[fastify.statusCode] ?? 'BAD_USER_INPUT', message);
  }
  return new DomainError('INTERNAL', 'An unexpected error occurred');
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export function toProblem(error: DomainError, instance?: string): ProblemDocument {
  const status = HTTP_STATUS_BY_CODE[error.code];
  return {
    ...error.details,
    type: `https://savoir.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLE_BY_CODE[error.code],
    status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: DomainError, instance?: string): void {
  const problem = toProblem(error, instance);
  if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
  reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
}

/** Every HTTP error leaves as RFC 9457 problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<{ url: string; method: string }>();
    const error = toDomainError(exception);
    if (error.code === 'INTERNAL') {
      this.logger.error({
        message: 'unhandled error',
        method: request.method,
        url: request.url,
        error: String((exception as Error)?.stack ?? exception),
      });
    }
    sendProblem(reply, error, request.url);
  }
}
