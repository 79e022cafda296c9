import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('synonyms API', () => {
  let t: TestApp;
  let editor: string;
  let agent: string;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.keyFor('editor');
    agent = await t.keyFor('agent');
  });
  afterAll(async () => t?.close());

  const as = (key: string) => t.auth(key);

  it('creates, reads, lists by locale with paging, replaces on the current version and deletes a group', async () => {
    const created = await t
      .http()
      .post('/v1/synonyms')
      .set(as(editor))
      .send({ locale: 'fr', terms: ['Forfait', 'abonnement'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ locale: 'fr', terms: ['forfait', 'abonnement'], version: 1 });
    await t
      .http()
      .post('/v1/synonyms')
      .set(as(editor))
      .send({ locale: 'fr', terms: ['box', 'modem'] });
    await t
      .http()
      .post('/v1/synonyms')
      .set(as(editor))
      .send({ locale: 'en', terms: ['bill', 'invoice'] });

    const first = await t.http().get('/v1/synonyms?locale=fr&limit=1').set(as(editor));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    const second = await t.http().get(`/v1/synonyms?locale=fr&limit=1&cursor=${first.body.nextCursor}`).set(as(editor));
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].every((g: { locale: string }) => g.locale === 'fr')).toBe(true);

    const id = created.body.id;
    expect((await t.http().get(`/v1/synonyms/${id}`).set(as(editor))).body.terms).toEqual(['forfait', 'abonnement']);
    const updated = await t
      .http()
      .put(`/v1/synonyms/${id}`)
      .set(as(editor))
      .set('if-match', '"1"')
      .send({ terms: ['forfait', 'abonnement', 'offre'] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ terms: ['forfait', 'abonnement', 'offre'], version: 2 });
    const stale = await t
      .http()
      .put(`/v1/synonyms/${id}`)
      .set(as(editor))
      .send({ terms: ['a', 'b'], version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);

    expect((await t.http().delete(`/v1/synonyms/${id}`).set(as(editor))).status).toBe(204);
    expect((await t.http().get(`/v1/synonyms/${id}`).set(as(editor))).status).toBe(404);
  });

  it('rejects bad groups with 400 naming the field, unknown ids with 404, and non-editors with 403', async () => {
    const single = await t
      .http()
      .post('/v1/synonyms')
      .set(as(editor))
      .send({ locale: 'fr', terms: ['cb', ' CB '] });
    expect(single.status).toBe(400);
    expect(single.body.errors).toContainEqual({ field: 'terms', message: 'at least two different terms' });
    const bad = await t.http().post('/v1/synonyms').set(as(editor)).send({ locale: 'french!', terms: 'cb' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['locale', 'terms']));
    const noVersion = await t
      .http()
      .put('/v1/synonyms/00000000-0000-4000-8000-000000000000')
      .set(as(editor))
      .send({ terms: ['a', 'b'] });
    expect(noVersion.status).toBe(400);
    expect(
      (
        await t
          .http()
          .put('/v1/synonyms/00000000-0000-4000-8000-000000000000')
          .set(as(editor))
          .send({ terms: ['a', 'b'], version: 1 })
      ).status,
    ).toBe(404);
    expect((await t.http().get('/v1/synonyms/not-an-id').set(as(editor))).status).toBe(404);
    expect((await t.http().get('/v1/synonyms').set(as(agent))).status).toBe(403);
  });
});
