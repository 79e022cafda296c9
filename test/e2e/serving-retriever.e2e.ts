import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { SavoirRetriever } from '../../packages/langchain-savoir/src/index.js';
import { listenUrl, startTestApp, TestApp } from '../support/test-app.js';
import { publishArticle } from '../support/factories.js';

let t: TestApp;
let baseUrl: string;
let botKey: string;
let pinId: string;

beforeAll(async () => {
  t = await startTestApp();
  baseUrl = await listenUrl(t.app);
  const editor = await t.keyFor('editor');
  botKey = await t.keyFor('bot', 'bot');
  const pin = await publishArticle(t, editor, {
    title: 'How do I reset my voicemail PIN?',
    body: 'Open **Settings**, then Security, then Reset PIN.',
    alternativeQuestions: ['forgot my voicemail pin', 'voicemail code reset', 'change my voicemail password'],
    variants: { bot: 'Settings > Security > Reset PIN.' },
  });
  pinId = pin.id;
  await publishArticle(t, editor, {
    title: 'Roaming charges abroad',
    body: 'Roaming is included in the EU.',
    alternativeQuestions: ['do I pay roaming in Spain', 'roaming fees abroad'],
  });
  await t.app.get(QuestionIndex).current();
});
afterAll(async () => t?.close());

describe('SavoirRetriever against a running Savoir', () => {
  it("returns the likeliest articles rendered for the key's channel, with ids, revision, locale and score in metadata", async () => {
    const retriever = new SavoirRetriever({ baseUrl, apiKey: botKey, locale: 'en-GB', k: 2 });
    const results = await retriever.invoke('I forgot my voicemail pin');
    expect(results.map((doc) => doc.metadata.rank)).toEqual([1, 2]);
    expect(results[0].pageContent).toBe('Settings > Security > Reset PIN.');
    expect(results[0].metadata).toMatchObject({ articleId: pinId, revision: 1, locale: 'en', rank: 1, format: 'text' });
    for (const doc of results) expect(doc.metadata.servedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(results[0].metadata.score).toBeGreaterThan(results[1].metadata.score);
  });

  it("gives one score meaning in both modes: the answer's confidence, as POST /v1/answers reports it", async () => {
    const question = 'I forgot my voicemail pin';
    const [searched] = await new SavoirRetriever({ baseUrl, apiKey: botKey, k: 1 }).invoke(question);
    const [answered] = await new SavoirRetriever({ baseUrl, apiKey: botKey, mode: 'answer' }).invoke(question);
    const reported = (await t.http().post('/v1/answers').set(t.auth(botKey)).send({ question })).body;
    expect(searched.metadata.score).toBe(reported.confidence);
    expect(answered.metadata.score).toBe(reported.confidence);
    expect(reported.confidence).toBeGreaterThan(reported.threshold);
  });

  it('in answer mode returns the one best answer, or nothing when Savoir hands off; search mode still lists candidates', async () => {
    const retriever = new SavoirRetriever({ baseUrl, apiKey: botKey, mode: 'answer' });
    const [doc, ...rest] = await retriever.invoke('I forgot my voicemail pin');
    expect(rest).toEqual([]);
    expect(doc.metadata).toMatchObject({ articleId: pinId, revision: 1, locale: 'en' });
    const offTopic = 'what is the weather on mars tomorrow';
    expect(await retriever.invoke(offTopic)).toEqual([]);
    const listed = await new SavoirRetriever({ baseUrl, apiKey: botKey }).invoke(offTopic);
    for (const candidate of listed) expect(candidate.metadata.score).toBeLessThan(0.5);
  });

  it("refuses a k it cannot honour, and reports Savoir's problems as errors", async () => {
    expect(() => new SavoirRetriever({ baseUrl, apiKey: botKey, k: 5 })).toThrow(/k must be an integer from 1 to 4/);
    await expect(new SavoirRetriever({ baseUrl, apiKey: 'not-a-key' }).invoke('pin')).rejects.toThrow(/401/);
  });
});
