import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/config/app-config.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import type { KnowledgeQuery } from '../../src/modules/search/search.types.js';
import { startTestApp, TestApp } from '../support/test-app.js';

/**
 * The search contract, run against every engine that is reachable: the in-process engine always, Meilisearch too
 * when MEILI_URL is set (each run in its own index prefix).
 */
const adapters: { name: string; config: Partial<AppConfig> }[] = [{ name: 'embedded', config: {} }];
if (process.env.MEILI_URL) {
  adapters.push({
    name: 'meilisearch',
    config: {
      MEILI_URL: process.env.MEILI_URL,
      MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY,
      MEILI_INDEX_PREFIX: `savoir_t_${randomUUID().slice(0, 8)}`,
    },
  });
}

describe.each(adapters)('search contract: $name', ({ config }) => {
  let t: TestApp;
  let editor: string;
  let search: SearchService;
  let indexer: SearchIndexer;

  beforeAll(async () => {
    t = await startTestApp(config);
    editor = await t.keyFor('editor');
    search = t.app.get(SearchService);
    indexer = t.app.get(SearchIndexer);
  });
  afterAll(async () => t?.close());

  const as = () => t.auth(editor);

  async function article(fields: Record<string, unknown>, publish = true) {
    const res = await t
      .http()
      .post('/v1/articles')
      .set(as())
      .send({ audience: 'public', locale: 'en', body: 'Nothing to see.', publish, ...fields });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; slug: string; version: number };
  }

  /** Searches once everything written so far is indexed. */
  async function find(q: string, query: Partial<KnowledgeQuery> = {}) {
    await indexer.drain();
    return search.search({ q, locales: ['en'], audiences: ['public', 'internal'], limit: 10, ...query });
  }
  const ids = async (q: string, query: Partial<KnowledgeQuery> = {}) =>
    (await find(q, query)).hits.map((h) => h.articleId);

  it('tolerates typos on longer words only', async () => {
    const a = await article({
      title: 'Change your voicemail password',
      body: 'Open the settings and choose a new password.',
    });
    const pin = await article({
      title: 'Unlock your SIM with the PUK code',
      body: 'Three wrong PIN entries lock the SIM.',
    });
    expect(await ids('pasword')).toContain(a.id);
    expect(await ids('voicemial password')).toContain(a.id);
    // Four letters or fewer: no typo allowed ("pim" is not "pin").
    expect(await ids('pim')).not.toContain(pin.id);
    expect(await ids('pin')).toContain(pin.id);
  });

  it('searches the last word as a prefix (as you type), the others as whole words', async () => {
    const a = await article({ title: 'Roaming charges abroad', body: 'Roaming is included in the European Union.' });
    expect(await ids('roam')).toContain(a.id);
    expect(await ids('charges abro')).toContain(a.id);
    expect(await ids('abro charges')).toContain(a.id); // "charges" matches
    expect(await ids('abro zzzz')).not.toContain(a.id); // "abro" is not the last word: no prefix
  });

  it('stems and drops stop words in English and French', async () => {
    const en = await article({
      title: 'Cancelling a subscription',
      body: 'You can cancel at any time from your account.',
    });
    const fr = await article({
      locale: 'fr',
      title: 'Remboursements des frais',
      body: 'Nous remboursons les frais sous dix jours.',
    });
    expect(await ids('cancellations')).toContain(en.id);
    expect(await ids('cancel')).toContain(en.id);
    expect(await ids('rembourser', { locales: ['fr'] })).toContain(fr.id);
    expect(await ids('the of at any', {})).toEqual([]);
    expect(await ids('les des pour', { locales: ['fr'] })).toEqual([]);
  });

  it('keeps hyphenated words whole and never matches everything on a one-letter part', async () => {
    const a = await article({ title: 'Change your e-mail address', body: 'Your e-mail is used for invoices.' });
    const b = await article({
      locale: 'fr',
      title: 'Prendre rendez-vous en boutique',
      body: 'Le wi-fi est gratuit en boutique.',
    });
    expect(await ids('email')).toContain(a.id);
    expect(await ids('e-mail')).toContain(a.id);
    expect(await ids('rendez-vous', { locales: ['fr'] })).toContain(b.id);
    expect(await ids('wifi', { locales: ['fr'] })).toContain(b.id);
    const e = await find('e');
    expect(e.hits).toEqual([]);
  });

  it('applies editor-managed synonyms at query time, per locale', async () => {
    const a = await article({
      locale: 'fr',
      title: 'Perte de la carte bancaire',
      body: 'Faites opposition immédiatement.',
    });
    expect(await ids('cb', { locales: ['fr'] })).not.toContain(a.id);
    const group = await t
      .http()
      .post('/v1/synonyms')
      .set(as())
      .send({ locale: 'fr', terms: ['CB', 'carte bancaire', ' carte  bleue'] });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    expect(group.body.terms).toEqual(['cb', 'carte bancaire', 'carte bleue']);
    await expect.poll(() => ids('cb', { locales: ['fr'] })).toContain(a.id);
    expect(await ids('cb', { locales: ['en'] })).not.toContain(a.id);
    const removed = await t.http().delete(`/v1/synonyms/${group.body.id}`).set(as());
    expect(removed.status).toBe(204);
    await expect.poll(() => ids('cb', { locales: ['fr'] })).not.toContain(a.id);
  });

  it('matches alternative questions as strongly as titles and says which one matched', async () => {
    const a = await article({
      title: 'Water damage',
      body: 'Devices damaged by liquids are not covered by the warranty.',
      alternativeQuestions: ['my phone fell into the bathtub', 'is a wet phone covered'],
    });
    await article({ title: 'Bathtub cleaning accessories in our shop', body: 'Our shop sells accessories.' });
    const result = await find('phone fell bathtub');
    expect(result.hits[0].articleId).toBe(a.id);
    expect(result.hits[0].matchedQuestion).toBe('my phone fell into the bathtub');
  });

  it('filters by audience, tags, intents and category with its sub-categories', async () => {
    const parent = await t
      .http()
      .post('/v1/categories')
      .set(as())
      .send({ slug: 'billing-x', names: { en: 'Billing' } });
    const child = await t
      .http()
      .post('/v1/categories')
      .set(as())
      .send({ slug: 'invoices-x', names: { en: 'Invoices' }, parentId: parent.body.id });
    for (const key of ['get_invoice', 'dispute_invoice'])
      await t.http().post('/v1/intents').set(as()).send({ key, name: key });
    const pub = await article({
      title: 'Download an invoice',
      tags: ['billing', 'pdf'],
      intents: ['get_invoice'],
      categoryId: child.body.id,
    });
    const internal = await article({
      title: 'Invoice dispute procedure',
      audience: 'internal',
      tags: ['billing'],
      intents: ['dispute_invoice'],
    });
    // Only these two articles, whatever other tests indexed.
    const ids = async (q: string, query: Partial<KnowledgeQuery>) =>
      (await find(q, query)).hits.map((h) => h.articleId).filter((id) => id === pub.id || id === internal.id);
    expect(await ids('invoice', { audiences: ['public'] })).toEqual([pub.id]);
    expect((await ids('invoice', { audiences: ['public', 'internal'] })).sort()).toEqual([pub.id, internal.id].sort());
    expect(await ids('invoice', { tags: ['billing', 'pdf'] })).toEqual([pub.id]);
    expect(await ids('invoice', { intents: ['dispute_invoice'] })).toEqual([internal.id]);
    expect(await ids('invoice', { categoryId: parent.body.id })).toEqual([pub.id]);
    expect(await ids('invoice', { categoryId: child.body.id })).toEqual([pub.id]);
    expect(await ids('invoice', { categoryId: randomUUID() })).toEqual([]);
    // Metadata edits reach the index.
    const patched = await t
      .http()
      .patch(`/v1/articles/${pub.id}`)
      .set(as())
      .send({ version: pub.version, tags: ['archive'] });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(await ids('invoice', { tags: ['billing'] })).toEqual([internal.id]);
  });

  it('follows the locale fallback chain: an earlier locale hides the same article in later ones', async () => {
    const both = await article({ title: 'Porting your number', body: 'Keep your number when you join.' });
    const rev = await t
      .http()
      .post(`/v1/articles/${both.id}/revisions`)
      .set(as())
      .send({ locale: 'fr-CA', baseRevision: 0, title: 'Transférer votre number', body: 'Gardez votre number.' });
    expect(rev.status, JSON.stringify(rev.body)).toBe(201);
    const pub = await t.http().post(`/v1/articles/${both.id}/revisions/1/publish`).set(as()).send({ locale: 'fr-CA' });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    const enOnly = await article({ title: 'Number porting fees', body: 'Porting your number is free.' });
    const result = await find('number', { locales: ['fr-CA', 'en'] });
    const mine = result.hits.filter((h) => [both.id, enOnly.id].includes(h.articleId));
    expect(mine.map((h) => [h.articleId, h.locale])).toEqual([
      [both.id, 'fr-CA'],
      [enOnly.id, 'en'],
    ]);
    // A list the first locale fills leaves the later ones unsearched: the total counts the French matches only.
    const filled = await find('number', { locales: ['fr-CA', 'en'], limit: 1 });
    expect(filled.hits.map((h) => [h.articleId, h.locale])).toEqual([[both.id, 'fr-CA']]);
    expect(filled.total).toBe(1);
  });

  it('highlights matched terms in an HTML-escaped snippet', async () => {
    await article({
      title: 'Router lights',
      summary: 'If the <b>router</b> light blinks red & orange, restart it.',
      body: 'Unplug the router for ten seconds.',
    });
    const [hit] = (await find('blinks')).hits;
    expect(hit.snippet).toBe(
      'If the &lt;b&gt;router&lt;/b&gt; light <mark>blinks</mark> red &amp; orange, restart it.',
    );
    expect(hit.title).toBe('Router lights');
    const long = await article({
      title: 'Long article',
      body: `${'Filler words here. '.repeat(40)}The modem needs a firmware update. ${'More filler. '.repeat(40)}`,
    });
    const found = (await find('firmware')).hits.find((h) => h.articleId === long.id)!;
    expect(found.snippet).toContain('<mark>firmware</mark>');
    expect(found.snippet.length).toBeLessThan(300);
    expect(found.snippet.startsWith('… ')).toBe(true);
  });

  it('makes a publication searchable without waiting, and takes unpublished, archived and expired content out', async () => {
    const a = await article({ title: 'Quokka plan details' });
    // No drain: the relay wakes on commit.
    await expect
      .poll(
        async () =>
          (await search.search({ q: 'quokka', locales: ['en'], audiences: ['public'], limit: 5 })).hits.map(
            (h) => h.articleId,
          ),
        { timeout: 1_000 },
      )
      .toEqual([a.id]);
    expect((await t.http().post(`/v1/articles/${a.id}/unpublish`).set(as()).send({})).status).toBe(200);
    expect(await ids('quokka')).toEqual([]);

    const b = await article({ title: 'Wombat plan details' });
    expect(await ids('wombat')).toEqual([b.id]);
    expect((await t.http().post(`/v1/articles/${b.id}/archive`).set(as()).send({})).status).toBe(200);
    expect(await ids('wombat')).toEqual([]);

    const c = await article({ title: 'Numbat plan details' }, false);
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    expect((await t.http().post(`/v1/articles/${c.id}/revisions/1/publish`).set(as()).send({ expiresAt })).status).toBe(
      200,
    );
    expect(await ids('numbat')).toEqual([c.id]);
    await expect.poll(() => ids('numbat'), { timeout: 5_000 }).toEqual([]);
  });

  it('rebuilds the index from the database and resumes the outbox from the position the rebuild reflects', async () => {
    const a = await article({ title: 'Platypus insurance terms' });
    await indexer.drain();
    const lastEvent = async () =>
      BigInt((await t.app.get(DataSource).query(`SELECT max(id)::text AS max FROM content_events`))[0].max);
    const progress: number[] = [];
    const before = await lastEvent();
    const count = await indexer.rebuild(({ done }) => progress.push(done));
    const after = await lastEvent();
    expect(count).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBe(count);
    expect(await ids('platypus')).toEqual([a.id]);
    // Background jobs (the expiry of an earlier test's article) may add events meanwhile: the position recorded is
    // the last event when the rebuild read the database.
    const position = BigInt((await indexer.status()).lastEventId);
    expect(position >= before && position <= after).toBe(true);
    const b = await article({ title: 'Platypus insurance claims' });
    expect((await ids('platypus')).sort()).toEqual([a.id, b.id].sort());
  });

  it('ranks candidate answers for a complete question with the phrasing that matched', async () => {
    const a = await article({
      title: 'Pay a bill by card',
      alternativeQuestions: ['how can I pay my bill online', 'pay invoice with a credit card'],
    });
    await indexer.drain();
    const [best] = await search.answerCandidates({
      q: 'how can i pay my bill online',
      locales: ['en'],
      audiences: ['public'],
      limit: 3,
    });
    expect(best.articleId).toBe(a.id);
    expect(best.matchedQuestion).toBe('how can I pay my bill online');
    expect(best.similarity).toBe(1);
  });
});
