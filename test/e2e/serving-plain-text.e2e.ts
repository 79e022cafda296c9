import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { publishArticle } from '../support/factories.js';

// Plain-text channels (bot, voice, email) never get live markup or a dangerous link; web gets sanitised HTML; search
// snippets are escaped text with <mark> (issue #14, defect 6).

let t: TestApp;
let botKey: string;
let voiceKey: string;
let emailKey: string;
let publicKey: string;
let article: { id: string; slug: string };

const HOSTILE = [
  '&lt;img src=x onerror=alert(1)&gt; Reset your modem from Settings.',
  'Type `<script>alert(2)</script>` then \\<b onclick=x\\>go\\</b\\>.',
  '[Pay now](JaVaScRiPt:alert(3)) or [the portal](data:text/html;base64,PHNjcmlwdD4=) or <vbscript:msgbox(4)>.',
  'See [the guide](https://example.com/modem) &#60;svg onload=alert(5)&#62;.',
].join('\n\n');

/** A tag, comment, doctype or processing instruction opener, as an HTML parser would see it. */
const TAG = /<[a-z!/?]/i;
const DANGEROUS_URL = /(?:java|vb|live)script:|data:[^\s]/i;

function expectPlainText(text: string) {
  expect(text).not.toMatch(TAG);
  expect(text).not.toMatch(DANGEROUS_URL);
}

beforeAll(async () => {
  t = await startTestApp();
  const editor = await t.keyFor('editor');
  [botKey, voiceKey, emailKey, publicKey] = await Promise.all([
    t.keyFor('bot', 'bot'),
    t.keyFor('bot', 'voice'),
    t.keyFor('agent', 'email'),
    t.keyFor('public', 'web'),
  ]);
  article = await publishArticle(t, editor, {
    title: 'Reset the modem',
    body: `${HOSTILE}\n\n<img src=x onerror=alert(6)><script>alert(7)</script>`,
    summary: 'Reset your modem <img src=x onerror=alert(8)> from Settings.',
    alternativeQuestions: ['how do I reset my modem', 'modem reset'],
    variants: { bot: HOSTILE, email: HOSTILE },
  });
  await t.app.get(SearchIndexer).drain();
  await t.app.get(QuestionIndex).current();
});

afterAll(() => t?.close());

describe('plain-text channels', () => {
  it('render for a bot key: the variant as text, code kept with harmless brackets, only the https link written out', async () => {
    const res = await t.http().get(`/v1/articles/${article.slug}/render?channel=bot`).set(t.auth(botKey));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ variant: 'bot', format: 'text' });
    expectPlainText(res.body.content);
    expect(res.body.content).toContain('‹img src=x onerror=alert(1)› Reset your modem from Settings.');
    expect(res.body.content).toContain('Type ‹script›alert(2)‹/script› then ‹b onclick=x›go‹/b›.');
    expect(res.body.content).toContain('Pay now or the portal or .');
    expect(res.body.content).toContain('the guide (https://example.com/modem)');
  });

  it('answers for a bot key and for a voice key carry no markup', async () => {
    for (const key of [botKey, voiceKey]) {
      const res = await t
        .http()
        .post('/v1/answers')
        .set(t.auth(key))
        .send({ question: 'how do I reset my modem', locale: 'en' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.answered).toBe(true);
      expectPlainText(res.body.answer.content);
    }
  });

  it('reply suggestions: suggestions, draft and the echoed email carry no markup', async () => {
    const res = await t.http().post('/v1/suggestions/reply').set(t.auth(emailKey)).send({
      subject: 'Modem reset',
      body: 'Hello,\n\nHow do I reset my modem? <img src=x onerror=alert(9)>\n\nRegards,\nAnn',
      locale: 'en',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.suggestions[0].articleId).toBe(article.id);
    for (const suggestion of res.body.suggestions) expectPlainText(suggestion.content);
    expectPlainText(res.body.draftReply);
    expect(res.body.draftReply).toContain('Reset your modem from Settings.');
    expectPlainText(res.body.question);
    expect(res.body.question).toBe('Hello,\n\nHow do I reset my modem? ‹img src=x onerror=alert(9)›');
  });
});

describe('HTML and snippets', () => {
  it('web render is sanitised HTML', async () => {
    const res = await t.http().get(`/v1/articles/${article.slug}/render`).set(t.auth(publicKey));
    expect(res.status).toBe(200);
    expect(res.body.format).toBe('html');
    // Sanitised HTML escapes every "<" of its text, so each "<" left opens a real tag: look at the tags.
    const tags = res.body.content.match(/<[^>]*>/g).join(' ');
    expect(tags).not.toMatch(/<script|<svg|\son\w+=|javascript:|vbscript:|data:/i);
    expect(res.body.content).toContain(
      '<a href="https://example.com/modem" rel="noopener noreferrer nofollow">the guide</a>',
    );
  });

  it('search snippets are escaped text with <mark> only', async () => {
    const res = await t.http().get('/v1/search?q=modem').set(t.auth(publicKey));
    expect(res.status).toBe(200);
    const { snippet } = res.body.hits[0];
    expect(snippet).toContain('<mark>');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/</);
  });
});

describe('OpenAPI', () => {
  it('says which served fields are HTML and which are plain text', async () => {
    const res = await t.http().get('/openapi.json');
    expect(res.status).toBe(200);
    const schemas = res.body.components.schemas;
    expect(schemas.RenderedArticleView.properties.content.description).toMatch(
      /html: sanitised HTML.*text and speech: plain text/s,
    );
    expect(schemas.SearchHitView.properties.snippet.description).toMatch(/<mark>/);
    expect(schemas.ReplySuggestionsView.properties.draftReply.description).toMatch(/^Plain text/);
    expect(
      res.body.paths['/v1/articles/{idOrSlug}/render'].get.responses['200'].content['application/json'].schema.$ref,
    ).toBe('#/components/schemas/RenderedArticleView');
  });
});
