import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY } from '../support/test-app.js';
import { RestartableTestApp, startRestartableApp } from '../support/restartable-app.js';
import { publishArticle } from '../support/factories.js';

let t: RestartableTestApp;
let editor: string;
let agent: string;
let bot: string;
let publicKey: string;
const as = (secret: string) => t.auth(secret);

interface Change {
  cursor: string;
  type: string;
  articleId: string | null;
  locale: string | null;
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
  publicKey = await t.keyFor('public');
});
afterAll(async () => t?.close());

/** Follows the feed page by page from `after` to its end, as a syncing client does. */
async function follow(
  secret: string,
  after?: string,
  limit = 3,
): Promise<{ items: Change[]; cursor: string | undefined }> {
  const items: Change[] = [];
  let cursor = after;
  for (;;) {
    const res = await t
      .http()
      .get('/v1/changes')
      .query({ limit, ...(cursor ? { after: cursor } : {}) })
      .set(as(secret));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
    if (!res.body.hasMore) return { items, cursor };
  }
}

async function moveTo(audience: 'public' | 'internal', articleId: string) {
  const current = await t.http().get(`/v1/articles/${articleId}`).set(as(editor));
  const res = await t
    .http()
    .patch(`/v1/articles/${articleId}`)
    .set(as(editor))
    .send({ audience, version: current.body.version });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const summary = (items: Change[]) => items.map((c) => [c.type, c.articleId, c.revision]);

describe('change feed', () => {
  it('lists content events in commit order, with editorial detail for editors only', async () => {
    const first = await publishArticle(t, editor, { title: 'Feed one' }).then((a) => a.id);
    const draft = await t
      .http()
      .post('/v1/drafts')
      .set(as(agent))
      .send({ articleId: first, baseRevision: 1, title: 'Feed one, better', body: 'b2' });
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
    expect(Object.keys(forBot.items[0]).sort()).toEqual([
      'articleId',
      'cursor',
      'locale',
      'occurredAt',
      'revision',
      'type',
    ]);

    expect((await follow(publicKey)).items).toEqual(forBot.items);
    const bad = await t.http().get('/v1/changes').query({ after: 'not-a-cursor' }).set(as(editor));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'after', message: 'invalid cursor' }]);
  });

  it('shows public and bot keys events of public articles only, and an article made internal as unpublished', async () => {
    const start = await follow(editor);
    const internal = await publishArticle(t, editor, { title: 'Internal procedure', audience: 'internal' }).then(
      (a) => a.id,
    );
    const movedIn = await publishArticle(t, editor, { title: 'Public, then internal' }).then((a) => a.id);
    const movedOut = await publishArticle(t, editor, { title: 'Internal, then public', audience: 'internal' }).then(
      (a) => a.id,
    );
    const neverPublished = (
      await t
        .http()
        .post('/v1/articles')
        .set(as(editor))
        .send({ audience: 'public', locale: 'en', title: 'Draft only', body: 'b' })
    ).body.id as string;
    await moveTo('internal', neverPublished);

    const beforeMoves = await follow(bot, start.cursor);
    expect(summary(beforeMoves.items)).toEqual([['article.published', movedIn, 1]]);
    await moveTo('internal', movedIn);
    await moveTo('public', movedOut);
    await moveTo('internal', internal); // unchanged: it tells nobody anything

    for (const key of [bot, publicKey]) {
      // A reader that followed the feed: the article made internal is to be dropped, the one made public fetched.
      const followed = await follow(key, beforeMoves.cursor);
      expect(followed.items.map((c) => [c.type, c.articleId, c.locale, c.revision])).toEqual([
        ['article.unpublished', movedIn, null, null],
        ['article.updated', movedOut, null, null],
      ]);
      // Read from the start: public content as it is now, however the pages fall (some are empty).
      for (const limit of [1, 2, 1000]) {
        const all = await follow(key, start.cursor, limit);
        expect(summary(all.items)).toEqual([
          ['article.published', movedOut, 1],
          ['article.unpublished', movedIn, null],
          ['article.updated', movedOut, null],
        ]);
        const body = JSON.stringify(all.items);
        for (const hidden of [internal, neverPublished]) expect(body).not.toContain(hidden);
        // The cursor moved past the hidden events at the end: the next read is empty and final.
        const next = await t.http().get('/v1/changes').query({ after: all.cursor }).set(as(key));
        expect(next.body).toEqual({ items: [], nextCursor: all.cursor, hasMore: false });
      }
    }

    // Agents read internal content: they see everything served, as it happened.
    const forAgent = await follow(agent, start.cursor, 2);
    expect(summary(forAgent.items)).toEqual([
      ['article.published', internal, 1],
      ['article.published', movedIn, 1],
      ['article.published', movedOut, 1],
      ['article.updated', neverPublished, null],
      ['article.updated', movedIn, null],
      ['article.updated', movedOut, null],
      ['article.updated', internal, null],
    ]);
  });

  it('keeps the order of concurrent writes: paging one event at a time sees exactly what one read sees', async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, (_, i) => publishArticle(t, editor, { title: `Concurrent ${i}` }).then((a) => a.id)),
    );
    const all = await follow(editor, undefined, 1000);
    const oneByOne = await follow(editor, undefined, 1);
    expect(oneByOne.items).toEqual(all.items);
    const published = all.items.filter((c) => c.type === 'article.published' && ids.includes(c.articleId!));
    expect(published.map((c) => c.articleId).sort()).toEqual([...ids].sort());
  });

  it('reports expiry, applied by the scheduler, to cache readers', async () => {
    const start = await follow(bot);
    const res = await t
      .http()
      .post('/v1/articles')
      .set(as(editor))
      .send({ audience: 'public', locale: 'en', title: 'Short-lived', body: 'b' });
    const expiresAt = new Date(Date.now() + 400).toISOString();
    expect(
      (await t.http().post(`/v1/articles/${res.body.id}/revisions/1/publish`).set(as(editor)).send({ expiresAt }))
        .status,
    ).toBe(200);
    await expect
      .poll(async () => (await follow(bot, start.cursor)).items.map((c) => [c.type, c.articleId, c.revision]), {
        timeout: 10_000,
      })
      .toEqual([
        ['article.published', res.body.id, 1],
        ['article.expired', res.body.id, 1],
      ]);
  });

  it('resumes from a cursor after the application restarts on the same database, missing and doubling nothing', async () => {
    const before = await follow(editor);
    const article = await publishArticle(t, editor, { title: 'Before restart' }).then((a) => a.id);
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
