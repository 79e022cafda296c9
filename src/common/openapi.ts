import { type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';
import { HTTP_STATUS_BY_CODE } from './errors.js';

export class FieldErrorView {
  @ApiProperty({ example: 'title' }) field: string;
  @ApiProperty() message: string;
}

/** RFC 9457 problem document: every error of the REST API (see src/common/problem.filter.ts). */
export class ProblemView {
  @ApiProperty({ example: 'https://savoir.dev/problems/conflict' }) type: string;
  @ApiProperty({ example: 'Conflict' }) title: string;
  @ApiProperty({ example: 409 }) status: number;
  @ApiProperty() detail: string;
  @ApiProperty({ enum: Object.keys(HTTP_STATUS_BY_CODE) }) code: string;
  @ApiPropertyOptional({ description: 'The request path' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: 'Each invalid field of a 400' })
  errors?: FieldErrorView[];
}

/** A page of a cursor-paged list, named `<Item>Page` in the document. */
export function PageOf<T>(item: Type<T>): Type<{ items: T[]; nextCursor: string | null }> {
  class PageView {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` for the next page; null on the last one',
    })
    nextCursor: string | null;
  }
  Object.defineProperty(PageView, 'name', { value: `${item.name.replace(/View$/, '')}Page` });
  return PageView;
}

/**
 * Every operation's errors, in one place: a client error (4XX) or a server error (5XX) is a problem document, with
 * `Retry-After` on 429 and 503.
 */
export function describeProblems(document: OpenAPIObject): OpenAPIObject {
  const schema = { $ref: '#/components/schemas/ProblemView' };
  const content = { 'application/problem+json': { schema } };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses['4XX'] ??= {
        description:
          'The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)…',
        content,
      };
      operation.responses['5XX'] ??= {
        description: 'The server could not answer (503: retry after Retry-After seconds)',
        content,
      };
    }
  }
  return document;
}
