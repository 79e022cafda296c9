import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTo, importPath } from '../../src/cli/transfer-commands.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { TaxonomyService } from '../../src/modules/taxonomy/taxonomy.service.js';
import { ImportService } from '../../src/modules/transfer/import.service.js';
import type {
  ImportFormat,
  ImportItem,
  ImportOptions,
  ImportProgress,
  ImportReport,
  ImportSource,
} from '../../src/modules/transfer/transfer.types.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'transfer');
const ZENDESK = join(FIXTURES, 'zendesk');
const CSV = join(FIXTURES, 'faq-fr-excel.csv');
const MARKDOWN = join(FIXTURES, 'markdown');

let t: TestApp;
let editor: string;

beforeAll(async () => {
  t = await startTestApp();
  editor = await t.keyFor('editor');
}, 120_000);
afterAll(async () => t?.close());

const importInto = (
  app: TestApp,
  path: string,
  format: ImportFormat,
  options: Partial<ImportOptions> = {},
): Promise<ImportReport> =>
  importPath(
    app.app,
    path,
    format,
    { publish: true, dryRun: false, onConflict: 'report', author: 'importer', ...options },
    false,
  );

const run = (path: string, format: ImportFormat, options: Partial<ImportOptions> = {}) =>
  importInto(t, path, format, options);

const get = async (path: string, query: Record<string, string> = {}) => {
  const res = await t.http().get(path).query(query).set(t.auth(editor));
  expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

const localeState = async (slug: string, locale: string) =>
  (await get(`/v1/articles/${slug}`)).locales.find((l: { locale: string }) => l.locale === locale);

const scratch = () => mkdtemp(join(tmpdir(), 'savoir-transfer-test-'));

/** A copy of the Zendesk fixture with some article bodies replaced, as a later export of the same help centre. */
async function editedZendesk(changes: Record<number, string>): Promise<string> {
  const dir = await scratch();
  await cp(ZENDESK, dir, { recursive: true });
  const file = join(dir, 'articles-page-1.json');
  const page = JSON.parse(await readFile(file, 'utf8'));
  for (const article of page.articles) if (changes[article.id]) article.body = changes[article.id];
  await writeFile(file, JSON.stringify(page));
  return dir;
}

describe('Zendesk Help Center import', () => {
  let first: ImportReport;
  beforeAll(async () => {
    first = await run(ZENDESK, 'zendesk');
  }, 120_000);

  it('imports every article with its French translation, drafts left unpublished', async () => {
    expect(first).toMatchObject({
      articles: { created: 30, updated: 0, unchanged: 0, failed: 0 },
      locales: { created: 56, published: 53, conflicts: 0 },
      categories: { created: 9 },
    });
    expect(first.issues).toEqual([
      expect.objectContaining({
        level: 'warning',
        slug: 'add-data',
        locale: 'fr',
        message: expect.stringMatching(/outdated/),
      }),
    ]);
    expect(await localeState('read-your-bill', 'fr')).toMatchObject({ liveRevision: 1 });
    expect(await localeState('late-payment', 'en-US')).toMatchObject({ headRevision: 1, liveRevision: null });
    expect(await localeState('transfer-an-esim', 'fr')).toMatchObject({ headRevision: 1, liveRevision: null });
    expect(await get('/v1/articles/read-your-bill')).toMatchObject({
      audience: 'public',
      tags: expect.arrayContaining(['lumio', 'promoted']),
    });
    expect(await get('/v1/articles/data-usage')).toMatchObject({ audience: 'internal' });
  });

  it('converts HTML to Markdown, rewrites links between articles to slugs and keeps images and attachments as links', async () => {
    const en = await get('/v1/articles/read-your-bill/revisions/1', { locale: 'en-US' });
    expect(en.body).toContain('## Steps');
    expect(en.body).toContain('[pay by card](/articles/pay-by-card)');
    expect(en.body).toContain('![Screenshot](https://lumio.zendesk.com/hc/article_attachments/9000/screenshot.png)');
    expect(en.body).toMatch(/\| Plan \| Price \|/);
    expect(en.body).toContain('[form (PDF)](https://lumio.zendesk.com/hc/article_attachments/9500/form.pdf)');
    expect(en.body).toContain('[your account](https://my.lumio.example)');
    expect(en.summary).toBe(
      'This article explains how to read your bill with Lumio. Most customers do it online in a few minutes.',
    );
    const fr = await get('/v1/articles/read-your-bill/revisions/1', { locale: 'fr' });
    expect(fr.body).toContain('[l’article lié](/articles/pay-by-card)');
  });

  it('files articles under the categories and (nested) sections', async () => {
    const tree = await get('/v1/categories');
    const mobile = tree.find((c: { slug: string }) => c.slug === 'mobile');
    expect(mobile.names).toEqual({ 'en-US': 'Mobile' });
    expect(
      mobile.children.map((c: { slug: string; children: { slug: string }[] }) => [
        c.slug,
        c.children.map((d) => d.slug),
      ]),
    ).toEqual([
      ['sim-cards', ['esim']],
      ['roaming', []],
    ]);
    expect((await get('/v1/articles', { category: 'esim' })).items.map((a: { slug: string }) => a.slug).sort()).toEqual(
      ['order-an-esim', 'transfer-an-esim'],
    );
  });

  it('is idempotent: the same export again writes nothing', async () => {
    const again = await run(ZENDESK, 'zendesk');
    expect(again).toMatchObject({
      articles: { created: 0, updated: 0, unchanged: 30, failed: 0 },
      locales: { created: 0, revised: 0, unchanged: 56, conflicts: 0 },
      categories: { created: 0, existing: 9 },
    });
    expect(await get('/v1/articles/read-your-bill/revisions')).toHaveLength(2);
  });

  it('dry run reports what would change and writes nothing', async () => {
    const source = await editedZendesk({ 360000102: '<p>Direct debit now starts on the 5th.</p>' });
    const report = await run(source, 'zendesk', { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, articles: { updated: 1, unchanged: 29 }, locales: { revised: 1 } });
    expect(await localeState('set-up-direct-debit', 'en-US')).toMatchObject({ headRevision: 1 });
  });

  it('adds a revision where the source changed, and never overwrites a revision written in Savoir since the last import', async () => {
    const written = await t
      .http()
      .post('/v1/articles/pay-by-card/revisions')
      .set(t.auth(editor))
      .send({ locale: 'en-US', baseRevision: 1, title: 'Pay by card', body: 'Edited in Savoir.' });
    expect(written.status).toBe(201);
    expect(
      (
        await t
          .http()
          .post('/v1/articles/pay-by-card/revisions/2/publish')
          .set(t.auth(editor))
          .send({ locale: 'en-US' })
      ).status,
    ).toBe(200);

    const source = await editedZendesk({
      360000101: '<p>Cards: Visa and Mastercard only.</p>',
      360000102: '<p>Direct debit now starts on the 5th.</p>',
    });
    const report = await run(source, 'zendesk');
    expect(report).toMatchObject({
      articles: { updated: 1, unchanged: 29, failed: 0 },
      locales: { revised: 1, conflicts: 1 },
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        level: 'conflict',
        slug: 'pay-by-card',
        locale: 'en-US',
        file: 'articles-page-1.json',
        message: expect.stringMatching(/Revision 2 was written in Savoir/),
      }),
    );
    expect(await localeState('pay-by-card', 'en-US')).toMatchObject({ headRevision: 2, liveRevision: 2 });
    expect(await localeState('set-up-direct-debit', 'en-US')).toMatchObject({ headRevision: 2, liveRevision: 2 });
    expect((await get('/v1/articles/set-up-direct-debit/revisions/2', { locale: 'en-US' })).body).toBe(
      'Direct debit now starts on the 5th.',
    );

    const asDraft = await run(source, 'zendesk', { onConflict: 'draft' });
    expect(asDraft.locales).toMatchObject({ conflicts: 1, revised: 0 });
    expect(await localeState('pay-by-card', 'en-US')).toMatchObject({ headRevision: 3, liveRevision: 2 });
    expect(await get('/v1/articles/pay-by-card/revisions/3', { locale: 'en-US' })).toMatchObject({
      status: 'draft',
      body: 'Cards: Visa and Mastercard only.',
    });
  });
});

describe('CSV import', () => {
  it('reads a French Excel file (";" separated, with a BOM): lists split on "|", category paths created, row status over the option', async () => {
    const report = await run(CSV, 'csv', { publish: false });
    expect(report).toMatchObject({
      articles: { created: 3, failed: 0 },
      locales: { created: 4, published: 2 },
      categories: { created: 4 },
    });
    const fr = await get('/v1/articles/changer-de-forfait/revisions/1', { locale: 'fr' });
    expect(fr).toMatchObject({
      status: 'published',
      title: 'Changer de forfait',
      variants: { bot: 'Depuis l’appli : Mes lignes, puis Changer de forfait.' },
    });
    expect(fr.alternativeQuestions).toEqual([
      'changer mon forfait',
      'passer à un forfait plus grand',
      'modifier mon abonnement',
    ]);
    expect(fr.body).toContain('Le changement est gratuit; sans engagement.');
    expect(await get('/v1/articles/changer-de-forfait')).toMatchObject({
      defaultLocale: 'fr',
      tags: ['forfait', 'offre'],
      intents: ['plan.change'],
    });
    expect(await localeState('carte-sim-bloquee', 'fr')).toMatchObject({ liveRevision: null });
    expect(await get('/v1/articles/remboursement-trop-percu')).toMatchObject({ audience: 'internal' });
    expect(await get('/v1/categories/changer')).toMatchObject({ names: { fr: 'Changer' } });
    expect((await run(CSV, 'csv', { publish: false })).articles).toMatchObject({ created: 0, unchanged: 3 });
  });
});

describe('malformed input gets a report naming the file and line, the rest is imported', () => {
  it('bad JSON in one page of a Zendesk folder', async () => {
    const dir = await scratch();
    await cp(ZENDESK, dir, { recursive: true });
    await writeFile(join(dir, 'articles-page-3.json'), '{"articles": [\n  {"id": 1,, "title": "x"}\n]}');
    const report = await run(dir, 'zendesk', { onConflict: 'report' });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'articles-page-3.json',
        line: 2,
        message: expect.stringMatching(/^Not valid JSON/),
      }),
    );
    expect(report.articles.failed).toBe(0);
    expect(report.articles.unchanged + report.articles.updated).toBe(30);
  });

  it('a CSV header that is not the documented one', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'wrong.csv'), 'slug;langue;titre;corps\nx;fr;Titre;Corps\n');
    const report = await run(join(dir, 'wrong.csv'), 'csv');
    expect(report.issues).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'wrong.csv',
        line: 1,
        message: expect.stringMatching(
          /^Wrong CSV header: unknown column\(s\) langue, titre, corps; missing column\(s\) locale, title, body/,
        ),
      }),
    ]);
    expect(report.articles.created).toBe(0);
  });

  it('an unknown locale and a 50 MB field fail their rows only', async () => {
    const dir = await scratch();
    const rows = [
      'slug,locale,title,body',
      'klingon-row,tlhIngan,Title,Body',
      `huge-row,en,Huge,${'x'.repeat(50 * 1024 * 1024)}`,
      'good-row,en,"Good, quoted",Fine body',
    ];
    await writeFile(join(dir, 'mixed.csv'), rows.join('\n'));
    const report = await run(join(dir, 'mixed.csv'), 'csv');
    expect(report.articles).toMatchObject({ created: 1, failed: 2 });
    expect(report.issues).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'mixed.csv',
        line: 2,
        slug: 'klingon-row',
        message: expect.stringMatching(/^Unknown locale "tlhIngan"/),
      }),
      expect.objectContaining({
        level: 'error',
        file: 'mixed.csv',
        line: 3,
        slug: 'huge-row',
        message: 'body: body must be shorter than or equal to 200000 characters',
      }),
    ]);
    expect(await get('/v1/articles/good-row')).toMatchObject({ slug: 'good-row' });
  });

  it('front matter that is not YAML, and a Markdown file too large to be a revision', async () => {
    const dir = await scratch();
    await cp(MARKDOWN, dir, { recursive: true });
    await mkdir(join(dir, 'articles', 'broken'));
    await writeFile(join(dir, 'articles', 'broken', 'en.md'), '---\nslug: broken\ntitle: [not closed\n---\nBody\n');
    await mkdir(join(dir, 'articles', 'huge'));
    await writeFile(
      join(dir, 'articles', 'huge', 'en.md'),
      `---\nslug: huge\ntitle: Huge\n---\n${'x'.repeat(50 * 1024 * 1024)}`,
    );
    const report = await run(dir, 'markdown');
    expect(report.issues).toEqual([
      expect.objectContaining({
        level: 'error',
        file: join('articles', 'broken', 'en.md'),
        line: 4,
        slug: 'broken',
        message: expect.stringMatching(/^The front matter is not valid YAML/),
      }),
      expect.objectContaining({
        level: 'error',
        file: join('articles', 'huge', 'en.md'),
        slug: 'huge',
        message: expect.stringMatching(/over the 4 MB a revision can hold/),
      }),
    ]);
    expect(report.articles).toMatchObject({ created: 3, failed: 2 });
    expect(await get('/v1/articles/reset-voicemail-pin')).toMatchObject({
      audience: 'public',
      tags: ['voicemail', 'pin'],
    });
  });
});

describe('articles written in batches', () => {
  const options: ImportOptions = { publish: true, dryRun: false, onConflict: 'report', author: 'importer' };
  const source = (items: () => AsyncGenerator<ImportItem>): ImportSource => ({ source: 'markdown', items });
  const article = (slug: string, category?: string, body = `How to ${slug}.`): ImportItem => ({
    kind: 'article',
    article: {
      file: `articles/${slug}/en.md`,
      externalId: slug,
      slug,
      audience: 'public',
      category,
      tags: [],
      intents: [],
      locales: [
        { file: `articles/${slug}/en.md`, locale: 'en', title: `Batch ${slug}`, body },
        { file: `articles/${slug}/fr.md`, locale: 'fr', title: `Lot ${slug}`, body: `Comment ${slug}.` },
      ],
    },
  });
  const importer = () => t.app.get(ImportService);

  it('a category deleted while its article waits in a batch fails that article only: the others are written whole, it is absent', async () => {
    const report = await importer().run(
      source(async function* () {
        yield {
          kind: 'category',
          file: 'taxonomy.yaml',
          category: { slug: 'batch-kept', names: { en: 'Kept' }, position: 0 },
        };
        yield {
          kind: 'category',
          file: 'taxonomy.yaml',
          category: { slug: 'batch-doomed', names: { en: 'Doomed' }, position: 1 },
        };
        yield article('batch-one', 'batch-kept');
        yield article('batch-two', 'batch-doomed');
        // An editor deletes the category after the article was checked, before its batch is written.
        await t.app.get(TaxonomyService).deleteCategory('batch-doomed');
        yield article('batch-three', 'batch-kept');
      }),
      options,
    );
    expect(report.articles).toMatchObject({ created: 2, failed: 1 });
    expect(report.issues).toEqual([
      expect.objectContaining({
        level: 'error',
        slug: 'batch-two',
        message: expect.stringMatching(/^Category .* does not exist/),
      }),
    ]);
    for (const slug of ['batch-one', 'batch-three']) {
      expect(await get(`/v1/articles/${slug}`)).toMatchObject({ categoryId: expect.any(String) });
      expect(await localeState(slug, 'en')).toMatchObject({ headRevision: 1, liveRevision: 1 });
      expect(await localeState(slug, 'fr')).toMatchObject({ headRevision: 1, liveRevision: 1 });
    }
    expect((await t.http().get('/v1/articles/batch-two').set(t.auth(editor))).status).toBe(404);
  });

  it('an article read twice in one batch is created by the first and revised by the second, as when read apart', async () => {
    const report = await importer().run(
      source(async function* () {
        yield article('batch-twice', undefined, 'First body.');
        yield article('batch-twice', undefined, 'Second body.');
      }),
      options,
    );
    expect(report.articles).toMatchObject({ created: 1, updated: 1, failed: 0 });
    expect(report.locales).toMatchObject({ created: 2, revised: 1, unchanged: 1 });
    expect(await localeState('batch-twice', 'en')).toMatchObject({ headRevision: 2, liveRevision: 2 });
    expect(await get('/v1/articles/batch-twice/revisions/2', { locale: 'en' })).toMatchObject({ body: 'Second body.' });
  });

  it('imports more articles than a batch holds, counts each in the progress, and the search index has them once it ends', async () => {
    const progress: ImportProgress[] = [];
    const report = await importer().run(
      source(async function* () {
        yield { kind: 'total', articles: 450 };
        for (let n = 0; n < 450; n += 1) yield article(`many-${n}`, undefined, `Zorblax step ${n}.`);
      }),
      options,
      (p) => progress.push(p),
    );
    expect(report.articles).toMatchObject({ created: 450, failed: 0 });
    expect(progress.at(-1)).toEqual({ done: 450, total: 450 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    await t.app.get(SearchIndexer).drain();
    const search = await get('/v1/search', { q: 'zorblax step 449', locale: 'en' });
    expect(search.hits.map((h: { slug: string }) => h.slug)).toContain('many-449');
  });
});

/** Every article's locales, keyed by slug and locale: the live revision's hash (or the latest's, marked draft). */
async function liveContent(app: TestApp, key: string) {
  const res = await app.http().get('/v1/exports').query({ format: 'json' }).set(app.auth(key));
  expect(res.status).toBe(200);
  const kb = JSON.parse(res.text);
  const content: Record<string, string> = {};
  for (const article of kb.articles) {
    for (const state of article.locales) {
      const revision = article.revisions.find(
        (r: { locale: string; number: number }) =>
          r.locale === state.locale && r.number === (state.liveRevision ?? state.headRevision),
      );
      content[`${article.slug}/${state.locale}`] =
        `${state.liveRevision ? 'live' : 'draft'} ${article.audience} ${article.category ?? '-'} ${[...article.tags].sort()} ${article.intents} ${revision.contentHash}`;
    }
  }
  return {
    content,
    categories: kb.categories,
    intents: kb.intents,
    synonyms: kb.synonyms,
    channelProfiles: kb.channelProfiles,
    articles: kb.articles.length,
  };
}

describe('export and round trip', () => {
  let u: TestApp;
  afterAll(async () => u?.close());

  it('an export imported into an empty Savoir gives the same live content, content hashes and taxonomy', async () => {
    await run(MARKDOWN, 'markdown');
    expect(
      (
        await t
          .http()
          .post('/v1/synonyms')
          .set(t.auth(editor))
          .send({ locale: 'en', terms: ['sim', 'sim card'] })
      ).status,
    ).toBe(201);
    const dir = await scratch();
    const counts = await exportTo(t.app, dir, 'markdown', false);
    expect(counts.revisions).toBeGreaterThan(counts.articles);
    const history = await readdir(join(dir, 'articles', 'pay-by-card', 'history', 'en-US'));
    expect(history.sort()).toEqual(['1.md', '2.md', '3.md']);

    u = await startTestApp();
    const uEditor = await u.keyFor('editor');
    const report = await importInto(u, dir, 'markdown', { publish: false });
    expect(report.issues.filter((i) => i.level !== 'warning')).toEqual([]);
    const [before, after] = [await liveContent(t, editor), await liveContent(u, uEditor)];
    expect(after.articles).toBe(before.articles);
    expect(after.content).toEqual(before.content);
    expect(after.categories).toEqual(before.categories);
    expect(after.intents).toEqual(before.intents);
    expect(after.synonyms).toEqual(before.synonyms);
    expect(after.channelProfiles).toEqual(before.channelProfiles);

    const again = await importInto(u, dir, 'markdown', { publish: false });
    expect(again.articles).toMatchObject({ created: 0, updated: 0, failed: 0, unchanged: before.articles });
  }, 180_000);
});

/** A tar of a folder, as a client would send it. */
async function tarOf(dir: string): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk) => chunks.push(chunk as Buffer));
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    archive.entry({ name: `kb/${relative(dir, path)}` }, await readFile(path));
  }
  archive.finalize();
  await new Promise<void>((resolve) => archive.on('end', () => resolve()));
  return Buffer.concat(chunks);
}

async function finished(id: string) {
  for (;;) {
    const job = await get(`/v1/imports/${id}`);
    if (job.status !== 'queued' && job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('import jobs through the API', () => {
  it('accepts a raw CSV body from an editor and reports when done; refuses agents', async () => {
    const csv = await readFile(CSV);
    const agent = await t.keyFor('agent');
    expect(
      (
        await t
          .http()
          .post('/v1/imports')
          .query({ format: 'csv' })
          .set(t.auth(agent))
          .set('content-type', 'text/csv')
          .send(csv)
      ).status,
    ).toBe(403);
    const res = await t
      .http()
      .post('/v1/imports')
      .query({ format: 'csv', dryRun: 'true' })
      .set(t.auth(editor))
      .set('content-type', 'text/csv')
      .send(csv);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body).toMatchObject({
      status: 'queued',
      format: 'csv',
      options: { dryRun: true, publish: false, onConflict: 'report' },
    });
    const job = await finished(res.body.id);
    expect(job).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, total: null },
      report: { dryRun: true, articles: { unchanged: 3 } },
    });
  });

  it('accepts a tar of a Markdown folder in a multipart form, options as form fields', async () => {
    const dir = await scratch();
    await cp(MARKDOWN, dir, { recursive: true });
    for (const slug of await readdir(join(dir, 'articles')))
      await cp(join(dir, 'articles', slug), join(dir, 'articles', `api-${slug}`), { recursive: true });
    for (const slug of await readdir(join(dir, 'articles'))) {
      for (const file of await readdir(join(dir, 'articles', slug))) {
        const path = join(dir, 'articles', slug, file);
        await writeFile(path, (await readFile(path, 'utf8')).replace(/^slug: (?!api-)(.*)$/m, 'slug: api-$1'));
      }
    }
    const res = await t
      .http()
      .post('/v1/imports')
      .set(t.auth(editor))
      .field('publish', 'true')
      .attach('file', await tarOf(dir), 'kb.tar');
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const job = await finished(res.body.id);
    expect(job).toMatchObject({
      status: 'succeeded',
      format: 'markdown',
      progress: { done: 6, total: 6 },
      report: { articles: { created: 3, unchanged: 3, failed: 0 } },
    });
    expect(await localeState('api-reset-voicemail-pin', 'fr')).toMatchObject({ liveRevision: 1 });
  });

  it('answers problems for what it cannot take', async () => {
    const json = await t.http().post('/v1/imports').set(t.auth(editor)).send({ articles: [] });
    expect(json.status).toBe(400);
    expect(json.headers['content-type']).toMatch(/application\/problem\+json/);
    const elsewhere = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(editor))
      .set('content-type', 'text/csv')
      .send('a,b');
    expect(elsewhere.status).toBe(415);
    expect(elsewhere.headers['content-type']).toMatch(/application\/problem\+json/);
    const unknownFormat = await t
      .http()
      .post('/v1/imports')
      .query({ format: 'docx' })
      .set(t.auth(editor))
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from('x'));
    expect(unknownFormat.status).toBe(400);
    expect((await t.http().get('/v1/imports/0190c0de-0000-7000-8000-000000000000').set(t.auth(editor))).status).toBe(
      404,
    );
  });

  it('streams the export as a tar of the Markdown folder', async () => {
    const res = await t
      .http()
      .get('/v1/exports')
      .set(t.auth(editor))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-tar');
    expect((res.body as Buffer).toString('latin1')).toContain('/articles/read-your-bill/en-US.md');
  });
});
