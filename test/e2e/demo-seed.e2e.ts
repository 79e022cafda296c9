import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, readDemoContent, seedDemo } from '../../src/demo/loader.js';
import type { SeedArticle } from '../../src/demo/types.js';
import type { ImportReport } from '../../src/modules/transfer/transfer.types.js';
import { startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
let first: ImportReport;
const DEMO = await readDemoContent();

beforeAll(async () => {
  t = await startTestApp();
  editor = await t.keyFor('editor');
  first = await seedDemo(t.app);
}, 300_000);
afterAll(async () => t?.close());

/** Every article the list endpoint returns for these filters, following the cursor. */
async function listAll(query: Record<string, string>) {
  const items: {
    slug: string;
    audience: string;
    locales: { locale: string; liveRevision: number | null; live: { summary: string } | null }[];
  }[] = [];
  let cursor: string | undefined;
  do {
    const res = await t
      .http()
      .get('/v1/articles')
      .set(t.auth(editor))
      .query({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('demo seed', () => {
  it('imports every category, intent and article of the demo folder, each locale published', () => {
    expect(first).toMatchObject({
      categories: { created: DEMO.categories.length, existing: 0 },
      intents: { created: DEMO.intents.length, existing: 0 },
      articles: { created: DEMO.articles.length, updated: 0, unchanged: 0, failed: 0 },
      locales: { created: DEMO.articles.length * 2, published: DEMO.articles.length * 2, conflicts: 0 },
      issues: [],
    });
    expect(DEMO).toMatchObject({ categories: { length: 19 }, intents: { length: 47 }, articles: { length: 53 } });
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
    const res = await t
      .http()
      .get('/v1/articles/lost-or-stolen-phone/revisions/1')
      .query({ locale: 'fr' })
      .set(t.auth(editor));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'published',
      locale: 'fr',
      title: 'Téléphone perdu ou volé : bloquer votre ligne',
      author: 'demo seed',
    });
    expect(res.body.alternativeQuestions).toContain('on m’a volé mon portable');
    expect(res.body.body).toContain('## 1. Bloquez la ligne');
    expect(Object.keys(res.body.variants).sort()).toEqual(['bot', 'voice']);
    expect(res.body.internalNotes).toMatch(/IMEI/);
  });

  it('keeps agent procedures internal', async () => {
    const internal = await listAll({ audience: 'internal' });
    expect(internal.map((a) => a.slug)).toContain('agent-verify-caller-identity');
    expect(internal.length).toBe(DEMO.articles.filter((a) => a.audience === 'internal').length);
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
    const again = await seedDemo(t.app);
    expect(again).toMatchObject({
      categories: { created: 0, existing: DEMO.categories.length },
      intents: { created: 0, existing: DEMO.intents.length },
      articles: { created: 0, updated: 0, unchanged: DEMO.articles.length, failed: 0 },
      locales: { created: 0, revised: 0, unchanged: DEMO.articles.length * 2, conflicts: 0 },
      issues: [],
    });
    const after = await listAll({});
    expect(after).toHaveLength(before.length);
    const revisions = await t.http().get('/v1/articles/understand-your-bill/revisions').set(t.auth(editor));
    expect(revisions.body).toHaveLength(2);
  });

  it('completes an interrupted run by publishing the locales an article lacks', async () => {
    const [en, fr] = DEMO.articles[0].locales;
    const article: SeedArticle = {
      slug: 'interrupted-article',
      audience: 'public',
      tags: [],
      intents: [],
      locales: {
        en: { ...en, summary: en.summary ?? '', alternativeQuestions: [] },
        fr: { ...fr, summary: fr.summary ?? '', alternativeQuestions: [] },
      },
    };
    await loadContent(
      t.app,
      { categories: [], intents: [], articles: [{ ...article, locales: { en: article.locales.en } }] },
      'demo seed',
    );
    const report = await loadContent(t.app, { categories: [], intents: [], articles: [article] }, 'demo seed');
    expect(report.locales).toMatchObject({ created: 1, unchanged: 1 });
    const res = await t.http().get('/v1/articles/interrupted-article').set(t.auth(editor));
    expect(res.body.locales.map((l: { locale: string; liveRevision: number }) => [l.locale, l.liveRevision])).toEqual([
      ['en', 1],
      ['fr', 1],
    ]);
  });
});
