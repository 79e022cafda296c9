import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../src/modules/serving/question-index.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** Meilisearch configured but unreachable (a real client against a closed port). */
describe('serving with the search engine down', () => {
  let t: TestApp;
  let bot: string;
  let articleId: string;

  beforeAll(async () => {
    t = await startTestApp({ MEILI_URL: 'http://127.0.0.1:9', MEILI_TIMEOUT_MS: 500 });
    const editor = await t.keyFor('editor');
    bot = await t.keyFor('bot', 'bot');
    const created = await t.http().post('/v1/articles').set(t.auth(editor)).send({
      audience: 'public',
      locale: 'en',
      publish: true,
      title: 'How do I reset my voicemail PIN?',
      body: 'Open Settings, then Security.',
      alternativeQuestions: ['forgot my voicemail pin', 'voicemail code reset', 'change my voicemail password'],
    });
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

  it('answers 503 to a question the matcher alone cannot answer, and still answers confident ones and renders from the database', async () => {
    const unsure = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question: 'parking near the shop' });
    expect(unsure.status).toBe(503);
    expect(unsure.headers['retry-after']).toBe('5');
    const sure = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question: 'I forgot my voicemail pin' });
    expect(sure.status, JSON.stringify(sure.body)).toBe(200);
    expect(sure.body).toMatchObject({ answered: true, answer: { articleId } });
    expect((await t.http().get(`/v1/articles/${articleId}/render`).set(t.auth(bot))).status).toBe(200);
    expect((await t.http().get('/v1/faq').set(t.auth(bot))).status).toBe(200);
  });

  it('hands off an unsure question without the engine when the matcher knows enough articles for it', async () => {
    const editor = await t.keyFor('editor');
    for (const topic of ['greeting', 'storage', 'language', 'forwarding']) {
      const created = await t.http().post('/v1/articles').set(t.auth(editor)).send({
        audience: 'public',
        locale: 'en',
        publish: true,
        title: `Voicemail ${topic}`,
        body: `About voicemail ${topic}.`,
        alternativeQuestions: [`voicemail ${topic} settings`, `change the voicemail ${topic}`],
      });
      expect(created.status).toBe(201);
    }
    await t.app.get(QuestionIndex).current();
    const res = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question: 'voicemail while on holiday' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ answered: false, handoff: true });
    expect(res.body.alternatives).toHaveLength(4);
  });
});
