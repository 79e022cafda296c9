import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RollupService } from '../../src/modules/analytics/rollup.service.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { publishArticle } from '../support/factories.js';

/** Meilisearch configured but unreachable (a real client against a closed port). */
const ENGINE_DOWN = { MEILI_URL: 'http://127.0.0.1:9', MEILI_TIMEOUT_MS: 500, ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000 };

const VOICEMAIL_PIN = {
  audience: 'public',
  locale: 'en',
  publish: true,
  title: 'How do I reset my voicemail PIN?',
  body: 'Open Settings, then Security.',
  variants: { bot: 'Open Settings, then Security, then Voicemail PIN.' },
  alternativeQuestions: ['forgot my voicemail pin', 'voicemail code reset', 'change my voicemail password'],
};

describe('serving with the search engine down', () => {
  let t: TestApp;
  let bot: string;
  let agent: string;
  let editor: string;
  let articleId: string;

  beforeAll(async () => {
    t = await startTestApp(ENGINE_DOWN);
    editor = await t.keyFor('editor');
    bot = await t.keyFor('bot', 'bot');
    agent = await t.keyFor('agent', 'agent');
    const created = await t.http().post('/v1/articles').set(t.auth(editor)).send(VOICEMAIL_PIN);
    expect(created.status).toBe(201);
    articleId = created.body.id;
    await t.app.get(QuestionIndex).current();
  });
  afterAll(async () => t?.close());

  it('answers search with 503 problem+json and Retry-After', async () => {
    const res = await t.http().get('/v1/search?q=pin').set(t.auth(bot));
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['retry-after']).toBe('5');
  });

  it('answers a question the matcher knows, logs the served answer, and still renders from the database', async () => {
    const sure = await t
      .http()
      .post('/v1/answers')
      .set(t.auth(bot))
      .send({ question: 'I forgot my voicemail pin', sessionId: 'down-1' });
    expect(sure.status, JSON.stringify(sure.body)).toBe(200);
    expect(sure.body).toMatchObject({ answered: true, handoff: false, answer: { articleId, variant: 'bot' } });
    await t.app.get(ServedLogService).flush();
    const served = await t
      .http()
      .get('/v1/analytics/served')
      .query({ searchId: sure.body.searchId })
      .set(t.auth(editor));
    expect(served.status).toBe(200);
    expect(served.body.items).toEqual([
      expect.objectContaining({
        id: sure.body.servedId,
        channel: 'bot',
        kind: 'answer',
        articleId,
        revision: 1,
        locale: 'en',
        variant: 'bot',
        confidence: sure.body.confidence,
        sessionId: 'down-1',
      }),
    ]);
    expect((await t.http().get(`/v1/articles/${articleId}/render`).set(t.auth(bot))).status).toBe(200);
    expect((await t.http().get('/v1/faq').set(t.auth(bot))).status).toBe(200);
  });

  it('suggests the articles the matcher knows for an email, confident or not, without the engine', async () => {
    const suggest = (body: string) =>
      t
        .http()
        .post('/v1/suggestions/reply')
        .set(t.auth(agent))
        .send({ subject: 'Voicemail', body: `${body}\n\nThanks,\nAnna`, locale: 'en' });
    const sure = await suggest('Hello, I forgot my voicemail pin.');
    expect(sure.status, JSON.stringify(sure.body)).toBe(200);
    expect(sure.body.suggestions).toEqual([expect.objectContaining({ articleId, servedId: sure.body.servedIds[0] })]);
    expect(sure.body.citations).toEqual([articleId]);
    // Too unsure to draft from: the engine would have been asked for more.
    const unsure = await suggest('My voicemail stopped working after the update yesterday, what should I do?');
    expect(unsure.status, JSON.stringify(unsure.body)).toBe(200);
    expect(unsure.body).toMatchObject({
      suggestions: [expect.objectContaining({ articleId })],
      citations: [],
      searchEngineUnavailable: true,
    });
    await t.app.get(ServedLogService).flush();
    const served = await t
      .http()
      .get('/v1/analytics/served')
      .query({ searchId: unsure.body.searchId })
      .set(t.auth(editor));
    expect(served.body.items).toEqual([
      expect.objectContaining({
        channel: 'email',
        kind: 'suggestion',
        articleId,
        revision: 1,
        locale: 'en',
        variant: 'body',
        confidence: unsure.body.suggestions[0].confidence,
      }),
    ]);
  });

  it('hands off, not 503, a question the matcher finds nothing confident for, and counts it as an unanswered bot hand-off', async () => {
    const unsure = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question: 'Parking near the shop?' });
    expect(unsure.status, JSON.stringify(unsure.body)).toBe(200);
    expect(unsure.body).toMatchObject({
      answered: false,
      handoff: true,
      servedId: null,
      searchEngineUnavailable: true,
    });
    await t.app.get(ServedLogService).flush();
    await t.app.get(RollupService).rollUp();
    const gaps = await t.http().get('/v1/analytics/questions/unanswered').set(t.auth(editor));
    expect(gaps.body.items).toContainEqual(
      expect.objectContaining({ query: 'parking near the shop', questions: 1, channels: { bot: 1 } }),
    );
    const summary = await t.http().get('/v1/analytics/summary').set(t.auth(editor));
    expect(summary.body.totals.handoffs).toBe(1);
  });

  it('hands off an unsure question without the engine when the matcher knows enough articles for it', async () => {
    for (const topic of ['greeting', 'storage', 'language', 'forwarding']) {
      await publishArticle(t, editor, {
        title: `Voicemail ${topic}`,
        body: `About voicemail ${topic}.`,
        alternativeQuestions: [`voicemail ${topic} settings`, `change the voicemail ${topic}`],
      });
    }
    await t.app.get(QuestionIndex).current();
    const res = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question: 'voicemail while on holiday' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ answered: false, handoff: true });
    expect(res.body.alternatives).toHaveLength(4);
    // The engine was not needed: nothing to say about it.
    expect(res.body).not.toHaveProperty('searchEngineUnavailable');
  });
});

describe('serving with neither the search engine nor the question matcher', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ENGINE_DOWN);
    const created = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(await t.keyFor('editor')))
      .send(VOICEMAIL_PIN);
    expect(created.status).toBe(201);
    // The matcher stopped, as before its first model is ready: it cannot be consulted.
    await t.app.get(QuestionIndex).onApplicationShutdown();
  });
  afterAll(async () => t?.close());

  it('answers 503 problem+json with Retry-After to questions and reply suggestions', async () => {
    const answer = await t
      .http()
      .post('/v1/answers')
      .set(t.auth(await t.keyFor('bot', 'bot')))
      .send({ question: 'I forgot my voicemail pin' });
    expect(answer.status).toBe(503);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.headers['retry-after']).toBe('5');
    const reply = await t
      .http()
      .post('/v1/suggestions/reply')
      .set(t.auth(await t.keyFor('agent', 'agent')))
      .send({ subject: 'Voicemail', body: 'I forgot my voicemail pin.' });
    expect(reply.status).toBe(503);
    expect(reply.headers['retry-after']).toBe('5');
  });
});
