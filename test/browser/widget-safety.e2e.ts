import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/loader.js';
import { axeViolations, launchBrowser, serveWidget, startHostSite } from '../support/browser.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
let key: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof startHostSite>>;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.app);
  base = await serveWidget(t);
  site = await startHostSite();
  key = (
    await t
      .http()
      .post('/v1/keys')
      .set(t.auth(ADMIN_KEY))
      .send({ name: 'shop widget', role: 'public', allowedOrigins: [site.origin] })
  ).body.secret;
  browser = await launchBrowser();
  context = browser.context;
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
});

const inline = (attributes = '') =>
  `<savoir-faq ${attributes}></savoir-faq><script src="${base}/widget.js" data-key="${key}" async></script>`;
/** Inside the widget's shadow root. */
const shadow = (page: Page, expression: string) =>
  page.evaluate(`(() => { const root = document.querySelector('savoir-faq').shadowRoot; return ${expression}; })()`);
const focusedText = (page: Page) => shadow(page, 'root.activeElement && root.activeElement.textContent.trim()');

async function search(page: Page, question: string) {
  const widget = page.locator('savoir-faq');
  await widget.getByRole('searchbox').fill(question);
  await widget.locator('.hit').first().waitFor();
  return widget;
}

describe('the widget on a hostile page', () => {
  it('keeps its look whatever the page CSS says (themed only through custom properties and attributes), and leaves the page’s own elements as they were', async () => {
    const hostile = `<style>
      * { font-size: 40px !important; color: rgb(255, 0, 0) !important; line-height: 0 !important; letter-spacing: 9px
      * !important; text-transform: uppercase !important; visibility: visible; }
      savoir-faq { font-family: "Comic Sans MS" !important; padding: 60px !important; }
      button, input, ul, li, span { display: none !important; }
      div { border: 7px solid red !important; position: absolute !important; top: -9999px !important; }
      mark { background: black !important; }
      savoir-faq { --savoir-accent: rgb(120, 0, 90); }
    </style>`;
    const ownStyle = `['color', 'fontSize', 'fontFamily', 'lineHeight', 'display', 'margin'].map((p) => getComputedStyle(document.getElementById('own'))[p]).join('|')`;
    const without = await site.open(context, { head: hostile, body: '<p id="own">Texte du site</p>' });
    const ownWithout = await without.evaluate(ownStyle);
    await without.close();
    const page = await site.open(context, {
      head: hostile,
      body: `<p id="own">Texte du site</p>${inline('radius="3px"')}`,
    });
    const widget = await search(page, 'facture');
    expect(await widget.getByRole('searchbox').isVisible()).toBe(true);
    expect(await widget.locator('.hit').first().isVisible()).toBe(true);
    const style = (await shadow(
      page,
      `(() => { const s = getComputedStyle(root.querySelector('.hit-title')); return { color: s.color, fontSize: s.fontSize, transform: s.textTransform, spacing: s.letterSpacing, line: s.lineHeight }; })()`,
    )) as Record<string, string>;
    expect(style).toMatchObject({ fontSize: '15px', transform: 'none', spacing: 'normal' });
    expect(style.color).toBe('rgb(120, 0, 90)');
    expect(await shadow(page, `getComputedStyle(root.querySelector('.root')).borderRadius`)).toBe('3px');
    expect(style.line).not.toBe('0px');
    const panel = (await shadow(
      page,
      `(() => { const r = root.querySelector('.root').getBoundingClientRect(); return { top: r.top, width: r.width }; })()`,
    )) as { top: number; width: number };
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(panel.width).toBeGreaterThan(200);
    // The widget's rules stay in its shadow root: the page's paragraph is styled as before it loaded.
    expect(await page.evaluate(ownStyle)).toBe(ownWithout);
    await page.close();
  });

  it('runs no script from an article, even if the server sent some (links and images made safe)', async () => {
    const page = await site.open(context, { body: inline() });
    await page.route(`${base}/v1/articles/**`, async (route: Route) => {
      const response = await route.fetch();
      const article = await response.json();
      article.content =
        '<p id="kept">Texte <a href="javascript:window.__pwned=1">lien</a> <a href="https://example.com/aide">aide</a></p>' +
        '<img src="x" onerror="window.__pwned=2"><script>window.__pwned=3</script><svg onload="window.__pwned=4"></svg>' +
        '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe><p onclick="window.__pwned=6" style="position:fixed">clic</p><img src="data:image/svg+xml,<svg onload=alert(1)>">';
      await route.fulfill({ response, json: article });
    });
    const widget = await search(page, 'facture');
    await widget.locator('.hit').first().click();
    const content = widget.locator('.article .content');
    await content.waitFor();
    await content.getByText('lien').click();
    await content.getByText('clic').click();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    const html = (await shadow(page, `root.querySelector('.article .content').innerHTML`)) as string;
    expect(html).not.toMatch(/onerror|onload|onclick|javascript:|<script|<iframe|<svg|style=|data:/i);
    expect(html).toContain('href="https://example.com/aide"');
    expect(html).toMatch(/rel="noopener noreferrer nofollow"/);
    await page.close();
  });
});

describe('origins', () => {
  it('a page on an origin no key allows gets no CORS answer; one allowed for another key gets 403 with this key', async () => {
    const page = await site.open(context, { body: inline() }, site.otherOrigin);
    const widget = page.locator('savoir-faq');
    await widget.getByRole('alert').waitFor();
    const call = `fetch('${base}/v1/faq?locale=fr', { headers: { authorization: 'Bearer ${key}' } }).then((r) => r.status, (e) => e.name)`;
    expect(await page.evaluate(call)).toBe('TypeError');

    await t
      .http()
      .post('/v1/keys')
      .set(t.auth(ADMIN_KEY))
      .send({ name: 'other site', role: 'public', allowedOrigins: [site.otherOrigin] })
      .expect(201);
    // The set of allowed origins is read again after a key is created.
    expect(await page.evaluate(call)).toBe(403);
    const fromAllowed = await site.open(context, { body: '<p>ok</p>' });
    expect(await fromAllowed.evaluate(call)).toBe(200);
    await page.close();
    await fromAllowed.close();
  });
});

describe('keyboard and screen readers', () => {
  it('is usable with the keyboard alone, from the launcher to the feedback and back', async () => {
    const page = await site.open(context, {
      body: `<script src="${base}/widget.js" data-key="${key}" data-launcher-label="Aide Lumio" async></script>`,
    });
    const widget = page.locator('savoir-faq');
    await widget.getByRole('button', { name: 'Aide Lumio' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Aide Lumio');
    await page.keyboard.press('Enter');
    expect(await shadow(page, `root.activeElement && root.activeElement.type`)).toBe('search');
    await page.keyboard.type('payer ma facture');
    await widget.locator('.hit').first().waitFor();
    const titles = await widget.locator('.hit .hit-title').allTextContents();
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toContain(titles[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toContain(titles[1]);
    await page.keyboard.press('Enter');
    await widget.locator('.article').waitFor();
    expect(await focusedText(page)).toBe(titles[1]);
    for (let i = 0; i < 40 && (await focusedText(page)) !== 'Oui'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Oui');
    await page.keyboard.press('Enter');
    await widget.getByText('Merci pour votre avis.').waitFor();
    await page.keyboard.press('Escape');
    expect(await shadow(page, `root.querySelector('.root').hidden`)).toBe(true);
    expect(await focusedText(page)).toBe('Aide Lumio');
    await page.close();
  });

  it('has no serious or critical axe-core violation in any view, and fits a 320 px screen', async () => {
    const page = await site.open(context, {
      body: `<main><h1>Aide</h1>${inline('contact-url="https://example.com/contact"')}</main>`,
    });
    await page.setViewportSize({ width: 320, height: 640 });
    const widget = page.locator('savoir-faq');
    const audit = async (view: string) => {
      const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, view).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth'), view).toBeLessThanOrEqual(320);
    };
    await widget.locator('.topics button').first().waitFor();
    await audit('home');
    await search(page, 'résilier mon forfait');
    await audit('hits');
    await widget.locator('.hit').first().click();
    await widget.locator('.article').waitFor();
    await audit('article');
    await widget.getByRole('button', { name: 'Non' }).click();
    await widget.getByRole('radio').first().waitFor();
    await audit('reasons');
    await widget.getByRole('radio', { name: 'Ce n’est plus à jour' }).check();
    await widget.getByRole('button', { name: 'Envoyer' }).click();
    await widget.getByText('Merci pour votre avis.').waitFor();
    await page.close();
  });
});

describe('search as you type', () => {
  it('never shows an older answer over a newer one, whatever order they arrive in', async () => {
    const page = await site.open(context, { body: inline() });
    const widget = page.locator('savoir-faq');
    let releaseFirst: () => void = () => undefined;
    const firstSeen = new Promise<void>((seen) => {
      void page.route(`${base}/v1/search?**`, async (route: Route) => {
        const q = new URL(route.request().url()).searchParams.get('q');
        if (q !== 'forfait') return route.continue();
        seen();
        await new Promise<void>((release) => (releaseFirst = release));
        const stale = {
          searchId: '00000000-0000-4000-8000-000000000000',
          locales: ['fr'],
          total: 1,
          hits: [
            {
              articleId: 'x',
              slug: 'x',
              revision: 1,
              locale: 'fr',
              title: 'RÉPONSE PÉRIMÉE',
              snippet: 'périmée',
              score: 1,
            },
          ],
        };
        await route
          .fulfill({ json: stale, headers: { 'access-control-allow-origin': site.origin } })
          .catch(() => undefined);
      });
    });
    const box = widget.getByRole('searchbox');
    // The first request ends either with the stale answer or aborted by the widget: the check waits for one of them.
    const firstEnded = new Promise<void>((ended) => {
      const isFirst = (request: { url: () => string }) => request.url().includes('q=forfait') && ended();
      page.on('requestfinished', isFirst);
      page.on('requestfailed', isFirst);
    });
    await box.fill('forfait');
    await firstSeen;
    await box.fill('carte sim perdue');
    await widget.locator('.hit').first().waitFor();
    const fresh = await widget.locator('.hit-title').allTextContents();
    releaseFirst();
    await firstEnded;
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
    expect(await widget.locator('.hit-title').allTextContents()).toEqual(fresh);
    expect(fresh).not.toContain('RÉPONSE PÉRIMÉE');
    await page.close();
  });
});
