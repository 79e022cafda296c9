import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RollupService } from '../../src/modules/analytics/rollup.service.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { graphqlClient } from '../support/graphql-client.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { publishArticle } from '../support/factories.js';

/**
 * Bot hand-offs and questions left without a confident answer, asked through the serving API and reported by analytics.
 */
let t: TestApp;
let editor: string;
let bot: string;
let agent: string;
const { ok } = graphqlClient(() => t);

async function report(path: string, query: Record<string, unknown> = {}) {
  const res = await t.http().get(`/v1/analytics${path}`).query(query).set(t.auth(editor));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function ask(question: string, channel: 'bot' | 'voice' = 'bot') {
  const res = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question, channel, locale: 'en' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const PARKING = {
  query: 'where can i park my car',
  questions: 4,
  channels: { bot: 2, voice: 1, email: 1 },
  lastSeen: expect.any(String),
};
const REDACTED = {
  query: 'my email is email and nothing works',
  questions: 1,
  channels: { bot: 1 },
  lastSeen: expect.any(String),
};

beforeAll(async () => {
  // Passes are run by the test itself, so that the expectations are about a known set of rows.
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000 });
  editor = await t.keyFor('editor');
  bot = await t.keyFor('bot', 'bot');
  agent = await t.keyFor('agent', 'agent');
  await publishArticle(t, editor, {
    title: 'How do I pay my bill?',
    body: 'By card or direct debit.',
    alternativeQuestions: ['pay my bill', 'how to pay the invoice', 'payment methods for my bill'],
  });
  await t.app.get(QuestionIndex).current();

  const answered = await ask('how do I pay my bill');
  expect(answered).toMatchObject({ answered: true, handoff: false });
  const handoffs = [
    await ask('Where can I park my car?'),
    await ask('WHERE can I park   my car'),
    await ask('Wheré can I park my car?!', 'voice'),
    await ask('My email is jane@example.com and nothing works'),
  ];
  for (const h of handoffs) expect(h).toMatchObject({ answered: false, handoff: true, servedId: null });
  const email = await t.http().post('/v1/suggestions/reply').set(t.auth(agent)).send({
    subject: 'Where can I park my car?',
    body: 'Hello,\n\nI am Jane Roe, 12 Lilac Street. Where do I leave my car when I visit?',
    locale: 'en',
  });
  expect(email.status, JSON.stringify(email.body)).toBe(200);
  expect(email.body.citations).toEqual([]);
  // The client reports the bot's hand-off it was told about (counted once), and a hand-off after an answer.
  const at = new Date().toISOString();
  const events = await t
    .http()
    .post('/v1/events')
    .set(t.auth(bot))
    .send([
      { id: randomUUID(), type: 'handoff', searchId: handoffs[0].searchId, at },
      { id: randomUUID(), type: 'handoff', servedId: answered.servedId, at },
    ]);
  expect(events.status, JSON.stringify(events.body)).toBe(200);
  await t.app.get(ServedLogService).flush();
  await t.app.get(RollupService).rollUp();
});
afterAll(async () => t?.close());

describe('bot hand-offs', () => {
  it('count in the summary and per channel: the bot hand-offs and the hand-off after an answer, each once', async () => {
    expect((await report('/summary')).totals.handoffs).toBe(5);
    const channels = Object.fromEntries(
      (await report('/channels')).items.map((c: { channel: string; handoffs: number }) => [c.channel, c.handoffs]),
    );
    expect(channels).toEqual({ web: 0, bot: 4, voice: 1, agent: 0, email: 0 });
  });
});

describe('unanswered questions', () => {
  it('are listed by normalised question, redacted, most frequent first, with their channels', async () => {
    const body = await report('/questions/unanswered');
    expect(body.items).toEqual([PARKING, REDACTED]);
    expect(body.nextCursor).toBeNull();
    // A reply suggestion counts by its email's subject: the body (names, addresses) is in no rollup.
    expect(JSON.stringify(body)).not.toMatch(/jane|lilac/i);
  });

  it('page with limit and cursor, and filter by channel and period', async () => {
    const first = await report('/questions/unanswered', { limit: 1 });
    expect(first.items).toEqual([PARKING]);
    const second = await report('/questions/unanswered', { limit: 1, cursor: first.nextCursor });
    expect(second).toMatchObject({ items: [REDACTED], nextCursor: null });
    expect((await report('/questions/unanswered', { channel: 'voice' })).items).toEqual([
      { ...PARKING, questions: 1, channels: { voice: 1 } },
    ]);
    expect((await report('/questions/unanswered', { from: '2020-01-01', to: '2020-01-31' })).items).toEqual([]);
  });

  it('come as CSV, one column per channel', async () => {
    const res = await t.http().get('/v1/analytics/questions/unanswered').set(t.auth(editor)).set('Accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('query,questions,web,bot,voice,agent,email,lastSeen');
    expect(lines[1]).toMatch(/^where can i park my car,4,,2,1,,1,\d{4}-\d\d-\d\dT/);
    expect(lines[2]).toMatch(/^my email is email and nothing works,1,,1,,,,\d{4}-/);
  });

  it('are the same over GraphQL', async () => {
    const { unansweredQuestions } = await ok(
      editor,
      `{ unansweredQuestions(limit: 1) { from to tz items { query questions channels lastSeen } nextCursor } }`,
    );
    expect(unansweredQuestions.items).toEqual([PARKING]);
    const rest = await ok(
      editor,
      `query($c: String) { unansweredQuestions(cursor: $c) { items { query questions channels } nextCursor } }`,
      { c: unansweredQuestions.nextCursor },
    );
    expect(rest.unansweredQuestions).toEqual({
      items: [{ query: REDACTED.query, questions: 1, channels: { bot: 1 } }],
      nextCursor: null,
    });
  });

  it('are for editors', async () => {
    const res = await t.http().get('/v1/analytics/questions/unanswered').set(t.auth(agent));
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
