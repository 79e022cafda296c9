import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { startTestApp, TestApp } from '../support/test-app.js';

// No chat model can run on this machine: a small OpenAI-compatible server stands in for one, so that the real
// LangChain client, prompt and HTTP exchange are exercised.
let model: Server;
const requests: { messages: { role: string; content: string }[]; model: string }[] = [];
let t: TestApp;
let agent: string;

beforeAll(async () => {
  model = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push(JSON.parse(body));
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          id: 'chatcmpl-1',
          object: 'chat.completion',
          created: 1,
          model: 'test-model',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: 'Hello, you can reset your PIN in Settings [1].' },
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
  t = await startTestApp({
    LLM_BASE_URL: `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`,
    LLM_API_KEY: 'test-llm-key',
    LLM_MODEL: 'test-model',
  });
  const editor = await t.keyFor('editor');
  agent = await t.keyFor('agent', 'email');
  await t
    .http()
    .post('/v1/articles')
    .set(t.auth(editor))
    .send({
      audience: 'public',
      locale: 'en',
      publish: true,
      title: 'How do I reset my voicemail PIN?',
      body: 'Open Settings, then Security.',
      alternativeQuestions: ['forgot my voicemail pin', 'voicemail code reset'],
      variants: { email: 'You can reset your voicemail PIN in Settings, under Security.' },
    });
  await t.app.get(QuestionIndex).current();
});
afterAll(async () => {
  await t?.close();
  model?.close();
});

describe('reply drafting with a chat model configured', () => {
  it('drafts through the model from the suggested articles and the stripped email, citing the articles', async () => {
    const res = await t
      .http()
      .post('/v1/suggestions/reply')
      .set(t.auth(agent))
      .send({ subject: 'PIN', body: 'I forgot my voicemail PIN.\n\n-- \nJo Bloggs\nACME Ltd', locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      draftedBy: 'model',
      draftReply: 'Hello, you can reset your PIN in Settings [1].',
    });
    expect(res.body.citations).toEqual([res.body.suggestions[0].articleId]);
    expect(requests).toHaveLength(1);
    expect(requests[0].model).toBe('test-model');
    const prompt = requests[0].messages.map((m) => m.content).join('\n');
    expect(prompt).toContain(
      '[1] How do I reset my voicemail PIN?\nYou can reset your voicemail PIN in Settings, under Security.',
    );
    expect(prompt).toContain('I forgot my voicemail PIN.');
    expect(prompt).not.toContain('ACME');
  });
});
