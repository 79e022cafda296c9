import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
const admin = () => t.auth(ADMIN_KEY);

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

async function publicKey(allowedOrigins?: string[]) {
  const res = await t
    .http()
    .post('/v1/keys')
    .set(admin())
    .send({ name: 'widget', role: 'public', ...(allowedOrigins ? { allowedOrigins } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; secret: string; allowedOrigins: string[] };
}

const preflight = (origin: string) =>
  t
    .http()
    .options('/v1/search')
    .set({ origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' });

describe('allowed origins of API keys', () => {
  it('stores the origins in the form browsers send, and refuses values that are not origins, naming them', async () => {
    const key = await publicKey(['https://WWW.Shop.example/', 'http://localhost:8080']);
    expect(key.allowedOrigins).toEqual(['https://www.shop.example', 'http://localhost:8080']);
    expect((await t.http().get(`/v1/keys/${key.id}`).set(admin())).body.allowedOrigins).toEqual(key.allowedOrigins);

    const bad = await t
      .http()
      .post('/v1/keys')
      .set(admin())
      .send({ name: 'w', role: 'public', allowedOrigins: ['https://ok.example', '*', 'https://x.example/faq'] });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['allowedOrigins[1]', 'allowedOrigins[2]']);
  });

  it('PATCH replaces the list (and answers 400 when it changes nothing, 404 for an unknown key)', async () => {
    const key = await publicKey(['https://a.example']);
    const patched = await t
      .http()
      .patch(`/v1/keys/${key.id}`)
      .set(admin())
      .send({ allowedOrigins: ['https://b.example'] });
    expect(patched.status).toBe(200);
    expect(patched.body.allowedOrigins).toEqual(['https://b.example']);
    expect((await t.http().patch(`/v1/keys/${key.id}`).set(admin()).send({})).status).toBe(400);
    expect(
      (await t.http().patch('/v1/keys/00000000-0000-4000-8000-000000000000').set(admin()).send({ name: 'x' })).status,
    ).toBe(404);
  });
});

describe('CORS', () => {
  let listed: { id: string; secret: string };
  let unlisted: { id: string; secret: string };

  beforeAll(async () => {
    listed = await publicKey(['https://shop.example']);
    unlisted = await publicKey();
    await publicKey(['https://other.example']);
  });

  it('answers a preflight only for an origin some key allows', async () => {
    const allowed = await preflight('https://shop.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example');
    expect(allowed.headers['access-control-allow-headers']).toMatch(/authorization/i);
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const unknown = await preflight('https://evil.example');
    expect(unknown.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves a page on an origin its key lists', async () => {
    const res = await t
      .http()
      .get('/v1/faq')
      .set({ ...t.auth(listed.secret), origin: 'https://shop.example' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://shop.example');
  });

  it('refuses with 403 a page on an origin another key allows but this key does not, and any page for a key without a list', async () => {
    const other = await t
      .http()
      .get('/v1/faq')
      .set({ ...t.auth(listed.secret), origin: 'https://other.example' });
    expect(other.status).toBe(403);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(other.body.detail).toMatch(/other\.example/);
    expect(
      (
        await t
          .http()
          .get('/v1/faq')
          .set({ ...t.auth(unlisted.secret), origin: 'https://shop.example' })
      ).status,
    ).toBe(403);
    expect(
      (
        await t
          .http()
          .post('/v1/events')
          .set({ ...t.auth(unlisted.secret), origin: 'null' })
          .send([])
      ).status,
    ).toBe(403);
  });

  it('lets servers (no Origin) and same-origin pages through with any key', async () => {
    expect((await t.http().get('/v1/faq').set(t.auth(unlisted.secret))).status).toBe(200);
    const sameOrigin = await t
      .http()
      .get('/v1/faq')
      .set({ ...t.auth(unlisted.secret), host: 'kb.example', origin: 'https://kb.example' });
    expect(sameOrigin.status).toBe(200);
  });

  it('stops answering preflights for the origins of a revoked key, and starts for a patched-in one', async () => {
    const key = await publicKey(['https://gone.example']);
    expect((await preflight('https://gone.example')).headers['access-control-allow-origin']).toBe(
      'https://gone.example',
    );
    await t.http().delete(`/v1/keys/${key.id}`).set(admin()).expect(200);
    expect((await preflight('https://gone.example')).headers['access-control-allow-origin']).toBeUndefined();
    await t
      .http()
      .patch(`/v1/keys/${unlisted.id}`)
      .set(admin())
      .send({ allowedOrigins: ['https://new.example'] })
      .expect(200);
    expect((await preflight('https://new.example')).headers['access-control-allow-origin']).toBe('https://new.example');
    expect(
      (
        await t
          .http()
          .get('/v1/faq')
          .set({ ...t.auth(unlisted.secret), origin: 'https://new.example' })
      ).status,
    ).toBe(200);
  });
});
