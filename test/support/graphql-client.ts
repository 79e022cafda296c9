import { expect } from 'vitest';
import { articleFields } from './factories.js';
import type { TestApp } from './test-app.js';

export interface GqlError {
  message: string;
  path?: string[];
  extensions: { code: string; [key: string]: any };
}

/** Posts GraphQL documents to /graphql with a key (or none), and checks for success or for a single error. */
export function graphqlClient(app: () => TestApp) {
  function gql(key: string | null, query: string, variables?: Record<string, unknown>) {
    const request = app().http().post('/graphql');
    if (key) request.set(app().auth(key));
    return request.send({ query, variables });
  }

  /** The data of a response that must have succeeded. */
  async function ok(key: string | null, query: string, variables?: Record<string, unknown>): Promise<any> {
    const res = await gql(key, query, variables);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    expect(res.status).toBe(200);
    return res.body.data;
  }

  /** The single error of a response that must have failed, with the HTTP status. */
  async function failure(
    key: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlError & { status: number }> {
    const res = await gql(key, query, variables);
    expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
    return { ...res.body.errors[0], status: res.status };
  }

  /** Creates an article as `key` with `articleFields` (the REST factory's defaults), failing the test on any error. */
  async function createArticle(
    key: string,
    input: Record<string, unknown> = {},
  ): Promise<{ id: string; slug: string; version: number }> {
    const data = await ok(
      key,
      `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id slug version } }`,
      { input: articleFields(input) },
    );
    return data.createArticle;
  }

  return { gql, ok, failure, createArticle };
}
