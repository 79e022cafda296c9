import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivacyService } from '../../src/modules/analytics/privacy.service.js';
import { analyticsFixtures, event } from '../support/analytics-fixtures.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
let agent: string;
let publicWeb: string;
let article: { id: string; slug: string };
const f = analyticsFixtures(() => t);
const as = (secret: string) => t.auth(secret);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000, ANALYTICS_RETENTION_DAYS: 30 });
  editor = await t.keyFor('editor');
  agent = await t.keyFor('agent', 'agent');
  publicWeb = await t.keyFor('public', 'web');
  article = await f.article(editor);
});
afterAll(async () => t?.close());

async function articleTotals(id = article.id) {
  await f.rollUpEverything();
  const res = await t.http().get(`/v1/analytics/articles/${id}`).query({ from: today(), to: today() }).set(as(editor));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.totals;
}

describe('feedback', () => {
  it('records a vote once, acknowledges a retry, refuses a different vote with 409', async () => {
    const servedId = await f.served({ articleId: article.id, channel: 'web', sessionId: 's-fb-1' });
    const first = await t
      .http()
      .post('/v1/feedback')
      .set(as(publicWeb))
      .send({ servedId, helpful: true, reason: 'clear' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ servedId, helpful: true, reason: 'clear', comment: null });
    const retry = await t
      .http()
      .post('/v1/feedback')
      .set(as(publicWeb))
      .send({ servedId, helpful: true, reason: 'clear' });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const changed = await t.http().post('/v1/feedback').set(as(publicWeb)).send({ servedId, helpful: false });
    expect(changed.status).toBe(409);
    expect(changed.headers['content-type']).toContain('application/problem+json');
    expect(changed.body.existing).toMatchObject({ id: first.body.id, helpful: true });
    const [{ n }] = await f.query(`SELECT count(*)::int AS n FROM feedback WHERE served_id = $1`, [servedId]);
    expect(n).toBe(1);
  });

  it('is idempotent on a client id: same id, other answer → 409', async () => {
    const servedA = await f.served({ articleId: article.id });
    const servedB = await f.served({ articleId: article.id });
    const id = randomUUID();
    expect(
      (await t.http().post('/v1/feedback').set(as(publicWeb)).send({ id, servedId: servedA, helpful: false })).status,
    ).toBe(201);
    const again = await t
      .http()
      .post('/v1/feedback')
      .set(as(publicWeb))
      .send({ id, servedId: servedA, helpful: false });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(id);
    const other = await t
      .http()
      .post('/v1/feedback')
      .set(as(publicWeb))
      .send({ id, servedId: servedB, helpful: false });
    expect(other.status).toBe(409);
  });

  it('removes personal data from comments before storing them', async () => {
    const servedId = await f.served({ articleId: article.id });
    const res = await t.http().post('/v1/feedback').set(as(publicWeb)).send({
      servedId,
      helpful: false,
      reason: 'outdated',
      comment: 'Wrong! Write to jane.doe@example.com or call +33 6 12 34 56 78',
    });
    expect(res.status).toBe(201);
    expect(res.body.comment).toBe('Wrong! Write to [email] or call [phone]');
    const [row] = await f.query(`SELECT comment FROM feedback WHERE served_id = $1`, [servedId]);
    expect(row.comment).not.toContain('jane');
  });

  it("answers 404 for an unknown served answer, 400 for bad input, 403 for another channel's answer with a public key", async () => {
    const unknown = await t
      .http()
      .post('/v1/feedback')
      .set(as(publicWeb))
      .send({ servedId: randomUUID(), helpful: true });
    expect(unknown.status).toBe(404);
    const bad = await t
      .http()
      .post('/v1/feedback')
      .set(as(publicWeb))
      .send({ servedId: 'nope', helpful: 'yes', reason: 'Not A Code!', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'helpful',
      'reason',
      'servedId',
    ]);
    const botAnswer = await f.served({ articleId: article.id, channel: 'bot' });
    const foreign = await t.http().post('/v1/feedback').set(as(publicWeb)).send({ servedId: botAnswer, helpful: true });
    expect(foreign.status).toBe(403);
    const byAgent = await t.http().post('/v1/feedback').set(as(agent)).send({ servedId: botAnswer, helpful: true });
    expect(byAgent.status).toBe(201);
    const anonymous = await t.http().post('/v1/feedback').send({ servedId: botAnswer, helpful: true });
    expect(anonymous.status).toBe(401);
  });

  it('counts one vote when the same feedback is sent twenty times at once', async () => {
    const servedId = await f.served({ articleId: article.id });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.http().post('/v1/feedback').set(as(publicWeb)).send({ servedId, helpful: true }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(18).fill(200), 201].sort());
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const [{ n }] = await f.query(`SELECT count(*)::int AS n FROM feedback WHERE served_id = $1`, [servedId]);
    expect(n).toBe(1);
  });
});

describe('events', () => {
  it('records a batch once: a retried batch is acknowledged and not counted again', async () => {
    const own = await f.article(editor);
    const servedId = await f.served({ articleId: own.id, channel: 'web', sessionId: 's-ev-1' });
    const batch = [event('click', { servedId }), event('resolved', { servedId }), event('click', { servedId })];
    const first = await t.http().post('/v1/events').set(as(publicWeb)).send(batch);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0 });
    const retry = await t.http().post('/v1/events').set(as(publicWeb)).send(batch);
    expect(retry.body).toEqual({ accepted: 3, duplicates: 3 });
    const partlyNew = await t
      .http()
      .post('/v1/events')
      .set(as(publicWeb))
      .send([batch[0], event('click', { servedId })]);
    expect(partlyNew.body).toEqual({ accepted: 2, duplicates: 1 });
    expect(await articleTotals(own.id)).toMatchObject({ served: 1, clicks: 3, resolved: 1 });
    const [{ session }] = await f.query(
      `SELECT DISTINCT session_id AS session FROM client_events WHERE served_id = $1`,
      [servedId],
    );
    expect(session).toBe('s-ev-1');
  });

  it('refuses the whole batch when one event reuses an id with other content, or names an unknown answer', async () => {
    const servedId = await f.served({ articleId: article.id });
    const known = event('click', { servedId });
    expect((await t.http().post('/v1/events').set(as(publicWeb)).send([known])).status).toBe(200);
    const fresh = event('click', { servedId });
    const reused = await t
      .http()
      .post('/v1/events')
      .set(as(publicWeb))
      .send([fresh, { ...known, type: 'resolved' }]);
    expect(reused.status).toBe(409);
    const missing = await t
      .http()
      .post('/v1/events')
      .set(as(publicWeb))
      .send([fresh, event('click', { servedId: randomUUID() })]);
    expect(missing.status).toBe(404);
    expect(missing.body.errors).toEqual([{ field: '[1].servedId', message: 'unknown served answer' }]);
    const [{ n }] = await f.query(`SELECT count(*)::int AS n FROM client_events WHERE id = $1`, [fresh.id]);
    expect(n).toBe(0);
  });

  it('validates every event and says which one is wrong', async () => {
    const servedId = await f.served({ articleId: article.id });
    const notArray = await t.http().post('/v1/events').set(as(publicWeb)).send({ id: randomUUID() });
    expect(notArray.status).toBe(400);
    const res = await t
      .http()
      .post('/v1/events')
      .set(as(publicWeb))
      .send([
        event('click', { servedId }),
        event('teleport', { servedId }),
        { ...event('click', { servedId }), at: 'yesterday' },
        event('click', {}),
        event('click', { servedId, searchId: randomUUID() }),
        event('click', { servedId }, { at: new Date(Date.now() + 3_600_000).toISOString() }),
      ]);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      '[1].type',
      '[2].at',
      '[3].servedId',
      '[4].searchId',
    ]);
    const future = await t
      .http()
      .post('/v1/events')
      .set(as(publicWeb))
      .send([event('click', { servedId }, { at: new Date(Date.now() + 3_600_000).toISOString() })]);
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: '[0].at', message: 'is in the future' }]);
    const empty = await t.http().post('/v1/events').set(as(publicWeb)).send([]);
    expect(empty.status).toBe(400);
  });

  it("attributes search events to the search's channel", async () => {
    const searchId = await f.search({ query: 'roaming', hits: 3, channel: 'web' });
    const res = await t
      .http()
      .post('/v1/events')
      .set(as(publicWeb))
      .send([event('click', { searchId })]);
    expect(res.body).toEqual({ accepted: 1, duplicates: 0 });
    await f.rollUpEverything();
    const channels = await t.http().get('/v1/analytics/channels').query({ channel: 'web' }).set(as(editor));
    expect(channels.body.items[0]).toMatchObject({ channel: 'web' });
    expect(channels.body.items[0].clicks).toBeGreaterThanOrEqual(1);
    expect(channels.body.items[0].searches).toBeGreaterThanOrEqual(1);
  });
});

describe('privacy', () => {
  it("erases one session's served answers, searches, feedback and events, and keeps the counts", async () => {
    const own = await f.article(editor);
    const session = `erase-${randomUUID().slice(0, 8)}`;
    const servedId = await f.served({ articleId: own.id, sessionId: session, query: 'my bill' });
    const searchId = await f.search({ query: 'my bill', hits: 0, sessionId: session });
    const kept = await f.served({ articleId: own.id, sessionId: 'someone-else' });
    expect(
      (await t.http().post('/v1/feedback').set(as(publicWeb)).send({ servedId, helpful: false, comment: 'bad' }))
        .status,
    ).toBe(201);
    expect(
      (
        await t
          .http()
          .post('/v1/events')
          .set(as(publicWeb))
          .send([event('click', { servedId }), event('click', { searchId })])
      ).status,
    ).toBe(200);
    const forbidden = await t.http().delete(`/v1/analytics/sessions/${session}`).set(as(editor));
    expect(forbidden.status).toBe(403);
    const res = await t.http().delete(`/v1/analytics/sessions/${session}`).set(t.auth(ADMIN_KEY));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ sessionId: session, deleted: { served: 1, searches: 1, feedback: 1, events: 2 } });
    const left = await f.query(
      `SELECT (SELECT count(*) FROM served_answers WHERE session_id = $1)::int + (SELECT count(*) FROM searches WHERE session_id = $1)::int
            + (SELECT count(*) FROM feedback WHERE served_id = $2)::int + (SELECT count(*) FROM client_events WHERE served_id = $2 OR search_id = $3)::int AS n`,
      [session, servedId, searchId],
    );
    expect(left[0].n).toBe(0);
    expect((await f.query(`SELECT id FROM served_answers WHERE id = $1`, [kept])).length).toBe(1);
    expect(await articleTotals(own.id)).toMatchObject({ served: 2, unhelpful: 1, clicks: 1 });
    const served = await t.http().get('/v1/analytics/served').query({ sessionId: session }).set(as(editor));
    expect(served.body.items).toEqual([]);
    const again = await t.http().delete(`/v1/analytics/sessions/${session}`).set(t.auth(ADMIN_KEY));
    expect(again.body.deleted).toEqual({ served: 0, searches: 0, feedback: 0, events: 0 });
  });

  it('deletes raw rows past the retention period only once they are counted, and keeps the rollups', async () => {
    const own = await f.article(editor);
    const old = new Date(Date.now() - 40 * 86_400_000);
    const day = old.toISOString().slice(0, 10);
    const servedId = await f.served({ articleId: own.id, at: old, sessionId: 'old-session' });
    await f.query(`INSERT INTO feedback (id, served_id, helpful, created_at) VALUES ($1, $2, true, $3)`, [
      randomUUID(),
      servedId,
      old,
    ]);
    await f.search({ query: 'ancient question', at: old });
    const recent = await f.served({ articleId: own.id });
    // No rollup pass has run: retention runs one first, so nothing is lost.
    const deleted = await t.app.get(PrivacyService).applyRetention();
    expect(deleted).toMatchObject({ served: 1, feedback: 1 });
    expect(deleted!.searches).toBeGreaterThanOrEqual(1);
    expect(await f.query(`SELECT id FROM served_answers WHERE id = $1`, [servedId])).toEqual([]);
    expect((await f.query(`SELECT id FROM served_answers WHERE id = $1`, [recent])).length).toBe(1);
    const report = await t.http().get(`/v1/analytics/articles/${own.id}`).query({ from: day, to: day }).set(as(editor));
    expect(report.body.totals).toMatchObject({ served: 1, helpful: 1 });
    const gaps = await t
      .http()
      .get('/v1/analytics/searches/zero-results')
      .query({ from: day, to: day })
      .set(as(editor));
    expect(gaps.body.items).toContainEqual(expect.objectContaining({ query: 'ancient question', searches: 1 }));
  });
});
