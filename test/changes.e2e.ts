import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY } from './support/test-app.js';
import { RestartableTestApp, startRestartableApp } from './support/restartable-app.js';

let t: RestartableTestApp;
let editor: string;
let agent: string;
let bot: string;
const as = (secret: string) => t.auth(secret);

interface Change {
  cursor: string;
  type: string;
  articleId: string | null;
  revision: number | null;
  draftId?: string | null;
  actor?: string | null;
  data?: Record<string, unknown>;
}

beforeAll(async () => {
  t = await startRestartableApp();
  editor = await t.keyFor('editor');
  agent = await t.keyFor('agent');
  bot = await t.keyFor('bot');
});
afterAll(async () => t?.close());

/** Follows the feed page by page from `after` to its end, as a syncing client does. */
async function follow(secret: string, after?: string, limit = 3): Promise<{ items: Change[]; cursor: string | undefined }> {
  const items: Change[] = [];
  let cursor = after;
  for (;;) {
    const res = await t.http().get('/v1/changes').query({ limit, ...(cursor ? { after: cursor } : {}) }).set(as(secret));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
    if (!res.body.hasMore) return { items, cursor };
  }
}

async function publishedArticle(title: string) {
  const res = await t.http().post('/v1/articles').set(as(editor)).send({ audience: 'public', locale: 'en', title, body: 'b', publish: true });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('change feed', () => {
  it('lists content events in commit order, with editorial detail for editors only, and nothing for public keys', async () => {
    const first = await publishedArticle('Feed one');
    const draft = await t.http().post('/v1/drafts').set(as(agent)).send({ articleId: first, baseRevision: 1, title: 'Feed one, better', body: 'b2' });
    expect(draft.status).toBe(201);
    const approved = await t.http().post(`/v1/drafts/${draft.body.id}/approve`).set(as(editor)).send({ comment: 'ok' });
    expect(approved.status).toBe(200);

    const { items } = await follow(editor);
    expect(items.map((c) => [c.type, c.revision])).toEqual([
      ['article.published', 1],
      ['draft.submitted', null],
      ['article.published', 2],
      ['draft.approved', 2],
    ]);
    expect(items[1]).toMatchObject({ articleId: first, draftId: draft.body.id, actor: 'test agent' });
    expect(items[2].data).toMatchObject({ previousRevision: 1 });
    expect(new Set(items.map((c) => c.cursor)).size).toBe(items.length);

    const forBot = await follow(bot);
    expect(forBot.items.map((c) => c.type)).toEqual(['article.published', 'article.published']);
    expect(Object.keys(forBot.items[0]).sort()).toEqual(['articleId', 'cursor', 'locale', 'occurredAt', 'revision', 'type']);

    const publicKey = await t.keyFor('public');
    expect((await t.http().get('/v1/changes').set(as(publicKey))).status).toBe(403);
    const bad = await t.http().get('/v1/changes').query({ after: 'not-a-cursor' }).set(as(editor));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'after', message: 'invalid cursor' }]);
  });

  it('keeps the order of concurrent writes: paging one event at a time sees exactly what one read sees', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => publishedArticle(`Concurrent ${i}`)));
    const all = await follow(editor, undefined, 1000);
    const oneByOne = await follow(editor, undefined, 1);
    expect(oneByOne.items).toEqual(all.items);
    const published = all.items.filter((c) => c.type === 'article.published' && ids.includes(c.articleId!));
    expect(published.map((c) => c.articleId).sort()).toEqual([...ids].sort());
  });

  it('reports expiry, applied by the scheduler, to cache readers', async () => {
    const start = await follow(bot);
    const res = await t.http().post('/v1/articles').set(as(editor)).send({ audience: 'public', locale: 'en', title: 'Short-lived', body: 'b' });
    const expiresAt = new Date(Date.now() + 400).toISOString();
    expect((await t.http().post(`/v1/articles/${res.body.id}/revisions/1/publish`).set(as(editor)).send({ expiresAt })).status).toBe(200);
    await expect.poll(async () => (await follow(bot, start.cursor)).items.map((c) => [c.type, c.articleId, c.revision]), { timeout: 10_000 }).toEqual([
      ['article.published', res.body.id, 1],
      ['article.expired', res.body.id, 1],
    ]);
  });

  it('resumes from a cursor after the application restarts on the same database, missing and doubling nothing', async () => {
    const before = await follow(editor);
    const article = await publishedArticle('Before restart');
    const seen = await follow(editor, before.cursor);
    expect(seen.items.map((c) => [c.type, c.articleId])).toEqual([['article.published', article]]);

    await t.restart();
    // Keys survive the restart, since they live in the database.
    expect((await t.http().get('/v1/changes').set(t.auth(ADMIN_KEY))).status).toBe(200);
    const unpublished = await t.http().post(`/v1/articles/${article}/unpublish`).set(as(editor)).send({});
    expect(unpublished.status).toBe(200);
    const archived = await t.http().post(`/v1/articles/${article}/archive`).set(as(editor)).send({});
    expect(archived.status).toBe(200);

    const resumed = await follow(editor, seen.cursor, 1);
    expect(resumed.items.map((c) => [c.type, c.articleId])).toEqual([
      ['article.unpublished', article],
      ['article.archived', article],
    ]);
    const caughtUp = await t.http().get('/v1/changes').query({ after: resumed.cursor }).set(as(editor));
    expect(caughtUp.body).toEqual({ items: [], nextCursor: resumed.cursor, hasMore: false });
    // An old cursor still means the same place.
    const replay = await follow(editor, before.cursor);
    expect(replay.items.map((c) => c.cursor)).toEqual([...seen.items, ...resumed.items].map((c) => c.cursor));
  });
});
