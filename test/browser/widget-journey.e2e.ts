import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/loader.js';
import { launchBrowser, serveWidget, startHostSite } from '../support/browser.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
let key: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof startHostSite>>;

beforeAll(async () => {
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 200 });
  await seedDemo(t.app);
  base = await serveWidget(t);
  site = await startHostSite();
  const created = await t
    .http()
    .post('/v1/keys')
    .set(t.auth(ADMIN_KEY))
    .send({ name: 'shop widget', role: 'public', allowedOrigins: [site.origin] });
  key = created.body.secret;
  browser = await launchBrowser();
  context = browser.context;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
});

const analytics = (path: string, query: Record<string, string> = {}) =>
  t.http().get(`/v1/analytics/${path}`).query(query).set(t.auth(ADMIN_KEY));

describe('the FAQ widget on a customer site', () => {
  it('a customer searches in French, opens a hit, finds it helpful and contacts the centre: all of it in the analytics under the session id', async () => {
    const page = await site.open(context, {
      body: `<h1>Boutique</h1><savoir-faq contact-url="${site.origin}/contact"></savoir-faq><script src="${base}/widget.js" data-key="${key}" data-session-id="journey-42" async></script>`,
    });
    const widget = page.locator('savoir-faq');
    await widget
      .getByLabel('Rechercher dans le centre d’aide')
      .pressSequentially('on m’a volé mon téléphone', { delay: 20 });
    const hits = widget.locator('.hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect(await hits.first().locator('.hit-title').textContent()).toBe(
      'Téléphone perdu ou volé : bloquer votre ligne',
    );
    expect(await widget.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.evaluate('window.SavoirFAQ.sessionId')).toBe('journey-42');

    await hits.first().click();
    const title = widget.getByRole('heading', { name: 'Téléphone perdu ou volé : bloquer votre ligne' });
    await title.waitFor();
    expect(await widget.locator('.article .content').textContent()).toMatch(/Bloquez la ligne/);
    await widget.getByRole('button', { name: 'Oui' }).click();
    await widget.getByText('Merci pour votre avis.').waitFor();

    // The contact link leaves the page: the hand-off event is sent with keepalive and must still arrive.
    await widget.getByRole('link', { name: 'Nous contacter' }).click();
    await page.waitForURL(`${site.origin}/contact`);

    const served = await analytics('served', { sessionId: 'journey-42' });
    expect(served.status).toBe(200);
    expect(served.body.items).toEqual([
      expect.objectContaining({
        channel: 'web',
        slug: 'lost-or-stolen-phone',
        locale: 'fr',
        sessionId: 'journey-42',
        rank: 1,
        apiKeyName: 'shop widget',
        helpful: true,
      }),
    ]);
    const articleId = served.body.items[0].articleId;
    await expect
      .poll(async () => (await analytics(`articles/${articleId}`)).body.totals, { timeout: 10_000, interval: 200 })
      .toMatchObject({ served: 1, clicks: 1, helpful: 1, handoffs: 1 });
    await page.close();
  });

  it('lists the FAQ per topic, leaving out topics with nothing public (the agents’ procedures)', async () => {
    const page = await site.open(context, {
      body: `<savoir-faq></savoir-faq><script src="${base}/widget.js" data-key="${key}" async></script>`,
    });
    const widget = page.locator('savoir-faq');
    const topics = widget.locator('.topics button');
    await topics.first().waitFor();
    const names = await topics.allTextContents();
    expect(names).toContain('Facture et paiement');
    expect(names).not.toContain('Procédures conseillers');
    await widget.getByRole('button', { name: 'Mobile' }).click();
    await widget.getByRole('heading', { name: 'Mobile' }).waitFor();
    const titles = await widget.locator('.list .hit-title').allTextContents();
    const mobile = await t
      .http()
      .get('/v1/faq')
      .query({ category: 'mobile', locale: 'fr', limit: 30 })
      .set(t.auth(key));
    expect(titles).toEqual(mobile.body.items.map((item: { title: string }) => item.title));
    expect(titles.length).toBeGreaterThan(3);
    await page.close();
  });

  it('takes the page language, lets the host add labels, says when the answer is in another language, and lets the host set the session id', async () => {
    const page = await site.open(context, {
      lang: 'de',
      body: `<script src="${base}/widget.js" data-key="${key}"></script>
       <script>SavoirFAQ.addLabels('de', { searchLabel: 'Hilfe durchsuchen', servedIn: 'Angezeigt auf {language}' }); SavoirFAQ.sessionId = 'host-set-7';</script>
       <savoir-faq></savoir-faq>`,
    });
    const widget = page.locator('savoir-faq');
    await widget.getByLabel('Hilfe durchsuchen').fill('roaming');
    await widget.locator('.hit').first().waitFor();
    expect(await widget.locator('.hit .note').first().textContent()).toBe('Angezeigt auf Englisch');
    await widget.locator('.hit').first().click();
    await widget.locator('.article').waitFor();
    const served = await analytics('served', { sessionId: 'host-set-7' });
    expect(served.body.items).toEqual([expect.objectContaining({ locale: 'en', sessionId: 'host-set-7' })]);
    await page.close();
  });
});
