import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { rollUpEverything } from '../support/analytics-fixtures.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';
import { publishArticle, publishLocale } from '../support/factories.js';

let t: TestApp;
let editor: string;
let publicKey: string;
let botKey: string;
let voiceKey: string;
let agentKey: string;
let emailKey: string;
const as = (secret: string) => t.auth(secret);

/** Served rows are written off the request path: flush them before looking. */
async function servedRow(id: string) {
  await t.app.get(ServedLogService).flush();
  const [row] = await t.app.get(DataSource).query(`SELECT * FROM served_answers WHERE id = $1`, [id]);
  return row;
}

/** Indexing follows the outbox: wait until the engine and the question matcher have caught up. */
const ready = async () => {
  await t.app.get(SearchIndexer).drain();
  await t.app.get(QuestionIndex).current();
};

let pin: { id: string; slug: string };
let internal: { id: string; slug: string };
let billing: { id: string; slug: string };
let categoryId: string;

beforeAll(async () => {
  t = await startTestApp();
  [editor, publicKey, botKey, voiceKey, agentKey, emailKey] = await Promise.all([
    t.keyFor('editor'),
    t.keyFor('public', 'web'),
    t.keyFor('bot', 'bot'),
    t.keyFor('bot', 'voice'),
    t.keyFor('agent', 'agent'),
    t.keyFor('agent', 'email'),
  ]);
  const category = await t
    .http()
    .post('/v1/categories')
    .set(t.auth(ADMIN_KEY))
    .send({ slug: 'voicemail', names: { en: 'Voicemail' } });
  categoryId = category.body.id;
  pin = await publishArticle(t, editor, {
    title: 'How do I reset my voicemail PIN?',
    body: '## Steps\n\nOpen **Settings** then *Security* and choose Reset PIN. <script>alert("x")</script>\n\nSee [the guide](https://example.com/pin) 📞 for 100% of the details.',
    summary: 'Go to Settings, Security, Reset PIN.',
    alternativeQuestions: [
      'forgot my voicemail pin',
      'change voicemail code',
      'voicemail password reset',
      'I cannot remember my voicemail PIN',
    ],
    variants: {
      bot: 'Open Settings > Security > Reset PIN.',
      voice: 'Open the settings, then security, then choose reset PIN.',
      email: 'You can reset your voicemail PIN in Settings, under Security.',
    },
    internalNotes: 'Check the caller identity first.',
    categoryId,
  });
  await publishLocale(t, editor, pin.id, 'fr', {
    title: 'Comment réinitialiser mon code de messagerie ?',
    body: 'Ouvrez **Réglages** puis Sécurité.',
    summary: 'Réglages, Sécurité, Réinitialiser.',
    alternativeQuestions: ['code messagerie oublié', 'changer le code de ma messagerie vocale'],
  });
  internal = await publishArticle(t, editor, {
    audience: 'internal',
    title: 'Goodwill credit policy',
    body: 'Agents may grant up to 20 euros of goodwill credit.',
    alternativeQuestions: ['how much goodwill credit can I give', 'goodwill gesture limit'],
  });
  billing = await publishArticle(t, editor, {
    title: 'Why is my bill higher this month?',
    body: 'Your bill includes roaming charges and one-off fees. Check the detailed bill in your account. Contact us if a charge is wrong.',
    summary: 'Roaming and one-off fees are the usual reasons.',
    alternativeQuestions: ['my invoice is too high', 'unexpected charges on my bill', 'why did my bill go up'],
  });
  await publishArticle(t, editor, { title: 'Draft only: new tariffs', body: 'Not yet published.', publish: false });
  await ready();
});
afterAll(async () => t?.close());

describe('channel profiles', () => {
  it('are seeded for every channel and readable by agents, not by public keys', async () => {
    const list = await t.http().get('/v1/channel-profiles').set(as(agentKey));
    expect(list.status).toBe(200);
    expect(list.body.map((p: { channel: string }) => p.channel).sort()).toEqual([
      'agent',
      'bot',
      'email',
      'voice',
      'web',
    ]);
    const voice = list.body.find((p: { channel: string }) => p.channel === 'voice');
    expect(voice).toMatchObject({ audiences: ['public'], format: 'speech', variantOrder: ['voice', 'bot', 'web'] });
    expect(list.body.find((p: { channel: string }) => p.channel === 'agent')).toMatchObject({
      audiences: ['public', 'internal'],
      format: 'markdown',
      includeInternalNotes: true,
    });
    expect((await t.http().get('/v1/channel-profiles/web').set(as(publicKey))).status).toBe(403);
    expect((await t.http().get('/v1/channel-profiles/fax').set(as(agentKey))).status).toBe(404);
  });

  it('are edited by admins only, with the version they are based on', async () => {
    const current = (await t.http().get('/v1/channel-profiles/email').set(as(agentKey))).body;
    expect(
      (
        await t
          .http()
          .patch('/v1/channel-profiles/email')
          .set(as(editor))
          .send({ maxChars: 3000, version: current.version })
      ).status,
    ).toBe(403);
    const patched = await t
      .http()
      .patch('/v1/channel-profiles/email')
      .set(t.auth(ADMIN_KEY))
      .send({ maxChars: 3000, version: current.version });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ maxChars: 3000, version: current.version + 1, format: 'text' });
    const stale = await t
      .http()
      .patch('/v1/channel-profiles/email')
      .set(t.auth(ADMIN_KEY))
      .send({ maxChars: 2000, version: current.version });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(current.version + 1);
    const incomplete = await t
      .http()
      .put('/v1/channel-profiles/email')
      .set(t.auth(ADMIN_KEY))
      .set('If-Match', String(current.version + 1))
      .send({ maxChars: 2000 });
    expect(incomplete.status).toBe(400);
    const bad = await t
      .http()
      .patch('/v1/channel-profiles/email')
      .set(t.auth(ADMIN_KEY))
      .send({ format: 'pdf', minConfidence: 2, version: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['format', 'minConfidence']);
  });

  it('keep the bot, voice and email channels on plain-text formats: markdown and html would carry raw HTML and links', async () => {
    for (const channel of ['bot', 'voice', 'email']) {
      const { version } = (await t.http().get(`/v1/channel-profiles/${channel}`).set(as(agentKey))).body;
      for (const format of ['markdown', 'html']) {
        const refused = await t
          .http()
          .patch(`/v1/channel-profiles/${channel}`)
          .set(t.auth(ADMIN_KEY))
          .send({ format, version });
        expect(refused.status, `${channel} ${format}`).toBe(400);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.body.errors).toEqual([
          {
            field: 'format',
            message: 'must be text or speech for the bot, voice, email channels, whose clients take plain text',
          },
        ]);
      }
      const speech = await t
        .http()
        .patch(`/v1/channel-profiles/${channel}`)
        .set(t.auth(ADMIN_KEY))
        .send({ format: channel === 'voice' ? 'speech' : 'text', version });
      expect(speech.status).toBe(200);
    }
    const { version } = (await t.http().get('/v1/channel-profiles/agent').set(as(agentKey))).body;
    expect(
      (await t.http().patch('/v1/channel-profiles/agent').set(t.auth(ADMIN_KEY)).send({ format: 'markdown', version }))
        .status,
    ).toBe(200);
  });
});

describe('GET /v1/search', () => {
  it('returns highlighted hits in the contract shape and logs the search', async () => {
    const res = await t.http().get('/v1/search?q=voicemail%20pin&locale=en&limit=5').set(as(publicKey));
    expect(res.status).toBe(200);
    expect(res.body.searchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.hits[0]).toMatchObject({
      articleId: pin.id,
      revision: 1,
      locale: 'en',
      title: 'How do I reset my voicemail PIN?',
    });
    expect(res.body.hits[0].snippet).toContain('<mark>');
    expect(res.body.hits[0].score).toBeGreaterThan(0);
    await t.app.get(ServedLogService).flush();
    const [row] = await t.app.get(DataSource).query(`SELECT * FROM searches WHERE id = $1`, [res.body.searchId]);
    expect(row).toMatchObject({
      kind: 'search',
      channel: 'web',
      query: 'voicemail pin',
      locale: 'en',
      hit_count: res.body.hits.length,
    });
  });

  it('never shows internal or unpublished articles to public and bot keys, and shows internal ones to agents', async () => {
    for (const key of [publicKey, botKey]) {
      const res = await t.http().get('/v1/search?q=goodwill%20credit').set(as(key));
      expect(res.body.hits.map((h: { articleId: string }) => h.articleId)).not.toContain(internal.id);
      expect((await t.http().get('/v1/search?q=tariffs').set(as(key))).body.hits).toEqual([]);
    }
    const agent = await t.http().get('/v1/search?q=goodwill%20credit').set(as(agentKey));
    expect(agent.body.hits[0].articleId).toBe(internal.id);
    expect((await t.http().get('/v1/search?q=tariffs').set(as(agentKey))).body.hits).toEqual([]);
  });

  it('filters by category, falls back along the locale chain and rejects bad input', async () => {
    const inCategory = await t.http().get('/v1/search?q=bill&category=voicemail').set(as(publicKey));
    expect(inCategory.body.hits).toEqual([]);
    const fr = await t.http().get('/v1/search?q=messagerie&locale=fr-CA').set(as(publicKey));
    expect(fr.body.hits[0]).toMatchObject({ articleId: pin.id, locale: 'fr' });
    expect(fr.body.locales).toEqual(['fr-CA', 'fr', 'en']);
    expect((await t.http().get('/v1/search').set(as(publicKey))).status).toBe(400);
    expect((await t.http().get('/v1/search?q=x&limit=500').set(as(publicKey))).status).toBe(400);
  });
});

describe('GET /v1/articles/:idOrSlug/render', () => {
  it('serves sanitised HTML on the web channel, with a servedId logged', async () => {
    const res = await t.http().get(`/v1/articles/${pin.slug}/render`).set(as(publicKey));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      articleId: pin.id,
      revision: 1,
      locale: 'en',
      channel: 'web',
      format: 'html',
      variant: 'body',
    });
    expect(res.body.content).toContain('<strong>Settings</strong>');
    expect(res.body.content).not.toContain('<script');
    expect(res.body.internalNotes).toBeUndefined();
    const row = await servedRow(res.body.servedId);
    expect(row).toMatchObject({
      channel: 'web',
      kind: 'render',
      article_id: pin.id,
      revision: 1,
      locale: 'en',
      variant: 'body',
    });
  });

  it('serves the bot variant as short plain text and speech-safe text to voice', async () => {
    const bot = await t.http().get(`/v1/articles/${pin.id}/render`).set(as(botKey));
    expect(bot.body).toMatchObject({
      format: 'text',
      variant: 'bot',
      content: 'Open Settings > Security > Reset PIN.',
    });
    const voice = await t.http().get(`/v1/articles/${billing.id}/render`).set(as(voiceKey));
    expect(voice.body).toMatchObject({ format: 'speech', variant: 'body', channel: 'voice' });
    const web = await t.http().get(`/v1/articles/${pin.id}/render?channel=voice`).set(as(botKey));
    expect(web.body.variant).toBe('voice');
    // Without a voice variant, the body is made speakable: no URLs, markup or emoji; symbols spoken.
    const profile = (await t.http().get('/v1/channel-profiles/voice').set(as(agentKey))).body;
    await t
      .http()
      .patch('/v1/channel-profiles/voice')
      .set(t.auth(ADMIN_KEY))
      .send({ variantOrder: [], version: profile.version });
    const spoken = await t.http().get(`/v1/articles/${pin.id}/render`).set(as(voiceKey));
    expect(spoken.body.variant).toBe('body');
    const speech = spoken.body.content;
    expect(speech).not.toMatch(/https?:|<|>|\*|#|\p{Extended_Pictographic}/u);
    expect(speech).toContain('100 percent');
    expect(speech.length).toBeLessThanOrEqual(400);
  });

  it('gives agents Markdown with internal notes, and internal articles to agents only', async () => {
    const agent = await t.http().get(`/v1/articles/${pin.id}/render`).set(as(agentKey));
    expect(agent.body).toMatchObject({ format: 'markdown', internalNotes: 'Check the caller identity first.' });
    expect(agent.body.content).toContain('**Settings**');
    expect((await t.http().get(`/v1/articles/${internal.id}/render`).set(as(agentKey))).status).toBe(200);
    for (const key of [publicKey, botKey]) {
      expect((await t.http().get(`/v1/articles/${internal.id}/render`).set(as(key))).status).toBe(404);
      // Asking for the agent channel does not help: the role forbids it, or bounds what it sees.
      expect((await t.http().get(`/v1/articles/${internal.id}/render?channel=agent`).set(as(key))).status).toBe(403);
    }
  });

  it('falls back along the locale chain and says which locale it served', async () => {
    const frCA = await t.http().get(`/v1/articles/${pin.id}/render?locale=fr-CA`).set(as(publicKey));
    expect(frCA.body).toMatchObject({
      locale: 'fr',
      requestedLocale: 'fr-CA',
      title: 'Comment réinitialiser mon code de messagerie ?',
    });
    const de = await t.http().get(`/v1/articles/${billing.id}/render?locale=de-AT`).set(as(publicKey));
    expect(de.body).toMatchObject({ locale: 'en', requestedLocale: 'de-AT' });
  });

  it('answers 404 for drafts, unknown articles and bad input with 400', async () => {
    const draft = await t.http().get('/v1/articles/draft-only-new-tariffs/render').set(as(agentKey));
    expect(draft.status).toBe(404);
    expect(draft.headers['content-type']).toContain('application/problem+json');
    expect((await t.http().get('/v1/articles/nope/render').set(as(publicKey))).status).toBe(404);
    expect((await t.http().get(`/v1/articles/${pin.id}/render?locale=english!`).set(as(publicKey))).status).toBe(400);
    // The editor route on the same prefix still works.
    expect((await t.http().get(`/v1/articles/${pin.id}`).set(as(agentKey))).body.slug).toBe(pin.slug);
  });

  it('serves what is live now: a new revision, an unpublish and an expiry are seen by the very next request', async () => {
    const render = () => t.http().get(`/v1/articles/${article.id}/render`).set(as(publicKey));
    const article = await publishArticle(t, editor, { title: 'Opening hours', body: 'We are open from 9 to 5.' });
    expect((await render()).body).toMatchObject({ revision: 1, content: '<p>We are open from 9 to 5.</p>' });

    const second = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions`)
      .set(as(editor))
      .send({ locale: 'en', baseRevision: 1, title: 'Opening hours', body: 'We are open from 8 to 8.' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const expiresAt = new Date(Date.now() + 1500);
    expect(
      (
        await t
          .http()
          .post(`/v1/articles/${article.id}/revisions/2/publish`)
          .set(as(editor))
          .send({ locale: 'en', expiresAt })
      ).status,
    ).toBe(200);
    expect((await render()).body).toMatchObject({ revision: 2, content: '<p>We are open from 8 to 8.</p>' });
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 50));
    expect((await render()).status).toBe(404);

    const third = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions`)
      .set(as(editor))
      .send({ locale: 'en', baseRevision: 2, title: 'Opening hours', body: 'Open around the clock.' });
    expect(
      (
        await t
          .http()
          .post(`/v1/articles/${article.id}/revisions/${third.body.number}/publish`)
          .set(as(editor))
          .send({ locale: 'en' })
      ).status,
    ).toBe(200);
    expect((await render()).body).toMatchObject({ revision: third.body.number });
    expect((await t.http().post(`/v1/articles/${article.id}/unpublish`).set(as(editor)).send({})).status).toBe(200);
    expect((await render()).status).toBe(404);
  });
});

describe('GET /v1/faq', () => {
  it('lists live public articles of a category, most served first', async () => {
    await rollUpEverything(t.app);
    const all = await t.http().get('/v1/faq?locale=en').set(as(publicKey));
    expect(all.status).toBe(200);
    const ids = all.body.items.map((i: { articleId: string }) => i.articleId);
    expect(ids).toContain(pin.id);
    expect(ids).toContain(billing.id);
    expect(ids).not.toContain(internal.id);
    expect(ids[0]).toBe(pin.id); // rendered several times on the web channel above
    expect(ids.indexOf(billing.id)).toBeGreaterThan(0);
    // Lists are cached, but a publication shows at once.
    const roaming = await publishArticle(t, editor, {
      title: 'Roaming in Europe',
      body: 'Roaming is included in the EU.',
    });
    expect(
      (await t.http().get('/v1/faq?locale=en').set(as(publicKey))).body.items.map(
        (i: { articleId: string }) => i.articleId,
      ),
    ).toContain(roaming.id);
    // Served more on the web than any other: first once the rollup has counted it (in a list not cached yet: cached
    // ones follow the rollups within a few seconds).
    for (let i = 0; i < 6; i += 1)
      expect((await t.http().get(`/v1/articles/${billing.slug}/render`).set(as(publicKey))).status).toBe(200);
    await rollUpEverything(t.app);
    expect((await t.http().get('/v1/faq?locale=en&limit=5').set(as(publicKey))).body.items[0].articleId).toBe(
      billing.id,
    );
    const inCategory = await t.http().get('/v1/faq?category=voicemail&locale=fr').set(as(publicKey));
    expect(inCategory.body.items).toEqual([
      expect.objectContaining({ articleId: pin.id, locale: 'fr', summary: 'Réglages, Sécurité, Réinitialiser.' }),
    ]);
    expect((await t.http().get('/v1/faq?category=nothing').set(as(publicKey))).status).toBe(400);
  });
});

describe('POST /v1/answers', () => {
  it('answers a paraphrase with a confidence, logs it with the query redacted', async () => {
    const res = await t
      .http()
      .post('/v1/answers')
      .set(as(botKey))
      .send({ question: 'I forgot my voicemail PIN, call me on +33 6 12 34 56 78', locale: 'en', sessionId: 's-1' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ answered: true, handoff: false, channel: 'bot' });
    expect(res.body.confidence).toBeGreaterThan(0.2);
    expect(res.body.confidence).toBeLessThanOrEqual(1);
    expect(res.body.answer).toMatchObject({
      articleId: pin.id,
      revision: 1,
      locale: 'en',
      format: 'text',
      variant: 'bot',
    });
    const row = await servedRow(res.body.servedId);
    expect(row).toMatchObject({
      kind: 'answer',
      channel: 'bot',
      article_id: pin.id,
      rank: 1,
      session_id: 's-1',
      search_id: res.body.searchId,
    });
    expect(row.query).toBe('I forgot my voicemail PIN, call me on [phone]');
    const [search] = await t.app.get(DataSource).query(`SELECT * FROM searches WHERE id = $1`, [res.body.searchId]);
    expect(search).toMatchObject({
      kind: 'answer',
      channel: 'bot',
      query: 'I forgot my voicemail PIN, call me on [phone]',
    });
  });

  it('hands off below the channel threshold, and never answers public keys from internal content', async () => {
    const off = await t
      .http()
      .post('/v1/answers')
      .set(as(botKey))
      .send({ question: 'what is the weather on mars tomorrow', locale: 'en' });
    expect(off.body).toMatchObject({ answered: false, handoff: true, servedId: null });
    expect(off.body.answer).toBeUndefined();
    expect(off.body.confidence).toBeLessThan(off.body.threshold);
    const hidden = await t
      .http()
      .post('/v1/answers')
      .set(as(publicKey))
      .send({ question: 'how much goodwill credit can I give' });
    expect(hidden.body.answer?.articleId).not.toBe(internal.id);
    expect(hidden.body.alternatives.map((a: { articleId: string }) => a.articleId)).not.toContain(internal.id);
    const agent = await t
      .http()
      .post('/v1/answers')
      .set(as(agentKey))
      .send({ question: 'how much goodwill credit can I give' });
    expect(agent.body.answer).toMatchObject({ articleId: internal.id, format: 'markdown' });
  });

  it('answers a question asked before from what is published now, not from a remembered answer', async () => {
    const question = { question: 'how do I lend my satellite dish to a neighbour', locale: 'en' };
    const before = await t.http().post('/v1/answers').set(as(botKey)).send(question);
    expect(before.body).toMatchObject({ answered: false, handoff: true });
    const dish = await publishArticle(t, editor, {
      title: 'Lending your satellite dish',
      body: 'A satellite dish can be lent to a neighbour for up to a month.',
      alternativeQuestions: ['can I lend my satellite dish to a neighbour', 'lend satellite dish neighbour'],
    });
    await ready();
    const after = await t.http().post('/v1/answers').set(as(botKey)).send(question);
    expect(after.body).toMatchObject({ answered: true, answer: { articleId: dish.id } });
  });

  it('answers in the locale chain: French question, fr-CA requested', async () => {
    const res = await t
      .http()
      .post('/v1/answers')
      .set(as(botKey))
      .send({ question: "j'ai oublié le code de ma messagerie", locale: 'fr-CA' });
    expect(res.body).toMatchObject({ answered: true, locales: ['fr-CA', 'fr', 'en'] });
    expect(res.body.answer).toMatchObject({ articleId: pin.id, locale: 'fr', requestedLocale: 'fr-CA' });
  });

  it('answers an article in the first locale of the chain that has it; a later locale only adds articles missing before', async () => {
    const mower = await publishArticle(t, editor, {
      title: 'Lending your lawn mower',
      body: 'Mowers can be lent.',
      alternativeQuestions: ['can I lend my lawn mower', 'lend lawn mower neighbour'],
    });
    const ladder = await publishArticle(t, editor, {
      title: 'Renting a ladder',
      body: 'Ladders are rented by the day.',
      alternativeQuestions: ['ladder rental', 'rent a ladder from the shop'],
    });
    await publishLocale(t, editor, ladder.id, 'fr', {
      title: 'Louer une échelle',
      body: 'Les échelles se louent à la journée.',
      alternativeQuestions: ['location échelle'],
    });
    await ready();
    const fallback = await t
      .http()
      .post('/v1/answers')
      .set(as(botKey))
      .send({ question: 'lend lawn mower neighbour', locale: 'fr' });
    expect(fallback.body).toMatchObject({
      answered: true,
      answer: { articleId: mower.id, locale: 'en', requestedLocale: 'fr' },
    });
    // Asked in English with a French chain: the ladder's English phrasing matches, but the article has a French
    // version.
    const translated = await t
      .http()
      .post('/v1/answers')
      .set(as(botKey))
      .send({ question: 'ladder rental', locale: 'fr' });
    expect(translated.status).toBe(200);
    expect([translated.body.answer?.articleId, translated.body.answer?.locale]).not.toEqual([ladder.id, 'en']);
    const english = await t
      .http()
      .post('/v1/answers')
      .set(as(botKey))
      .send({ question: 'ladder rental', locale: 'en' });
    expect(english.body).toMatchObject({ answered: true, answer: { articleId: ladder.id, locale: 'en' } });
  });

  it('rejects bad input with the fields named', async () => {
    const res = await t.http().post('/v1/answers').set(as(botKey)).send({ question: '', locale: 'x y', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'locale', 'question']);
  });
});

describe('POST /v1/suggestions/reply', () => {
  it('strips quoted history and the signature, suggests articles and drafts a reply from their email variants', async () => {
    const res = await t.http().post('/v1/suggestions/reply').set(as(emailKey)).send({
      subject: 'Voicemail',
      body: 'Hello,\n\nI forgot my voicemail PIN. My email is marie@example.com.\n\nThanks,\nMarie\n\nOn Mon, 3 Nov 2025, Support <s@example.com> wrote:\n> Your bill is higher this month because of roaming charges.',
      locale: 'en',
    });
    expect(res.status).toBe(200);
    expect(res.body.question).toBe('Hello,\n\nI forgot my voicemail PIN. My email is marie@example.com.');
    expect(res.body.suggestions[0]).toMatchObject({ articleId: pin.id, variant: 'email', format: 'text' });
    expect(res.body.servedIds).toHaveLength(res.body.suggestions.length);
    expect(res.body.draftedBy).toBe('template');
    expect(res.body.draftReply).toContain('You can reset your voicemail PIN in Settings, under Security.');
    expect(res.body.draftReply).not.toContain('roaming');
    expect(res.body.citations).toContain(pin.id);
    const row = await servedRow(res.body.servedIds[0]);
    expect(row).toMatchObject({ kind: 'suggestion', channel: 'email', article_id: pin.id, rank: 1 });
    expect(row.query).toContain('[email]');
    expect(row.query).not.toContain('marie@example.com');
  });

  it('is for agents only', async () => {
    expect(
      (await t.http().post('/v1/suggestions/reply').set(as(botKey)).send({ subject: 'x', body: 'y' })).status,
    ).toBe(403);
  });
});
