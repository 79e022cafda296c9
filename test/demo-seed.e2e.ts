import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONTENT } from '../src/demo/content.js';
import { loadContent, SeedReport } from '../src/demo/loader.js';
import type { SeedArticle } from '../src/demo/types.js';
import { startTestApp, TestApp } from './support/test-app.js';

let t: TestApp;
let editor: string;
let first: SeedReport;

beforeAll(async () => {
  t = await startTestApp();
  editor = await t.keyFor('editor');
  first = await loadContent(t.app, DEMO_CONTENT);
}, 300_000);
afterAll(async () => t?.close());

/** Every article the list endpoint returns for these filters, following the cursor. */
async function listAll(query: Record<string, string>) {
  const items: { slug: string; audience: string; locales: { locale: string; liveRevision: number | null; live: { summary: string } | null }[] }[] = [];
  let cursor: string | undefined;
  do {
    const res = await t.http().get('/v1/articles').set(t.auth(editor)).query({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('demo seed', () => {
  it('creates every category, intent and article of the demo content', () => {
    expect(first).toEqual({
      categories: { created: DEMO_CONTENT.categories.length, existing: 0 },
      intents: { created: DEMO_CONTENT.intents.length, existing: 0 },
      articles: { created: DEMO_CONTENT.articles.length, existing: 0 },
      localesAdded: 0,
    });
  });

  it('publishes at least 45 articles in both English and French, each with a short answer', async () => {
    for (const locale of ['en', 'fr']) {
      const live = await listAll({ publication: 'live', locale });
      expect(live.length, locale).toBeGreaterThanOrEqual(45);
      for (const article of live) {
        const state = article.locales.find((l) => l.locale === locale);
        expect(state?.liveRevision, `${article.slug}/${locale}`).toBe(1);
        expect(state?.live?.summary.length, `${article.slug}/${locale}`).toBeGreaterThan(40);
      }
    }
  });

  it('serves revisions with alternative questions, channel variants and internal notes', async () => {
    const res = await t.http().get('/v1/articles/lost-or-stolen-phone/revisions/1').query({ locale: 'fr' }).set(t.auth(editor));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', locale: 'fr', title: 'Téléphone perdu ou volé : bloquer votre ligne', author: 'demo seed' });
    expect(res.body.alternativeQuestions).toContain('on m’a volé mon portable');
    expect(res.body.body).toContain('## 1. Bloquez la ligne');
    expect(Object.keys(res.body.variants).sort()).toEqual(['bot', 'voice']);
    expect(res.body.internalNotes).toMatch(/IMEI/);
  });

  it('keeps agent procedures internal', async () => {
    const internal = await listAll({ audience: 'internal' });
    expect(internal.map((a) => a.slug)).toContain('agent-verify-caller-identity');
    expect(internal.length).toBe(DEMO_CONTENT.articles.filter((a) => a.audience === 'internal').length);
  });

  it('files articles under a bilingual category tree and links them to intents', async () => {
    const tree = await t.http().get('/v1/categories').set(t.auth(editor));
    expect(tree.status).toBe(200);
    const billing = tree.body.find((c: { slug: string }) => c.slug === 'billing-payments');
    expect(billing.names).toEqual({ en: 'Billing & payments', fr: 'Facture et paiement' });
    expect(billing.children.map((c: { slug: string }) => c.slug)).toEqual(['bills', 'payments']);
    expect(await listAll({ category: 'billing-payments' })).toHaveLength(8);

    const intent = await t.http().get('/v1/intents/sim.lost_stolen').set(t.auth(editor));
    expect(intent.status).toBe(200);
    expect(intent.body.name).toBe('Lost or stolen phone');
    expect((await listAll({ intent: 'sim.lost_stolen' })).map((a) => a.slug)).toEqual(['lost-or-stolen-phone']);
  });

  it('is idempotent: a second run creates nothing', async () => {
    const before = await listAll({});
    const again = await loadContent(t.app, DEMO_CONTENT);
    expect(again).toEqual({
      categories: { created: 0, existing: DEMO_CONTENT.categories.length },
      intents: { created: 0, existing: DEMO_CONTENT.intents.length },
      articles: { created: 0, existing: DEMO_CONTENT.articles.length },
      localesAdded: 0,
    });
    const after = await listAll({});
    expect(after).toHaveLength(before.length);
    const revisions = await t.http().get('/v1/articles/understand-your-bill/revisions').set(t.auth(editor));
    expect(revisions.body).toHaveLength(2);
  });

  it('completes an interrupted run by publishing the locales an article lacks', async () => {
    const source = DEMO_CONTENT.articles[0];
    const article: SeedArticle = { ...source, slug: 'interrupted-article', category: undefined, intents: [] };
    await loadContent(t.app, { categories: [], intents: [], articles: [{ ...article, locales: { en: source.locales.en } }] });
    const report = await loadContent(t.app, { categories: [], intents: [], articles: [article] });
    expect(report.localesAdded).toBe(1);
    const res = await t.http().get('/v1/articles/interrupted-article').set(t.auth(editor));
    expect(res.body.locales.map((l: { locale: string; liveRevision: number }) => [l.locale, l.liveRevision])).toEqual([['en', 1], ['fr', 1]]);
  });
});
