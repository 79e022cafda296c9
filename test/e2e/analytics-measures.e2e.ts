import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { analyticsFixtures, rollUpEverything } from '../support/analytics-fixtures.js';
import { publishArticle } from '../support/factories.js';
import { graphqlClient } from '../support/graphql-client.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

// Answers measured per intent × channel and per revision, and "what was said, exactly" (issue #19).

let t: TestApp;
let editor: string;
let agent: string;
let bot: string;
const f = analyticsFixtures(() => t);
const { ok } = graphqlClient(() => t);
const as = (secret: string) => t.auth(secret);

beforeAll(async () => {
  // Passes are run by the tests themselves, so that each expectation is about a known set of rows. Each writer's
  // transaction is a step of its own, as in analytics.e2e: questions, hand-offs and events counted across steps.
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000, ANALYTICS_ROLLUP_STEP_ROWS: 1 });
  [editor, agent, bot] = await Promise.all([t.keyFor('editor'), t.keyFor('agent'), t.keyFor('bot', 'bot')]);
  for (const key of ['billing', 'moving'])
    expect(
      (
        await t
          .http()
          .post('/v1/intents')
          .set(as(ADMIN_KEY))
          .send({ key, name: `Intent ${key}` })
      ).status,
    ).toBe(201);
});
afterAll(async () => t?.close());

async function report(path: string, query: Record<string, unknown> = {}) {
  const res = await t.http().get(`/v1/analytics${path}`).query(query).set(as(editor));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const feedback = (servedId: string, helpful: boolean) =>
  f.query(`INSERT INTO feedback (id, served_id, helpful) VALUES ($1, $2, $3)`, [randomUUID(), servedId, helpful]);

describe('answer rate, helpful rate and self-service resolution', () => {
  const day = { from: '2026-04-02', to: '2026-04-02' };
  const at = (time: string) => `2026-04-02T${time}:00Z`;
  let a: { id: string; slug: string };
  let b: { id: string; slug: string };

  beforeAll(async () => {
    a = await f.article(editor, { intents: ['billing'] });
    b = await f.article(editor, { intents: ['billing', 'moving'] });
    // Bot, article A: four questions, three answered; the answers served, one found helpful, one not, and one followed
    // by an agent contact in the same session (not resolved by self-service).
    for (let i = 0; i < 4; i += 1) await f.question({ articleId: a.id, answered: i < 3, at: at('10:00') });
    const served = [];
    for (let i = 0; i < 3; i += 1)
      served.push(await f.served({ articleId: a.id, channel: 'bot', sessionId: `m-${i}`, at: at('10:00') }));
    await feedback(served[0], true);
    await feedback(served[1], false);
    await f.search({ query: 'still broken', channel: 'agent', hits: 1, sessionId: 'm-0', at: at('10:30') });
    // Voice, article B: two questions, neither answered (handed off). Web, article B: one answered and served.
    for (let i = 0; i < 2; i += 1)
      await f.question({ articleId: b.id, answered: false, channel: 'voice', at: at('11:00') });
    await f.question({ articleId: b.id, answered: true, channel: 'web', at: at('12:00') });
    await f.served({ articleId: b.id, channel: 'web', at: at('12:00') });
    await rollUpEverything(t.app);
  });

  it('per intent × channel in the intents report, from the rollups', async () => {
    const { items } = await report('/intents', day);
    const line = (intent: string, channel: string) =>
      items.find((i: any) => i.intent === intent && i.channel === channel);
    expect(line('billing', 'bot')).toMatchObject({
      name: 'Intent billing',
      questions: 4,
      unanswered: 1,
      answered: 3,
      answerRate: 0.75,
      served: 3,
      helpful: 1,
      unhelpful: 1,
      helpfulRate: 0.5,
      selfServiceServed: 3,
      escalations: 1,
      selfServiceResolved: 2,
      selfServiceResolutionRate: 0.6667,
    });
    expect(line('billing', 'voice')).toMatchObject({ questions: 2, unanswered: 2, answerRate: 0, served: 0 });
    expect(line('moving', 'voice')).toMatchObject({ questions: 2, unanswered: 2, answerRate: 0 });
    expect(line('moving', 'web')).toMatchObject({
      questions: 1,
      answerRate: 1,
      served: 1,
      selfServiceResolutionRate: 1,
    });
    // The article B counts for both its intents; the intent filter keeps one.
    const moving = await report('/intents', { ...day, intent: 'moving' });
    expect(moving.items.map((i: any) => `${i.intent}/${i.channel}`).sort()).toEqual(['moving/voice', 'moving/web']);
    expect((await report('/intents', { ...day, intent: 'nothing' })).items).toEqual([]);
  });

  it('per channel (every question, answered or not) and per article, sortable by answer rate', async () => {
    const channels = await report('/channels', day);
    expect(channels.items.find((c: any) => c.channel === 'voice')).toMatchObject({ questions: 2, answerRate: 0 });
    expect(channels.items.find((c: any) => c.channel === 'bot')).toMatchObject({ questions: 4, answerRate: 0.75 });
    const ranked = await report('/articles', { ...day, sort: 'answerRate', order: 'asc' });
    expect(ranked.items.map((i: any) => i.articleId)).toEqual([b.id, a.id]);
    expect(ranked.items[0]).toMatchObject({ questions: 3, unanswered: 2, answerRate: 0.3333 });
    expect((await report('/articles', { ...day, intent: 'moving' })).items.map((i: any) => i.articleId)).toEqual([
      b.id,
    ]);
  });

  it('as CSV, the new measures after the columns readers already rely on', async () => {
    const csv = await t.http().get('/v1/analytics/intents').query(day).set(as(editor)).set('Accept', 'text/csv');
    expect(csv.status).toBe(200);
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toBe(
      'intent,name,channel,served,clicks,copies,helpful,unhelpful,handoffs,resolved,escalations,selfServiceServed,' +
        'helpfulRate,escalationRate,questions,unanswered,answered,answerRate,selfServiceResolved,selfServiceResolutionRate',
    );
    expect(rows).toContain('billing,Intent billing,bot,3,0,0,1,1,0,0,1,3,0.5,0.3333,4,1,3,0.75,2,0.6667');
  });

  it('over GraphQL', async () => {
    const data = await ok(
      editor,
      `query($from: String, $to: String) { analyticsIntents(from: $from, to: $to, intent: "billing") {
         items { intent name channel questions unanswered answerRate helpfulRate selfServiceResolutionRate } } }`,
      day,
    );
    expect(data.analyticsIntents.items).toContainEqual({
      intent: 'billing',
      name: 'Intent billing',
      channel: 'bot',
      questions: 4,
      unanswered: 1,
      answerRate: 0.75,
      helpfulRate: 0.5,
      selfServiceResolutionRate: 0.6667,
    });
  });
});

describe('per revision, beside the revision before it', () => {
  const day = { from: '2026-04-03', to: '2026-04-03' };
  let a: { id: string; slug: string };

  beforeAll(async () => {
    a = await f.article(editor, { intents: ['billing'] });
    // Revision 1 answered half of its questions; revision 2 three in four, and was found helpful.
    for (let i = 0; i < 4; i += 1)
      await f.question({ articleId: a.id, revision: 1, answered: i < 2, at: '2026-04-03T09:00:00Z' });
    for (let i = 0; i < 4; i += 1)
      await f.question({ articleId: a.id, revision: 2, answered: i < 3, at: '2026-04-03T15:00:00Z' });
    await feedback(await f.served({ articleId: a.id, revision: 2, channel: 'bot', at: '2026-04-03T15:00:00Z' }), true);
    await rollUpEverything(t.app);
  });

  it('in the article report and its revisions report (JSON and CSV)', async () => {
    const { revisions } = await report(`/articles/${a.id}`, day);
    expect(revisions).toEqual([
      expect.objectContaining({ locale: 'en', revision: 1, questions: 4, answerRate: 0.5, previous: null }),
      expect.objectContaining({
        locale: 'en',
        revision: 2,
        questions: 4,
        answerRate: 0.75,
        helpfulRate: 1,
        previous: expect.objectContaining({ revision: 1, answerRate: 0.5, helpfulRate: null }),
      }),
    ]);
    const own = await report(`/articles/${a.id}/revisions`, day);
    expect(own.article).toMatchObject({ id: a.id, slug: a.slug });
    expect(own.revisions).toEqual(revisions);
    const csv = await t
      .http()
      .get(`/v1/analytics/articles/${a.slug}/revisions`)
      .query(day)
      .set(as(editor))
      .set('Accept', 'text/csv');
    const [header, , second] = csv.text.trim().split('\r\n');
    expect(header.split(',').slice(-8)).toEqual([
      'answered',
      'answerRate',
      'selfServiceResolved',
      'selfServiceResolutionRate',
      'previousRevision',
      'previousAnswerRate',
      'previousHelpfulRate',
      'previousResolutionRate',
    ]);
    expect(second.split(',').slice(0, 2)).toEqual(['en', '2']);
    expect(second.split(',').slice(-4)).toEqual(['1', '0.5', '', '']);
  });

  it('over GraphQL', async () => {
    const data = await ok(
      editor,
      `query($id: String!) { analyticsArticle(articleId: $id, from: "2026-04-03", to: "2026-04-03") {
         revisions { revision answerRate previous { revision answerRate } } } }`,
      { id: a.id },
    );
    expect(data.analyticsArticle.revisions).toEqual([
      { revision: 1, answerRate: 0.5, previous: null },
      { revision: 2, answerRate: 0.75, previous: { revision: 1, answerRate: 0.5 } },
    ]);
  });
});

describe('GET /v1/analytics/served/:id: what was said, exactly', () => {
  const ready = async () => {
    await t.app.get(SearchIndexer).drain();
    await t.app.get(QuestionIndex).current();
  };
  const said = async (servedId: string) => {
    const res = await t.http().get(`/v1/analytics/served/${servedId}`).set(as(editor));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const question = { question: 'how do I pay my phone bill by card', locale: 'en', sessionId: 'said-1' };
  const ask = async () => {
    const res = await t.http().post('/v1/answers').set(as(bot)).send(question);
    expect(res.status).toBe(200);
    expect(res.body, 'the question must be answered for this test').toMatchObject({ answered: true });
    return res.body;
  };

  it('gives back the text an answer served, after a new revision and after the channel profile changed', async () => {
    const article = await publishArticle(t, editor, {
      title: 'Paying your phone bill by card',
      body: 'You can pay your **phone bill** by card in the app. Open Billing, then Pay now. Receipts arrive by email.',
      alternativeQuestions: ['how do I pay my phone bill by card', 'pay phone bill card', 'card payment for my bill'],
      intents: ['billing'],
    });
    await ready();
    const first = await ask();
    expect(first.answer.articleId).toBe(article.id);
    const firstSaid = await said(first.servedId);
    expect(firstSaid).toMatchObject({
      id: first.servedId,
      channel: 'bot',
      kind: 'answer',
      articleId: article.id,
      slug: article.slug,
      revision: 1,
      locale: 'en',
      variant: first.answer.variant,
      title: 'Paying your phone bill by card',
      query: question.question,
      sessionId: 'said-1',
      format: 'text',
      text: first.answer.content,
      reproduced: true,
      ruleId: null,
    });
    expect(firstSaid.text).not.toContain('**');

    // A new revision: new answers say the new text, the first answer still says what it said.
    const revised = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions`)
      .set(as(editor))
      .send({
        locale: 'en',
        baseRevision: 1,
        title: 'Paying your phone bill by card',
        body: 'Pay your phone bill by card in the app, under Billing. Cards from every bank are accepted now.',
        alternativeQuestions: ['how do I pay my phone bill by card', 'pay phone bill card'],
      });
    expect(revised.status, JSON.stringify(revised.body)).toBe(201);
    const published = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions/2/publish`)
      .set(as(editor))
      .send({ locale: 'en' });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    await ready();
    const second = await ask();
    expect(second.answer.revision).toBe(2);
    expect(second.answer.content).not.toBe(first.answer.content);
    expect(await said(second.servedId)).toMatchObject({ revision: 2, text: second.answer.content, reproduced: true });
    expect((await said(first.servedId)).text).toBe(first.answer.content);

    // The bot profile now cuts answers short: new answers are cut, earlier ones still read as they were served.
    const profile = (await t.http().get('/v1/channel-profiles/bot').set(as(ADMIN_KEY))).body;
    const changed = await t
      .http()
      .patch('/v1/channel-profiles/bot')
      .set(as(ADMIN_KEY))
      .send({ version: profile.version, maxChars: 50 });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const third = await ask();
    expect(third.answer).toMatchObject({ revision: 2, truncated: true });
    const thirdSaid = await said(third.servedId);
    expect(thirdSaid).toMatchObject({ text: third.answer.content, truncated: true, reproduced: true });
    expect(thirdSaid.profileVersion).toBe(profile.version + 1);
    expect(await said(second.servedId)).toMatchObject({
      text: second.answer.content,
      truncated: false,
      profileVersion: profile.version,
    });
    expect((await said(first.servedId)).text).toBe(first.answer.content);
    const restored = await t
      .http()
      .patch('/v1/channel-profiles/bot')
      .set(as(ADMIN_KEY))
      .send({ version: profile.version + 1, maxChars: profile.maxChars });
    expect(restored.status).toBe(200);

    // The question counted against the article and its intent, answered.
    await rollUpEverything(t.app);
    const today = new Date().toISOString().slice(0, 10);
    const { items } = await report('/intents', { from: today, to: today, intent: 'billing', channel: 'bot' });
    expect(items).toEqual([
      expect.objectContaining({ intent: 'billing', channel: 'bot', questions: 3, answerRate: 1 }),
    ]);

    // GraphQL says the same.
    const data = await ok(editor, `query($id: ID!) { servedAnswer(id: $id) { text format reproduced revision } }`, {
      id: first.servedId,
    });
    expect(data.servedAnswer).toEqual({ text: first.answer.content, format: 'text', reproduced: true, revision: 1 });
  });

  it('gives back what a web page rendered (HTML)', async () => {
    const article = await publishArticle(t, editor, { body: 'Some **bold** words and a [link](https://example.com).' });
    const web = await t.http().get(`/v1/articles/${article.slug}/render`).set(as(editor)).query({ channel: 'web' });
    expect(web.status).toBe(200);
    expect(await said(web.body.servedId)).toMatchObject({
      kind: 'render',
      format: web.body.format,
      text: web.body.content,
      reproduced: true,
    });
  });

  it('answers 404 for an unknown id, 400 for a malformed one, 403 below the editor role', async () => {
    const unknown = await t.http().get(`/v1/analytics/served/${randomUUID()}`).set(as(editor));
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const malformed = await t.http().get('/v1/analytics/served/not-an-id').set(as(editor));
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect((await t.http().get(`/v1/analytics/served/${randomUUID()}`).set(as(agent))).status).toBe(403);
  });
});
