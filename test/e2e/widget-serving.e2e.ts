import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../../scripts/build-web.js';
import { startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  await buildWidget();
  t = await startTestApp();
}, 120_000);
afterAll(async () => t?.close());

describe('/widget.js', () => {
  it('is served without a key, revalidated by ETag, immutable under its version, gzipped when asked', async () => {
    const res = await t.http().get('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const etag = res.headers['etag'];
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(res.text).toContain('savoir-faq');
    expect((await t.http().get('/widget.js').set('if-none-match', etag)).status).toBe(304);
    const versioned = await t.http().get(`/widget.js?v=${etag.slice(1, -1)}`);
    expect(versioned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzipped = await t.http().get('/widget.js').set('accept-encoding', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers['content-length'])).toBeLessThanOrEqual(25 * 1024);
  });
});

describe('/demo', () => {
  it('says how to get a public key when given none, under a strict content security policy', async () => {
    const res = await t.http().get('/demo');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.text).toContain('npm run keys:create -- --name "demo widget" --role public');
    expect(res.text).not.toContain('/widget.js');
  });

  it('loads the versioned widget with the key given, and writes nothing else from the URL into the page', async () => {
    const etag = (await t.http().get('/widget.js')).headers['etag'].slice(1, -1);
    const page = await t.http().get('/demo').query({ key: 'sv_public_abcdefgh', locale: 'en' });
    expect(page.text).toContain(
      `<script src="/widget.js?v=${etag}" data-key="sv_public_abcdefgh" data-locale="en" async></script>`,
    );
    const hostile = await t.http().get('/demo').query({ key: '"><script>alert(1)</script>', locale: '<b>' });
    expect(hostile.text).not.toMatch(/alert|<b>/);
  });
});
