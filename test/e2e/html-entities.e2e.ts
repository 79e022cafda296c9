import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/common/domain.js';
import { SearchDocuments } from '../../src/modules/search/search-documents.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { publishArticle } from '../support/factories.js';
import { startRestartableApp, RestartableTestApp } from '../support/restartable-app.js';

// Numeric character references outside Unicode (beyond U+10FFFF), surrogates and NUL in an article body: decoding one
// threw "Invalid code point", which stopped search indexing, the embedded engine's start and every plain-text render.

const BODY = [
  'Zorblax modem: <div>&#99999999;</div> and &#xD800; and &#0; and &#x110000;.',
  'Type `&#99999999;` or `&#x110000;` then [the portal](http://x/&#x110000;) or [here](https://example.com/&#99999999;).',
].join('\n\n');

let t: RestartableTestApp;
let editor: string;
const keys: Record<string, string> = {};

/** An article whose every channel variant is `body`, answerable by `question`. */
const publish = (title: string, body: string, question: string) =>
  publishArticle(t, editor, {
    title,
    body,
    summary: title,
    alternativeQuestions: [question],
    variants: { bot: body, voice: body, email: body },
  });

beforeAll(async () => {
  t = await startRestartableApp();
  editor = await t.keyFor('editor');
  for (const channel of CHANNELS)
    keys[channel] = await t.keyFor(
      channel === 'web' ? 'public' : channel === 'agent' || channel === 'email' ? 'agent' : 'bot',
      channel,
    );
});

afterAll(() => t?.close());

async function expectServed(article: { id: string; slug: string }) {
  const search = await t.http().get('/v1/search?q=zorblax').set(t.auth(keys.web));
  expect(search.status, JSON.stringify(search.body)).toBe(200);
  expect(search.body.hits.map((h: { articleId: string }) => h.articleId)).toContain(article.id);
  for (const channel of CHANNELS) {
    const render = await t
      .http()
      .get(`/v1/articles/${article.slug}/render?channel=${channel}`)
      .set(t.auth(keys[channel]));
    expect(render.status, `${channel}: ${JSON.stringify(render.body)}`).toBe(200);
    // Markdown output (agent) is the Markdown as written; every other format has decoded the references.
    if (render.body.format !== 'markdown')
      expect(render.body.content, channel).not.toMatch(/&#(?:99999999|x110000);|\u0000/i);
  }
  for (const channel of ['web', 'bot', 'voice', 'agent'] as const) {
    const answer = await t
      .http()
      .post('/v1/answers')
      .set(t.auth(keys[channel]))
      .send({ question: 'how do I fix my zorblax modem', locale: 'en' });
    expect(answer.status, `${channel}: ${JSON.stringify(answer.body)}`).toBe(200);
    expect(answer.body.answered, channel).toBe(true);
    expect(answer.body.answer.articleId, channel).toBe(article.id);
  }
}

describe('article bodies with out-of-range character references', () => {
  it('are stored, indexed, searched, rendered on every channel and answered, also after a restart', async () => {
    const article = await publish('Zorblax modem', BODY, 'how do I fix my zorblax modem');
    await t.app.get(SearchIndexer).drain();
    await t.app.get(QuestionIndex).current();
    expect((await t.app.get(SearchIndexer).status()).failures).toBe(0);
    const stored = await t.http().get(`/v1/articles/${article.id}`).set(t.auth(editor));
    expect(stored.status).toBe(200);
    await expectServed(article);
    const text = await t.http().get(`/v1/articles/${article.slug}/render?channel=bot`).set(t.auth(keys.bot));
    // HTML's rule: a reference to no character reads as U+FFFD.
    expect(text.body.content).toContain('Type \uFFFD or \uFFFD then the portal (http://x/\uFFFD)');
    // The in-process engine rebuilds its index from the database at start: the service starts and still finds it.
    await t.restart();
    await t.app.get(SearchIndexer).drain();
    await t.app.get(QuestionIndex).current();
    await expectServed(article);
  });

  it('a live revision no document can be built from is left out and counted; indexing goes on with the others', async () => {
    const broken = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(editor))
      .send({ audience: 'public', locale: 'en', title: 'Broken quux', body: 'Quux', summary: 'Quux' });
    expect(broken.status, JSON.stringify(broken.body)).toBe(201);
    // A value the application never writes (an alternative question that is not a string), as a corrupted row would
    // hold.
    await t.app
      .get(DataSource)
      .query(`UPDATE article_revisions SET alternative_questions = '[1]' WHERE article_id = $1`, [broken.body.id]);
    const published = await t
      .http()
      .post(`/v1/articles/${broken.body.id}/revisions/1/publish`)
      .set(t.auth(editor))
      .send({});
    expect(published.status, JSON.stringify(published.body)).toBeLessThan(300);
    const healthy = await publish('Healthy quux', 'Quux healthy body', 'quux question');
    const indexer = t.app.get(SearchIndexer);
    await indexer.drain();
    expect((await indexer.status()).failures).toBe(0);
    expect(t.app.get(SearchDocuments).skippedDocuments).toBe(1);
    const search = await t.http().get('/v1/search?q=quux').set(t.auth(keys.web));
    expect(search.status).toBe(200);
    expect(search.body.hits.map((h: { articleId: string }) => h.articleId)).toEqual([healthy.id]);
    // The in-process engine's rebuild at start skips it too.
    await t.restart();
    expect(t.app.get(SearchDocuments).skippedDocuments).toBe(1);
    const again = await t.http().get('/v1/search?q=quux').set(t.auth(keys.web));
    expect(again.body.hits.map((h: { articleId: string }) => h.articleId)).toEqual([healthy.id]);
  });
});
