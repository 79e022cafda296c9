import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(async () => t?.close());

const create = async (title: string) => (await t.http().post('/v1/articles').set(t.auth(ADMIN_KEY)).send({ locale: 'fr', audience: 'public', title, body: title })).body;
const setReview = (id: string, version: number, reviewDueAt: string | null) => t.http().patch(`/v1/articles/${id}`).set(t.auth(ADMIN_KEY)).send({ version, reviewDueAt });

describe('review dates of articles', () => {
  it('lists with reviewDue=true the articles whose review date has come, and no others', async () => {
    const [due, later, none] = [await create('Facture en retard'), await create('Forfait 5G'), await create('Roaming')];
    const past = await setReview(due.id, due.version, '2026-01-01T00:00:00.000Z');
    expect(past.status).toBe(200);
    expect(past.body.reviewDueAt).toBe('2026-01-01T00:00:00.000Z');
    expect((await setReview(later.id, later.version, '2999-01-01T00:00:00.000Z')).status).toBe(200);
    const listed = await t.http().get('/v1/articles?reviewDue=true').set(t.auth(ADMIN_KEY));
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([due.id]);
    expect((await t.http().get(`/v1/articles/${none.id}`).set(t.auth(ADMIN_KEY))).body.reviewDueAt).toBeNull();

    // null clears it; a non-date is a 400 problem.
    expect((await setReview(due.id, past.body.version, null)).body.reviewDueAt).toBeNull();
    expect((await t.http().get('/v1/articles?reviewDue=true').set(t.auth(ADMIN_KEY))).body.items).toEqual([]);
    expect((await setReview(later.id, 2, 'next week')).status).toBe(400);
  });
});
