import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** A draft proposing a change to revision 1 of an article, as an agent would submit it (REST body or GraphQL input). */
export const draftChange = (articleId: string, overrides: Record<string, unknown> = {}) => ({
  articleId,
  baseRevision: 1,
  title: 'Roaming abroad',
  body: 'Step one\nStep two, then restart\n',
  summary: 'Turn it on',
  note: 'Customers miss the restart step',
  source: { ticketId: 'T-1042', channel: 'email' },
  ...overrides,
});

/** Numbers the default titles, so that articles made by one test file never share a slug. */
let articlesMade = 0;

export interface MadeArticle {
  id: string;
  slug: string;
  version: number;
  [field: string]: any;
}

/** The fields of a new article (REST body or GraphQL input): public, English, a numbered title, a two-line body. */
export const articleFields = (fields: Record<string, unknown> = {}) => ({
  audience: 'public',
  locale: 'en',
  title: `Question ${(articlesMade += 1)}`,
  body: 'Line one\nLine two\n',
  ...fields,
});

/**
 * Creates an article over REST as `editor`: public, English, a numbered title and a two-line body unless `fields`
 * say otherwise. Fails the test unless the API answers 201.
 */
export async function createArticle(
  t: TestApp,
  editor: string,
  fields: Record<string, unknown> = {},
): Promise<MadeArticle> {
  const res = await t.http().post('/v1/articles').set(t.auth(editor)).send(articleFields(fields));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The article that `draftChange` proposes to change: revision 1 of "Roaming N" (title, body, summary). */
export const roamingArticle = (overrides: Record<string, unknown> = {}) => ({
  title: `Roaming ${(articlesMade += 1)}`,
  body: 'Step one\nStep two\n',
  summary: 'Turn it on',
  ...overrides,
});

/** `createArticle`, published at once. */
export const publishArticle = (t: TestApp, editor: string, fields: Record<string, unknown> = {}) =>
  createArticle(t, editor, { publish: true, ...fields });

/** Writes and publishes the first revision of another locale of an article. */
export async function publishLocale(
  t: TestApp,
  editor: string,
  articleId: string,
  locale: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const created = await t
    .http()
    .post(`/v1/articles/${articleId}/revisions`)
    .set(t.auth(editor))
    .send({ locale, baseRevision: 0, ...fields });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await t
    .http()
    .post(`/v1/articles/${articleId}/revisions/${created.body.number}/publish`)
    .set(t.auth(editor))
    .send({ locale });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
}
