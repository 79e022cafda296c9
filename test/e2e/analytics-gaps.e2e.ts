import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { type GapTopicLine, GapTopicsService } from '../../src/modules/analytics/gap-topics.service.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { analyticsFixtures } from '../support/analytics-fixtures.js';
import { publishArticle } from '../support/factories.js';
import { graphqlClient } from '../support/graphql-client.js';
import { startTestApp, TestApp } from '../support/test-app.js';

/**
 * Gaps become drafts: failing questions asked on several channels grouped into topics ranked by impact, a topic turned
 * into a draft, the draft approved, and the topic's later questions tracked as answered.
 */
let t: TestApp;
let editor: string;
let bot: string;
let voice: string;
let bill: { id: string };
const f = analyticsFixtures(() => t);
const { ok, failure } = graphqlClient(() => t);

type Topic = GapTopicLine;

async function ask(question: string, key = bot) {
  const res = await t.http().post('/v1/answers').set(t.auth(key)).send({ question, locale: 'en' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function unhelpful(servedId: string) {
  await t.app.get(ServedLogService).flush();
  const res = await t.http().post('/v1/feedback').set(t.auth(bot)).send({ servedId, helpful: false });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
}

/** Runs gap passes until every row committed before the call is counted (see rollUpEverything). */
async function refreshEverything(): Promise<void> {
  await t.app.get(ServedLogService).flush();
  const db = t.app.get(DataSource);
  const [{ xid }] = await db.query(`SELECT pg_current_xact_id()::text AS xid`);
  for (;;) {
    await t.app.get(GapTopicsService).refresh();
    const [{ done }] = await db.query(`SELECT next_xid > $1::xid8 AS done FROM gap_topics_watermark WHERE id = 1`, [
      xid,
    ]);
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function topics(query: Record<string, unknown> = {}): Promise<{ items: Topic[]; nextCursor: string | null }> {
  const res = await t.http().get('/v1/analytics/gaps').query(query).set(t.auth(editor));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const byLabel = async (pattern: RegExp) => (await topics()).items.find((topic) => pattern.test(topic.label))!;

beforeAll(async () => {
  // Passes are run by the test itself, so that the expectations are about a known set of rows.
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000 });
  editor = await t.keyFor('editor');
  bot = await t.keyFor('bot', 'bot');
  voice = await t.keyFor('bot', 'voice');
  bill = await publishArticle(t, editor, {
    title: 'How do I pay my bill?',
    body: 'By card or direct debit.',
    alternativeQuestions: ['pay my bill', 'how to pay the invoice', 'payment methods for my bill'],
  });
  await t.app.get(QuestionIndex).current();

  // Parking: 5 failures on bot, voice and web (one a search that found nothing).
  for (const [question, key] of [
    ['Where can I park my car?', bot],
    ['WHERE can I park my car', bot],
    ['Where do I park my car?', bot],
    ['Wheré can I park my car?!', voice],
  ] as const)
    expect(await ask(question, key)).toMatchObject({ answered: false, handoff: true });
  await f.search({ query: 'Where can I park my car?', channel: 'web', hits: 0 });
  // Personal data in questions: redacted before it is stored.
  expect(await ask('My parcel never came, call me on +33 6 12 34 56 78')).toMatchObject({ answered: false });
  expect(await ask('jane.doe@example.com here: my parcel never came')).toMatchObject({ answered: false });
  // Answered, then marked unhelpful: a failure too.
  const answered = await ask('how do I pay my bill');
  expect(answered).toMatchObject({ answered: true });
  await unhelpful(answered.servedId);
  await refreshEverything();
});
afterAll(async () => t?.close());

describe('gap topics', () => {
  it('group the failing questions by topic, ranked by impact across channels, with redacted examples', async () => {
    const { items, nextCursor } = await topics();
    expect(nextCursor).toBeNull();
    const impacts = items.map((topic) => topic.impact);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    const parking = items[0];
    expect(parking).toMatchObject({
      label: 'Where can I park my car?',
      status: 'open',
      impact: 5,
      unanswered: 4,
      zeroResults: 1,
      unhelpful: 0,
      channels: { bot: 3, voice: 1, web: 1 },
    });
    expect(parking.examples[0]).toEqual({ text: 'Where can I park my car?', questions: 2 });
    const unhelpful = items.find((topic) => topic.unhelpful > 0)!;
    expect(unhelpful).toMatchObject({ label: 'how do I pay my bill', impact: 1, nearestArticle: { id: bill.id } });
    // Redacted where they were stored: no address or phone number in any topic.
    const text = JSON.stringify(items);
    expect(text).toMatch(/\[phone\]|\[email\]/);
    expect(text).not.toMatch(/jane|example\.com|12 34 56 78/);
  });

  it('page, filter by channel, locale and period, and come as CSV', async () => {
    const first = await topics({ limit: 1 });
    expect(first.items).toHaveLength(1);
    const second = await topics({ limit: 1, cursor: first.nextCursor });
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const voiceOnly = await topics({ channel: 'voice' });
    expect(voiceOnly.items).toEqual([expect.objectContaining({ impact: 1, channels: { voice: 1 } })]);
    expect((await topics({ locale: 'fr' })).items).toEqual([]);
    expect((await topics({ from: '2020-01-01', to: '2020-01-31' })).items).toEqual([]);
    const bad = await t.http().get('/v1/analytics/gaps').query({ status: 'closed' }).set(t.auth(editor));
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');

    const csv = await t.http().get('/v1/analytics/gaps').set(t.auth(editor)).set('Accept', 'text/csv');
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(
      /^id,locale,label,status,impact,unanswered,zeroResults,unhelpful,web,bot,voice,agent,email,/,
    );
    expect(lines[1]).toMatch(/,en,Where can I park my car\?,open,5,4,1,0,1,3,1,,,/);
  });

  it('are the same over GraphQL, for editors only', async () => {
    const { gapTopics } = await ok(
      editor,
      `{ gapTopics(limit: 1) { items { label impact channels examples { text questions } nearestArticle { id } } nextCursor } }`,
    );
    expect(gapTopics.items[0]).toMatchObject({ label: 'Where can I park my car?', impact: 5 });
    const agent = await t.keyFor('agent', 'agent');
    const res = await t.http().get('/v1/analytics/gaps').set(t.auth(agent));
    expect(res.status).toBe(403);
  });
});

describe('a topic turned into a draft', () => {
  it('proposes a new article titled with its most frequent question; a second draft is a conflict', async () => {
    const parking = await byLabel(/park my car/);
    const res = await t
      .http()
      .post(`/v1/analytics/gaps/${parking.id}/draft`)
      .set(t.auth(editor))
      .send({ kind: 'article', body: 'Visitors park in the P2 car park, free for two hours.' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ topicId: parking.id, kind: 'article' });
    expect(res.body.draft).toMatchObject({
      status: 'submitted',
      articleId: null,
      title: 'Where can I park my car?',
      proposedArticle: { audience: 'public' },
    });
    // Its other questions as phrasings, each once ("WHERE can I park my car" is the title again, normalised).
    expect(res.body.draft.alternativeQuestions).toEqual(['Where do I park my car?']);

    const again = await t.http().post(`/v1/analytics/gaps/${parking.id}/draft`).set(t.auth(editor)).send({});
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body.draftId).toBe(res.body.draft.id);
    expect((await byLabel(/park my car/)).status).toBe('drafted');
    const overGraphql = await failure(editor, `mutation($id: ID!) { draftFromGapTopic(topicId: $id) { kind } }`, {
      id: parking.id,
    });
    expect(overGraphql.extensions.code).toBe('CONFLICT');
  });

  it('adds its questions to the nearest article, keeping the ones it has', async () => {
    const again = await ask('How do I pay my bill, please?');
    expect(again).toMatchObject({ answered: true, answer: { articleId: bill.id } });
    await unhelpful(again.servedId);
    await refreshEverything();
    const topic = await byLabel(/pay my bill/);
    const res = await t
      .http()
      .post(`/v1/analytics/gaps/${topic.id}/draft`)
      .set(t.auth(editor))
      .send({ kind: 'questions' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.draft).toMatchObject({ articleId: bill.id, baseRevision: 1, title: 'How do I pay my bill?' });
    // "how do I pay my bill" is the article's title already: not added twice.
    expect(res.body.draft.alternativeQuestions).toEqual([
      'pay my bill',
      'how to pay the invoice',
      'payment methods for my bill',
      'How do I pay my bill, please?',
    ]);
  });

  it('is open again when its draft is rejected, and can be drafted again', async () => {
    const topic = await byLabel(/pay my bill/);
    expect(topic.status).toBe('drafted');
    const rejected = await t
      .http()
      .post(`/v1/drafts/${topic.draftId}/reject`)
      .set(t.auth(editor))
      .send({ comment: 'The answer itself needs rewriting' });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    await refreshEverything();
    expect(await byLabel(/pay my bill/)).toMatchObject({ status: 'open', draftId: null });
    const again = await t.http().post(`/v1/analytics/gaps/${topic.id}/draft`).set(t.auth(editor)).send({});
    expect(again.status, JSON.stringify(again.body)).toBe(201);
  });

  it('answers problem+json for an unknown topic or a bad kind', async () => {
    const missing = await t
      .http()
      .post('/v1/analytics/gaps/00000000-0000-4000-8000-000000000000/draft')
      .set(t.auth(editor))
      .send({});
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const topic = (await topics({ status: 'open' })).items[0];
    const bad = await t.http().post(`/v1/analytics/gaps/${topic.id}/draft`).set(t.auth(editor)).send({ kind: 'faq' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('once approved and published, tracks the topic’s later questions as answered', async () => {
    const parking = await byLabel(/park my car/);
    const approved = await t.http().post(`/v1/drafts/${parking.draftId}/approve`).set(t.auth(editor)).send({});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    await refreshEverything();
    expect(await byLabel(/park my car/)).toMatchObject({
      status: 'resolved',
      sinceResolution: { answered: 0, stillFailing: 0 },
    });

    await t.app.get(QuestionIndex).current();
    expect(await ask('Where can I park my car?')).toMatchObject({
      answered: true,
      answer: { articleId: approved.body.articleId },
    });
    await refreshEverything();
    const resolved = await byLabel(/park my car/);
    expect(resolved).toMatchObject({ status: 'resolved', sinceResolution: { answered: 1, stillFailing: 0 } });
    // Its earlier failures still count in the period.
    expect(resolved.impact).toBe(5);
  });
});
