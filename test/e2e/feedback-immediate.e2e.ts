import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuid7 } from '../../src/common/uuid7.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { event } from '../support/analytics-fixtures.js';
import { ADMIN_KEY, listenUrl, startTestApp, TestApp } from '../support/test-app.js';

/**
 * Served rows are written to the log every 100 ms, after their ids went out in the response: a widget's "helpful"
 * click or a bot's event sent at once names a row not written yet, and must still be accepted.
 */
let t: TestApp;
const admin = () => t.auth(ADMIN_KEY);

beforeAll(async () => {
  t = await startTestApp();
  const res = await t
    .http()
    .post('/v1/articles')
    .set(admin())
    .send({
      audience: 'public',
      locale: 'en',
      publish: true,
      title: 'How do I reset my voicemail PIN?',
      body: 'Open Settings, then Security, and choose Reset PIN.',
      alternativeQuestions: ['forgot my voicemail pin', 'change voicemail code'],
    });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await t.app.get(SearchIndexer).drain();
  await t.app.get(QuestionIndex).current();
  articleId = res.body.id;
});
afterAll(async () => t?.close());

let articleId: string;
let url: string;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...admin(), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Serves one row of each kind in turn; returns the ids the response carried. */
async function serve(i: number): Promise<{ servedId: string; searchId: string }> {
  switch (i % 4) {
    case 0: {
      const search = await call('GET', '/v1/search?q=voicemail%20pin');
      const render = await call('GET', `/v1/articles/${articleId}/render?searchId=${search.body.searchId}`);
      expect(render.status).toBe(200);
      return { servedId: render.body.servedId, searchId: search.body.searchId };
    }
    case 1: {
      const [render, search] = await Promise.all([
        call('GET', `/v1/articles/${articleId}/render`),
        call('GET', '/v1/search?q=reset%20pin'),
      ]);
      expect(render.status).toBe(200);
      return { servedId: render.body.servedId, searchId: search.body.searchId };
    }
    case 2: {
      const answer = await call('POST', '/v1/answers', { question: 'I forgot my voicemail pin', locale: 'en' });
      expect(answer.body).toMatchObject({ answered: true });
      return answer.body;
    }
    default: {
      const reply = await call('POST', '/v1/suggestions/reply', {
        subject: 'PIN',
        body: 'I forgot my voicemail PIN.',
        locale: 'en',
      });
      expect(reply.status).toBe(200);
      return { servedId: reply.body.servedIds[0], searchId: reply.body.searchId };
    }
  }
}

describe('feedback and events sent right after an answer', () => {
  it('are accepted at once for renders, search hits, answers and reply suggestions, and recorded', async () => {
    url = await listenUrl(t.app);
    const outcomes = [];
    // One after the other, each report sent as soon as the answer is in: most land before the 100 ms write.
    for (let i = 0; i < 100; i += 1) {
      const { servedId, searchId } = await serve(i);
      const [feedback, events] = await Promise.all([
        call('POST', '/v1/feedback', { servedId, helpful: i % 2 === 0 }),
        call('POST', '/v1/events', [event('click', { servedId }), event('resolved', { searchId })]),
      ]);
      outcomes.push({ i, servedId, feedback: feedback.status, events: events.status });
    }
    expect(outcomes.filter((o) => o.feedback !== 201)).toEqual([]);
    expect(outcomes.filter((o) => o.events !== 200 && o.events !== 201)).toEqual([]);
    const db = t.app.get(DataSource);
    const ids = outcomes.map((o) => o.servedId);
    const [{ feedback }] = await db.query(
      `SELECT count(*)::int AS feedback FROM feedback WHERE served_id = ANY($1::uuid[])`,
      [ids],
    );
    const [{ events }] = await db.query(
      `SELECT count(*)::int AS events FROM client_events WHERE served_id = ANY($1::uuid[])`,
      [ids],
    );
    expect({ feedback, events }).toEqual({ feedback: 100, events: 100 });
  });

  it('still refuses ids Savoir never issued, including a time-ordered one of this very moment', async () => {
    for (const servedId of [randomUUID(), uuid7()]) {
      const feedback = await t.http().post('/v1/feedback').set(admin()).send({ servedId, helpful: true });
      expect(feedback.status).toBe(404);
      expect(feedback.headers['content-type']).toContain('application/problem+json');
    }
    const events = await t
      .http()
      .post('/v1/events')
      .set(admin())
      .send([event('click', { searchId: uuid7() }), event('click', { servedId: randomUUID() })]);
    expect(events.status).toBe(404);
    expect(events.body.errors).toEqual([
      { field: '[0].searchId', message: 'unknown search' },
      { field: '[1].servedId', message: 'unknown served answer' },
    ]);
  });

  it('waits for another instance to write an id only on PostgreSQL, and only so many requests at once: past it, 503', async () => {
    const bounded = await startTestApp({ INGEST_MAX_WAITING_REQUESTS: 2 });
    try {
      // Forged time-ordered ids of this very moment, each of which another instance might have just issued.
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          bounded.http().post('/v1/feedback').set(admin()).send({ servedId: uuid7(), helpful: true }),
        ),
      );
      for (const response of responses) expect(response.headers['content-type']).toContain('application/problem+json');
      const refused = responses.filter((r) => r.status === 503);
      if (bounded.config.DATABASE_URL) {
        expect(refused.length).toBeGreaterThan(0);
        expect(responses.filter((r) => r.status !== 503 && r.status !== 404)).toEqual([]);
        for (const response of refused) {
          expect(response.headers['retry-after']).toBe('1');
          expect(response.body.code).toBe('UNAVAILABLE');
        }
      } else {
        // The embedded database has no other instance: nothing to wait for, so none waits and none is turned away.
        expect(responses.map((r) => r.status)).toEqual(responses.map(() => 404));
      }
    } finally {
      await bounded.close();
    }
  });
});
