import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../src/modules/matcher/question-index.js';
import { SavoirRetriever } from '../src/retriever/savoir-retriever.js';
import { startTestApp, TestApp } from './support/test-app.js';

let t: TestApp;
let baseUrl: string;
let botKey: string;
let pinId: string;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const editor = await t.keyFor('editor');
  botKey = await t.keyFor('bot', 'bot');
  const pin = await t.http().post('/v1/articles').set(t.auth(editor)).send({
    audience: 'public',
    locale: 'en',
    publish: true,
    title: 'How do I reset my voicemail PIN?',
    body: 'Open **Settings**, then Security, then Reset PIN.',
    alternativeQuestions: ['forgot my voicemail pin', 'voicemail code reset', 'change my voicemail password'],
    variants: { bot: 'Settings > Security > Reset PIN.' },
  });
  pinId = pin.body.id;
  await t.http().post('/v1/articles').set(t.auth(editor)).send({
    audience: 'public',
    locale: 'en',
    publish: true,
    title: 'Roaming charges abroad',
    body: 'Roaming is included in the EU.',
    alternativeQuestions: ['do I pay roaming in Spain', 'roaming fees abroad'],
  });
  await t.app.get(QuestionIndex).current();
});
afterAll(async () => t?.close());

describe('SavoirRetriever against a running Savoir', () => {
  it('returns search hits rendered for the key\'s channel, with ids, revision, locale and score in metadata', async () => {
    const retriever = new SavoirRetriever({ baseUrl, apiKey: botKey, locale: 'en-GB', k: 2 });
    // Indexing follows the outbox: the article becomes searchable shortly after it is published.
    await expect.poll(async () => (await retriever.invoke('voicemail PIN')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const results = await retriever.invoke('voicemail PIN');
    expect(results[0].pageContent).toBe('Settings > Security > Reset PIN.');
    expect(results[0].metadata).toMatchObject({ articleId: pinId, revision: 1, locale: 'en', rank: 1, format: 'text' });
    expect(results[0].metadata.score).toBeGreaterThan(0);
    expect(results[0].metadata.servedId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('in answer mode returns the one best answer, or nothing when Savoir hands off', async () => {
    const retriever = new SavoirRetriever({ baseUrl, apiKey: botKey, mode: 'answer' });
    const [doc, ...rest] = await retriever.invoke('I forgot my voicemail pin');
    expect(rest).toEqual([]);
    expect(doc.metadata).toMatchObject({ articleId: pinId, revision: 1, locale: 'en' });
    expect(doc.metadata.score).toBeGreaterThan(0.2);
    expect(await retriever.invoke('what is the weather on mars tomorrow')).toEqual([]);
  });

  it('reports Savoir\'s problems as errors', async () => {
    const retriever = new SavoirRetriever({ baseUrl, apiKey: 'not-a-key' });
    await expect(retriever.invoke('pin')).rejects.toThrow(/401/);
  });
});
