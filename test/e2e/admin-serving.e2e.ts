import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_FIRST_LOAD_BUDGET, AGENT_PANEL_BUDGET, buildAdmin } from '../../scripts/build-web.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let firstLoadGzipBytes: number;
let agentFirstLoadGzipBytes: number;

beforeAll(async () => {
  let agent: { firstLoadGzipBytes: number };
  ({ firstLoadGzipBytes, agent } = await buildAdmin());
  agentFirstLoadGzipBytes = agent.firstLoadGzipBytes;
  t = await startTestApp();
}, 120_000);
afterAll(async () => t?.close());

describe('/admin', () => {
  it('serves the application page without a key, never cached stale, under a content security policy', async () => {
    const res = await t.http().get('/admin');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(res.text).toMatch(/<script type="module" src="\/admin\/assets\/main-[A-Z0-9]{8}\.js"><\/script>/);
  });

  it('answers every other path under /admin with the same page (the application routes itself)', async () => {
    const [page, deep] = await Promise.all([t.http().get('/admin'), t.http().get('/admin/settings/keys')]);
    expect(deep.status).toBe(200);
    expect(deep.text).toBe(page.text);
  });

  it('serves the agent panel as a page of its own, framed only by the desktops AGENT_PANEL_FRAME_ANCESTORS names', async () => {
    const agent = await t.http().get('/admin/agent?session=j-1&ticket=T-1');
    expect(agent.status).toBe(200);
    expect(agent.text).toMatch(/<title>Savoir agent panel<\/title>/);
    expect(agent.text).toMatch(/<script type="module" src="\/admin\/assets\/agent-[A-Z0-9]{8}\.js"><\/script>/);
    expect(agent.headers['content-security-policy']).toMatch(/; frame-ancestors 'self'$/);
    expect((await t.http().get('/admin')).headers['content-security-policy']).toMatch(/; frame-ancestors 'self'$/);

    const framed = await startTestApp({
      AGENT_PANEL_FRAME_ANCESTORS: 'https://desk.example.com https://crm.example.com:8443',
    });
    try {
      expect((await framed.http().get('/admin/agent')).headers['content-security-policy']).toMatch(
        /; frame-ancestors 'self' https:\/\/desk\.example\.com https:\/\/crm\.example\.com:8443$/,
      );
      expect((await framed.http().get('/admin')).headers['content-security-policy']).toMatch(
        /; frame-ancestors 'self'$/,
      );
    } finally {
      await framed.close();
    }
  });

  it('serves hashed assets for a year, gzipped when asked; an unknown asset is a 404 problem', async () => {
    const script = /src="(\/admin\/assets\/main-[A-Z0-9]{8}\.js)"/.exec((await t.http().get('/admin')).text)![1];
    const res = await t.http().get(script).set('accept-encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
    const missing = await t.http().get('/admin/assets/main-AAAAAAAA.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.http().get('/admin/assets/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it("keeps the first load's JavaScript within the 300 KB gzipped budget", () => {
    expect(firstLoadGzipBytes).toBeGreaterThan(0);
    expect(firstLoadGzipBytes).toBeLessThanOrEqual(ADMIN_FIRST_LOAD_BUDGET);
  });

  it("keeps the agent panel's first load within its 100 KB gzipped budget", () => {
    expect(agentFirstLoadGzipBytes).toBeGreaterThan(0);
    expect(agentFirstLoadGzipBytes).toBeLessThanOrEqual(AGENT_PANEL_BUDGET);
  });
});

describe('GET /v1/me', () => {
  it("tells the calling key's name and role, for any role; no key is a 401", async () => {
    const me = await t.http().get('/v1/me').set(t.auth(ADMIN_KEY));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'admin' });
    const publicKey = await t.keyFor('public', 'web');
    expect((await t.http().get('/v1/me').set(t.auth(publicKey))).body).toMatchObject({
      role: 'public',
      channel: 'web',
    });
    expect((await t.http().get('/v1/me')).status).toBe(401);
  });
});
