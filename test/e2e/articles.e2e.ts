import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';
import { createArticle } from '../support/factories.js';

let t: TestApp;
let editor: string;
const admin = () => t.auth(ADMIN_KEY);
const as = (secret: string) => t.auth(secret);

beforeAll(async () => {
  t = await startTestApp();
  editor = await t.keyFor('editor');
});
afterAll(async () => t?.close());

async function addRevision(id: string, baseRevision: number, overrides: Record<string, unknown> = {}) {
  return t
    .http()
    .post(`/v1/articles/${id}/revisions`)
    .set(as(editor))
    .send({ baseRevision, title: 'Changed', body: 'Line one\nLine 2\n', ...overrides });
}

describe('articles', () => {
  it('creates an article with revision 1 as a draft and derives the slug from the title', async () => {
    const res = await t
      .http()
      .post('/v1/articles')
      .set(as(editor))
      .send({
        audience: 'public',
        locale: 'fr',
        title: 'Réinitialiser mon code PIN ?',
        body: '# Étapes\nAllez dans Réglages.',
        summary: 'Dans Réglages > Sécurité.',
        alternativeQuestions: ['code pin oublié', 'changer mon pin'],
        variants: { bot: 'Allez dans Réglages, puis Sécurité.', voice: 'Allez dans les réglages.' },
        internalNotes: 'Vérifier l’identité avant.',
        tags: ['Security', 'pin'],
      });
    expect(res.status).toBe(201);
    expect(res.body.slug).toBe('reinitialiser-mon-code-pin');
    expect(res.body.tags).toEqual(['security', 'pin']);
    expect(res.body.locales).toEqual([
      { locale: 'fr', headRevision: 1, liveRevision: null, live: null, scheduled: [] },
    ]);
    const revision = await t.http().get(`/v1/articles/${res.body.slug}/revisions/1`).set(as(editor));
    expect(revision.status).toBe(200);
    expect(revision.body).toMatchObject({
      number: 1,
      status: 'draft',
      locale: 'fr',
      author: 'test editor',
      alternativeQuestions: ['code pin oublié', 'changer mon pin'],
      variants: { bot: 'Allez dans Réglages, puis Sécurité.', voice: 'Allez dans les réglages.' },
    });
    expect(revision.body.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('rejects a duplicate slug with 409 and unknown fields with 400 listing them', async () => {
    const first = await createArticle(t, editor, { slug: 'unique-slug' });
    expect(first.slug).toBe('unique-slug');
    const dup = await t
      .http()
      .post('/v1/articles')
      .set(as(editor))
      .send({ audience: 'public', locale: 'en', title: 'x', body: 'y', slug: 'unique-slug' });
    expect(dup.status).toBe(409);
    expect(dup.headers['content-type']).toContain('application/problem+json');
    const unknown = await t
      .http()
      .post('/v1/articles')
      .set(as(editor))
      .send({ audience: 'public', locale: 'en', title: 'x', body: 'y', colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toContainEqual({ field: 'colour', message: 'unknown field "colour"' });
    const bad = await t
      .http()
      .post('/v1/articles')
      .set(as(editor))
      .send({ audience: 'everyone', locale: 'english!', title: '', body: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      expect.arrayContaining(['audience', 'body', 'locale', 'title']),
    );
  });

  it('adds revisions on the current base and answers 409 with the current revision on a stale base', async () => {
    const article = await createArticle(t, editor);
    const second = await addRevision(article.id, 1);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ number: 2, baseRevision: 1, status: 'draft' });
    const stale = await addRevision(article.id, 1);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CONFLICT', currentRevision: 2, baseRevision: 1 });
    const viaHeader = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions`)
      .set(as(editor))
      .set('If-Match', '"2"')
      .send({ title: 'Third', body: 'b' });
    expect(viaHeader.status).toBe(201);
    expect(viaHeader.body.number).toBe(3);
    const missing = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions`)
      .set(as(editor))
      .send({ title: 'Fourth', body: 'b' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual({ field: 'baseRevision', message: 'required' });
  });

  it('gives exactly one success and nineteen 409s for twenty concurrent writes on the same base, with no gap', async () => {
    const article = await createArticle(t, editor);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => addRevision(article.id, 1, { title: `Writer ${i}` })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const revisions = await t.http().get(`/v1/articles/${article.id}/revisions`).set(as(editor));
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([2, 1]);
  });

  it('starts a new locale chain at 1 and keeps chains independent', async () => {
    const article = await createArticle(t, editor);
    const fr = await addRevision(article.id, 0, { locale: 'fr', title: 'En français' });
    expect(fr.status).toBe(201);
    expect(fr.body).toMatchObject({ locale: 'fr', number: 1 });
    const got = await t.http().get(`/v1/articles/${article.id}`).set(as(editor));
    expect(got.body.locales.map((l: { locale: string; headRevision: number }) => [l.locale, l.headRevision])).toEqual([
      ['en', 1],
      ['fr', 1],
    ]);
  });

  it('publishes, supersedes the previous live revision, and unpublishes', async () => {
    const article = await createArticle(t, editor);
    const pub1 = await t.http().post(`/v1/articles/${article.id}/revisions/1/publish`).set(as(editor)).send({});
    expect(pub1.status).toBe(200);
    expect(pub1.body.status).toBe('published');
    await addRevision(article.id, 1);
    const pub2 = await t.http().post(`/v1/articles/${article.id}/revisions/2/publish`).set(as(editor)).send({});
    expect(pub2.body.status).toBe('published');
    const first = await t.http().get(`/v1/articles/${article.id}/revisions/1`).set(as(editor));
    expect(first.body.status).toBe('superseded');
    const again = await t.http().post(`/v1/articles/${article.id}/revisions/2/publish`).set(as(editor)).send({});
    expect(again.status).toBe(409);
    const un = await t.http().post(`/v1/articles/${article.id}/unpublish`).set(as(editor)).send({});
    expect(un.status).toBe(200);
    expect(un.body.locales[0].liveRevision).toBeNull();
    const unAgain = await t.http().post(`/v1/articles/${article.id}/unpublish`).set(as(editor)).send({});
    expect(unAgain.status).toBe(409);
  });

  it('publishes on schedule and stops serving at expiry without a restart', async () => {
    const article = await createArticle(t, editor);
    const publishAt = new Date(Date.now() + 600).toISOString();
    const expiresAt = new Date(Date.now() + 1800).toISOString();
    const scheduled = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions/1/publish`)
      .set(as(editor))
      .send({ publishAt, expiresAt });
    expect(scheduled.body.status).toBe('scheduled');
    const before = await t.http().get(`/v1/articles/${article.id}`).set(as(editor));
    expect(before.body.locales[0]).toMatchObject({ liveRevision: null, scheduled: [{ number: 1, publishAt }] });
    await expect
      .poll(
        async () => (await t.http().get(`/v1/articles/${article.id}`).set(as(editor))).body.locales[0].liveRevision,
        { timeout: 5000, interval: 100 },
      )
      .toBe(1);
    await expect
      .poll(async () => (await t.http().get(`/v1/articles/${article.id}/revisions/1`).set(as(editor))).body.status, {
        timeout: 5000,
        interval: 100,
      })
      .toBe('expired');
    const after = await t.http().get(`/v1/articles/${article.id}`).set(as(editor));
    expect(after.body.locales[0].liveRevision).toBeNull();
  });

  it('rejects an expiry before the publication time', async () => {
    const article = await createArticle(t, editor);
    const res = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions/1/publish`)
      .set(as(editor))
      .send({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('expiresAt');
  });

  it('restores an old revision as a new draft with the old content', async () => {
    const article = await createArticle(t, editor, { title: 'Original', body: 'original body' });
    await addRevision(article.id, 1, { title: 'Rewritten', body: 'new body' });
    const restored = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions/1/restore`)
      .set(as(editor))
      .send({ baseRevision: 2 });
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({
      number: 3,
      status: 'draft',
      title: 'Original',
      body: 'original body',
      changeNote: 'Restored from revision 1',
    });
    const stale = await t
      .http()
      .post(`/v1/articles/${article.id}/revisions/1/restore`)
      .set(as(editor))
      .send({ baseRevision: 2 });
    expect(stale.status).toBe(409);
  });

  it('diffs two revisions field by field, line by line for the body', async () => {
    const article = await createArticle(t, editor, {
      title: 'Same',
      body: 'a\nb\nc\n',
      alternativeQuestions: ['one', 'two'],
    });
    await addRevision(article.id, 1, {
      title: 'Same',
      body: 'a\nB\nc\n',
      alternativeQuestions: ['one', 'three'],
      variants: { bot: 'short' },
    });
    const res = await t.http().get(`/v1/articles/${article.id}/diff`).query({ from: 1, to: 2 }).set(as(editor));
    expect(res.status).toBe(200);
    const byField = Object.fromEntries(res.body.changes.map((c: { field: string }) => [c.field, c]));
    expect(byField.title.changed).toBe(false);
    expect(byField.body.changed).toBe(true);
    expect(byField.body.lines).toEqual([
      { op: 'equal', value: 'a\n' },
      { op: 'remove', value: 'b\n' },
      { op: 'add', value: 'B\n' },
      { op: 'equal', value: 'c\n' },
    ]);
    expect(byField.alternativeQuestions.items).toEqual([
      { op: 'equal', value: 'one' },
      { op: 'remove', value: 'two' },
      { op: 'add', value: 'three' },
    ]);
    expect(byField['variants.bot']).toMatchObject({ changed: true, from: '', to: 'short' });
    const missing = await t.http().get(`/v1/articles/${article.id}/diff`).query({ from: 1, to: 9 }).set(as(editor));
    expect(missing.status).toBe(404);
  });

  it('updates metadata on the named version and refuses a stale one', async () => {
    const article = await createArticle(t, editor);
    const ok = await t
      .http()
      .patch(`/v1/articles/${article.id}`)
      .set(as(editor))
      .send({ version: 1, tags: ['billing'], audience: 'internal' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, tags: ['billing'], audience: 'internal' });
    const stale = await t
      .http()
      .patch(`/v1/articles/${article.id}`)
      .set(as(editor))
      .send({ version: 1, tags: ['x'] });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    const header = await t
      .http()
      .patch(`/v1/articles/${article.id}`)
      .set(as(editor))
      .set('If-Match', '2')
      .send({ tags: ['y'] });
    expect(header.body.version).toBe(3);
  });

  it('archives: no longer editable, history kept', async () => {
    const article = await createArticle(t, editor, { publish: true });
    const archived = await t.http().post(`/v1/articles/${article.id}/archive`).set(as(editor)).send();
    expect(archived.status).toBe(200);
    expect(archived.body.state).toBe('archived');
    expect(archived.body.locales[0].liveRevision).toBeNull();
    expect((await addRevision(article.id, 1)).status).toBe(409);
    expect((await t.http().get(`/v1/articles/${article.id}/revisions/1`).set(as(editor))).status).toBe(200);
    const back = await t.http().post(`/v1/articles/${article.id}/unarchive`).set(as(editor)).send();
    expect(back.body.state).toBe('active');
  });

  it('lists with filters and cursor paging', async () => {
    const tagged = [];
    for (let i = 0; i < 5; i += 1)
      tagged.push(await createArticle(t, editor, { tags: ['paging-test'], publish: i % 2 === 0 }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await t
        .http()
        .get('/v1/articles')
        .query({ tag: 'paging-test', limit: 2, ...(cursor ? { cursor } : {}) })
        .set(as(editor));
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((a: { id: string }) => a.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(tagged.map((a) => a.id).sort());
    const live = await t.http().get('/v1/articles').query({ tag: 'paging-test', publication: 'live' }).set(as(editor));
    expect(live.body.items).toHaveLength(3);
    const bad = await t.http().get('/v1/articles').query({ cursor: 'garbage' }).set(as(editor));
    expect(bad.status).toBe(400);
    const q = await t.http().get('/v1/articles').query({ q: tagged[0].slug }).set(as(editor));
    expect(q.body.items.map((a: { id: string }) => a.id)).toContain(tagged[0].id);
  });

  it('answers 404 problem+json for an unknown article and 413 for an oversized body', async () => {
    const missing = await t.http().get('/v1/articles/no-such-article').set(as(editor));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const huge = await t
      .http()
      .post('/v1/articles')
      .set(as(editor))
      .send({ audience: 'public', locale: 'en', title: 'x', body: 'y'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.headers['content-type']).toContain('application/problem+json');
  });

  it('writes nothing when a request fails half-way (unknown intent)', async () => {
    const res = await t
      .http()
      .post('/v1/articles')
      .set(as(editor))
      .send({ audience: 'public', locale: 'en', title: 'Half', body: 'x', slug: 'half-written', intents: ['nope'] });
    expect(res.status).toBe(400);
    expect((await t.http().get('/v1/articles/half-written').set(admin())).status).toBe(404);
  });
});
