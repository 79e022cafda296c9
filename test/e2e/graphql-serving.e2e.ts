import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { graphqlClient } from '../support/graphql-client.js';
import { startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
let web: string;
let bot: string;
let agent: string;
let email: string;
let pin: { id: string; slug: string };
let internal: { id: string; slug: string };

const { ok, failure, createArticle } = graphqlClient(() => t);

/** Served rows are written off the request path: flush them before looking. */
async function servedRow(id: string) {
  await t.app.get(ServedLogService).flush();
  const [row] = await t.app.get(DataSource).query(`SELECT * FROM served_answers WHERE id = $1`, [id]);
  return row;
}

beforeAll(async () => {
  t = await startTestApp();
  [editor, web, bot, agent, email] = await Promise.all([
    t.keyFor('editor'),
    t.keyFor('public', 'web'),
    t.keyFor('bot', 'bot'),
    t.keyFor('agent', 'agent'),
    t.keyFor('agent', 'email'),
  ]);
  pin = await createArticle(editor, {
    publish: true,
    title: 'How do I reset my voicemail PIN?',
    body: 'Open **Settings** then *Security* and choose Reset PIN.',
    summary: 'Go to Settings, Security, Reset PIN.',
    alternativeQuestions: ['forgot my voicemail pin', 'change voicemail code', 'I cannot remember my voicemail PIN'],
    variants: {
      bot: 'Open Settings > Security > Reset PIN.',
      email: 'You can reset your voicemail PIN in Settings, under Security.',
    },
    internalNotes: 'Check the caller identity first.',
  });
  internal = await createArticle(editor, {
    publish: true,
    audience: 'internal',
    title: 'Goodwill credit policy',
    body: 'Agents may grant up to 20 euros.',
    alternativeQuestions: ['goodwill gesture limit'],
  });
  await t.app.get(QuestionIndex).current();
});
afterAll(async () => t?.close());

describe('GraphQL serving', () => {
  it('searches live articles within what the key may see, and logs the search', async () => {
    const SEARCH = `query($q: String!) { search(q: $q, limit: 5) { searchId locales total hits { articleId slug revision locale title snippet score } } }`;
    await expect
      .poll(async () => (await ok(web, SEARCH, { q: 'voicemail PIN' })).search.total, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const { search } = await ok(web, SEARCH, { q: 'voicemail PIN' });
    expect(search.hits[0]).toMatchObject({ articleId: pin.id, revision: 1, locale: 'en' });
    expect(search.hits[0].snippet).toContain('<mark>');
    await t.app.get(ServedLogService).flush();
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT channel, query FROM searches WHERE id = $1`, [search.searchId]);
    expect(row).toEqual({ channel: 'web', query: 'voicemail PIN' });
    await expect
      .poll(
        async () =>
          (await ok(agent, SEARCH, { q: 'goodwill' })).search.hits.map((h: { articleId: string }) => h.articleId),
        { timeout: 10_000 },
      )
      .toContain(internal.id);
    expect((await ok(web, SEARCH, { q: 'goodwill' })).search.hits).toEqual([]);
  });

  it('renders an article for the channel and logs it as served', async () => {
    const RENDER = `query($id: String!, $channel: Channel, $searchId: ID, $rank: Int) { renderArticle(articleId: $id, channel: $channel, searchId: $searchId, rank: $rank, sessionId: "s-9") {
      servedId articleId revision locale requestedLocale channel format variant content truncated internalNotes } }`;
    const html = await ok(web, RENDER, { id: pin.slug });
    expect(html.renderArticle).toMatchObject({
      articleId: pin.id,
      channel: 'web',
      format: 'html',
      variant: 'body',
      internalNotes: null,
    });
    expect(html.renderArticle.content).toContain('<strong>Settings</strong>');
    expect(await servedRow(html.renderArticle.servedId)).toMatchObject({
      channel: 'web',
      kind: 'render',
      article_id: pin.id,
      session_id: 's-9',
    });
    const text = await ok(bot, RENDER, { id: pin.id });
    expect(text.renderArticle).toMatchObject({
      format: 'text',
      variant: 'bot',
      content: 'Open Settings > Security > Reset PIN.',
    });
    const notes = await ok(agent, RENDER, { id: pin.id });
    expect(notes.renderArticle).toMatchObject({
      format: 'markdown',
      internalNotes: 'Check the caller identity first.',
    });
    expect((await failure(web, RENDER, { id: internal.id })).extensions.code).toBe('NOT_FOUND');
    expect((await failure(web, RENDER, { id: internal.id, channel: 'agent' })).extensions.code).toBe('FORBIDDEN');
  });

  it('answers a question with a confidence and logs the answer, or hands off', async () => {
    const ANSWER = `query($question: String!) { answer(question: $question, locale: "en", sessionId: "s-1") {
      answered confidence threshold handoff servedId searchId channel answer { articleId variant content matchedQuestion } alternatives { articleId confidence } } }`;
    const { answer } = await ok(bot, ANSWER, { question: 'I forgot my voicemail PIN, call me on +33 6 12 34 56 78' });
    expect(answer).toMatchObject({
      answered: true,
      handoff: false,
      channel: 'bot',
      answer: { articleId: pin.id, variant: 'bot' },
    });
    expect(answer.confidence).toBeGreaterThan(answer.threshold);
    const row = await servedRow(answer.servedId);
    expect(row).toMatchObject({
      kind: 'answer',
      channel: 'bot',
      article_id: pin.id,
      rank: 1,
      session_id: 's-1',
      search_id: answer.searchId,
    });
    expect(row.query).toContain('[phone]');
    const none = await ok(bot, ANSWER, { question: 'what is the weather on mars tomorrow' });
    expect(none.answer).toMatchObject({ answered: false, handoff: true, servedId: null, answer: null });
  });

  it('lists the FAQ and suggests a reply to an email for agents only', async () => {
    const { faq } = await ok(web, `{ faq(locale: "en", limit: 10) { locales items { articleId title summary } } }`);
    expect(faq.items.map((i: { articleId: string }) => i.articleId)).toContain(pin.id);
    expect(faq.items.map((i: { articleId: string }) => i.articleId)).not.toContain(internal.id);
    const REPLY = `query($subject: String!, $body: String!) { replySuggestions(subject: $subject, body: $body) { draftReply draftedBy servedIds channel suggestions { articleId servedId confidence variant } } }`;
    const { replySuggestions } = await ok(email, REPLY, {
      subject: 'Voicemail PIN',
      body: 'Hello, I forgot my voicemail PIN. How do I change it?\n\nThanks',
    });
    expect(replySuggestions).toMatchObject({ channel: 'email', draftedBy: 'template' });
    expect(replySuggestions.suggestions[0]).toMatchObject({ articleId: pin.id, variant: 'email' });
    expect(replySuggestions.draftReply).toContain('Settings');
    expect((await failure(bot, REPLY, { subject: 'x', body: 'y' })).extensions.code).toBe('FORBIDDEN');
  });

  it('validates serving arguments with the REST rules', async () => {
    const bad = await failure(web, `{ search(q: "", limit: 500, locale: "english!") { searchId } }`);
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'locale', 'q']);
  });
});
