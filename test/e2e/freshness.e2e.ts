import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlesService } from '../../src/modules/articles/articles.service.js';
import { WebhookDispatcher } from '../../src/modules/webhooks/webhook-dispatcher.js';
import { graphqlClient } from '../support/graphql-client.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
let bot: string;
const as = (secret: string) => t.auth(secret);
const { ok, failure } = graphqlClient(() => t);
const DAY_MS = 86_400_000;

/** Webhook bodies received on 127.0.0.1. */
const received: { type: string; articleId: string; data: Record<string, unknown> }[] = [];
let receiver: Server;

beforeAll(async () => {
  t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: true, WEBHOOK_POLL_INTERVAL_MS: 100 });
  editor = await t.keyFor('editor');
  bot = await t.keyFor('bot');
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = await t
    .http()
    .post('/v1/webhooks')
    .set(as(ADMIN_KEY))
    .send({
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      events: ['article.review_due', 'article.verified'],
    });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);
});
afterAll(async () => {
  await t?.close();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function publishedArticle(fields: Record<string, unknown> = {}) {
  const res = await t
    .http()
    .post('/v1/articles')
    .set(as(editor))
    .send({
      audience: 'public',
      locale: 'en',
      title: `Roaming charges ${Math.random()}`,
      body: 'Roaming is free in the EU.',
      publish: true,
      ...fields,
    });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function patch(id: string, fields: Record<string, unknown>) {
  const current = await t.http().get(`/v1/articles/${id}`).set(as(editor));
  const res = await t
    .http()
    .patch(`/v1/articles/${id}`)
    .set(as(editor))
    .send({ version: current.body.version, ...fields });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function dueIds(): Promise<string[]> {
  const res = await t.http().get('/v1/articles').query({ review: 'due' }).set(as(editor));
  expect(res.status).toBe(200);
  return res.body.items.map((a: { id: string }) => a.id);
}

async function changesOf(articleId: string, type: string) {
  const res = await t.http().get('/v1/changes').query({ limit: 500 }).set(as(editor));
  expect(res.status).toBe(200);
  return res.body.items.filter(
    (c: { type: string; articleId: string }) => c.type === type && c.articleId === articleId,
  );
}

/** Polls until `check` passes (the scheduler and the webhook worker run on their own ticks). */
async function eventually(check: () => Promise<void> | void): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await check();
    } catch (error) {
      if (attempt > 150) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('article freshness', () => {
  it('records an owner and a review interval, which sets the next review date', async () => {
    const before = Date.now();
    const article = await publishedArticle({ ownerName: 'Dana (billing team)', reviewIntervalDays: 30 });
    expect(article).toMatchObject({
      ownerName: 'Dana (billing team)',
      ownerKeyId: null,
      reviewIntervalDays: 30,
      reviewDue: false,
      verifiedAt: null,
      verifiedBy: null,
    });
    const reviewBy = new Date(article.reviewBy).getTime();
    expect(reviewBy).toBeGreaterThanOrEqual(before + 30 * DAY_MS);
    expect(reviewBy).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS);

    const created = await t.http().post('/v1/keys').set(as(ADMIN_KEY)).send({ name: 'billing lead', role: 'agent' });
    const owned = await patch(article.id, { ownerKeyId: created.body.id });
    expect(owned).toMatchObject({ ownerKeyId: created.body.id, ownerName: null });
    expect(owned.version).toBe(article.version + 1);
  });

  it('refuses an unknown or revoked owner key, two owners and a bad interval with 400', async () => {
    const article = await publishedArticle();
    const version = article.version;
    const send = (fields: Record<string, unknown>) =>
      t
        .http()
        .patch(`/v1/articles/${article.id}`)
        .set(as(editor))
        .send({ version, ...fields });
    const unknown = await send({ ownerKeyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body.errors).toEqual([{ field: 'ownerKeyId', message: 'unknown or revoked key' }]);
    const created = await t.http().post('/v1/keys').set(as(ADMIN_KEY)).send({ name: 'gone', role: 'agent' });
    await t.http().delete(`/v1/keys/${created.body.id}`).set(as(ADMIN_KEY));
    expect((await send({ ownerKeyId: created.body.id })).status).toBe(400);
    expect((await send({ ownerKeyId: created.body.id, ownerName: 'Dana' })).status).toBe(400);
    const interval = await send({ reviewIntervalDays: 0 });
    expect(interval.status).toBe(400);
    expect(interval.body.errors.map((e: { field: string }) => e.field)).toEqual(['reviewIntervalDays']);
    expect((await t.http().get(`/v1/articles/${article.id}`).set(as(editor))).body.version).toBe(version);
  });

  it('verify records who and when without a new revision, and moves the review date one interval ahead', async () => {
    const article = await publishedArticle({
      reviewIntervalDays: 10,
      reviewBy: new Date(Date.now() - DAY_MS).toISOString(),
    });
    expect(article.reviewDue).toBe(true);
    const before = Date.now();
    const res = await t.http().post(`/v1/articles/${article.id}/verify`).set(as(editor)).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ verifiedBy: 'test editor', reviewDue: false, version: article.version });
    expect(new Date(res.body.verifiedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(res.body.reviewBy).getTime()).toBeGreaterThanOrEqual(before + 10 * DAY_MS);
    const revisions = await t.http().get(`/v1/articles/${article.id}/revisions`).set(as(editor));
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([1]);
    expect((await changesOf(article.id, 'article.verified')).map((c: { actor: string }) => c.actor)).toEqual([
      'test editor',
    ]);

    const nextReviewBy = new Date(Date.now() + 90 * DAY_MS).toISOString();
    const chosen = await t.http().post(`/v1/articles/${article.id}/verify`).set(as(editor)).send({ nextReviewBy });
    expect(chosen.body.reviewBy).toBe(nextReviewBy);
    const past = await t
      .http()
      .post(`/v1/articles/${article.id}/verify`)
      .set(as(editor))
      .send({ nextReviewBy: new Date(Date.now() - DAY_MS).toISOString() });
    expect(past.status).toBe(400);
    expect((await t.http().post('/v1/articles/no-such-article/verify').set(as(editor)).send({})).status).toBe(404);
  });

  it('lets an agent key verify the articles it owns and no other', async () => {
    const created = await t.http().post('/v1/keys').set(as(ADMIN_KEY)).send({ name: 'Sam, agent', role: 'agent' });
    const agent = created.body.secret as string;
    const article = await publishedArticle();
    expect((await t.http().post(`/v1/articles/${article.id}/verify`).set(as(agent)).send({})).status).toBe(403);
    await patch(article.id, { ownerKeyId: created.body.id });
    const res = await t.http().post(`/v1/articles/${article.id}/verify`).set(as(agent)).send({});
    expect(res.status).toBe(200);
    expect(res.body.verifiedBy).toBe('Sam, agent');
    expect((await t.http().post(`/v1/articles/${article.id}/verify`).set(as(bot)).send({})).status).toBe(403);
  });

  it('served responses say whether the content is verified, until a new revision is published, and whether it is due', async () => {
    const article = await publishedArticle({ title: 'Verified roaming answer', reviewIntervalDays: 30 });
    const render = () => t.http().get(`/v1/articles/${article.id}/render`).set(as(bot));
    expect((await render()).body).toMatchObject({ verified: null, reviewDue: false });
    const verified = await t.http().post(`/v1/articles/${article.id}/verify`).set(as(editor)).send({});
    expect((await render()).body).toMatchObject({
      verified: { at: verified.body.verifiedAt, by: 'test editor' },
      reviewDue: false,
    });

    await patch(article.id, { reviewBy: new Date(Date.now() - 1000).toISOString() });
    expect((await render()).body).toMatchObject({ verified: { by: 'test editor' }, reviewDue: true });

    const revision = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions`)
      .set(as(editor))
      .send({ baseRevision: 1, title: 'Verified roaming answer', body: 'Roaming costs 1 EUR a day.' });
    await t
      .http()
      .post(`/v1/articles/${article.id}/revisions/${revision.body.number}/publish`)
      .set(as(editor))
      .send({});
    const after = (await render()).body;
    expect(after).toMatchObject({ revision: 2, verified: null, reviewDue: true });
  });

  it('lists the articles due for review', async () => {
    const due = await publishedArticle({ reviewBy: new Date(Date.now() - DAY_MS).toISOString() });
    const later = await publishedArticle({ reviewBy: new Date(Date.now() + DAY_MS).toISOString() });
    const none = await publishedArticle();
    const ids = await dueIds();
    expect(ids).toContain(due.id);
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(none.id);
    const listed = await t.http().get('/v1/articles').query({ review: 'due' }).set(as(editor));
    expect(listed.body.items.every((a: { reviewDue: boolean }) => a.reviewDue)).toBe(true);
    const archived = await t.http().post(`/v1/articles/${due.id}/archive`).set(as(editor));
    expect(archived.body.reviewDue).toBe(false);
    expect(await dueIds()).not.toContain(due.id);
    expect((await t.http().get('/v1/articles').query({ review: 'soon' }).set(as(editor))).status).toBe(400);
  });

  it('raises article.review_due once per due period, as a change event and a webhook, whatever the number of sweeps', async () => {
    const article = await publishedArticle({ ownerName: 'Dana', reviewBy: new Date(Date.now() - 1000).toISOString() });
    await eventually(async () => expect(await changesOf(article.id, 'article.review_due')).toHaveLength(1));
    const sweeps = await Promise.all([1, 2, 3].map(() => t.app.get(ArticlesService).raiseDueReviews()));
    expect(sweeps).toEqual([0, 0, 0]);
    const [event] = await changesOf(article.id, 'article.review_due');
    expect(event.data).toMatchObject({ ownerName: 'Dana', ownerKeyId: null, verifiedAt: null });
    expect(new Date(event.data.reviewBy).getTime()).toBe(new Date(article.reviewBy).getTime());
    await t.app.get(WebhookDispatcher).drain();
    await eventually(() =>
      expect(received.filter((r) => r.articleId === article.id && r.type === 'article.review_due')).toHaveLength(1),
    );

    // A verification opens the next period: once its date passes, the event is raised again.
    await t
      .http()
      .post(`/v1/articles/${article.id}/verify`)
      .set(as(editor))
      .send({ nextReviewBy: new Date(Date.now() + 60_000).toISOString() });
    await patch(article.id, { reviewBy: new Date(Date.now() - 1000).toISOString() });
    await eventually(async () => expect(await changesOf(article.id, 'article.review_due')).toHaveLength(2));
    await eventually(() =>
      expect(received.filter((r) => r.articleId === article.id && r.type === 'article.review_due')).toHaveLength(2),
    );
    expect(received.filter((r) => r.articleId === article.id && r.type === 'article.verified')).toHaveLength(1);
  });

  it('does the same over GraphQL', async () => {
    const data = await ok(
      editor,
      `mutation { createArticle(input: { audience: public, locale: "en", title: "GraphQL freshness", body: "b", publish: true, ownerName: "Lee", reviewIntervalDays: 7 }) { id ownerName reviewIntervalDays reviewBy reviewDue verifiedAt } }`,
    );
    const { id } = data.createArticle;
    expect(data.createArticle).toMatchObject({
      ownerName: 'Lee',
      reviewIntervalDays: 7,
      reviewDue: false,
      verifiedAt: null,
    });
    const verified = await ok(
      editor,
      `mutation($id: String!) { verifyArticle(articleId: $id) { verifiedBy verifiedAt reviewDue } }`,
      { id },
    );
    expect(verified.verifyArticle).toMatchObject({ verifiedBy: 'test editor', reviewDue: false });
    const served = await ok(
      bot,
      `query($id: String!) { renderArticle(articleId: $id) { verified { at by } reviewDue } }`,
      { id },
    );
    expect(served.renderArticle).toEqual({
      verified: { at: verified.verifyArticle.verifiedAt, by: 'test editor' },
      reviewDue: false,
    });
    const updated = await ok(
      editor,
      `mutation($id: String!) { updateArticle(idOrSlug: $id, input: { version: 1, reviewBy: "2020-01-01T00:00:00.000Z", ownerName: null }) { reviewDue ownerName } }`,
      { id },
    );
    expect(updated.updateArticle).toEqual({ reviewDue: true, ownerName: null });
    const due = await ok(editor, `{ articles(review: due, limit: 100) { items { id reviewDue } } }`);
    expect(due.articles.items).toContainEqual({ id, reviewDue: true });
    const error = await failure(bot, `mutation($id: String!) { verifyArticle(articleId: $id) { id } }`, { id });
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});
